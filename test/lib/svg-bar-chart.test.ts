import { describe, expect, it } from 'vitest';
import { renderStackedBarChart } from '../../src/site/svg-bar-chart.ts';
import { parsePage, tag, text, within } from '../helpers/html.ts';

const chart = renderStackedBarChart({
  title: 'Review state by team',
  description: 'Pages of each team by review state.',
  series: [
    { key: 'overdue', label: 'Overdue' },
    { key: 'fresh', label: 'Fresh' },
  ],
  bars: [
    { label: 'R&D <lab>', values: { overdue: 2, fresh: 6 } },
    { label: 'Legal', values: { overdue: 0, fresh: 4 } },
  ],
});
const svg = parsePage(chart);

describe('renderStackedBarChart', () => {
  it('names and describes the chart for screen readers', () => {
    const root = svg.find(tag('svg'))!;
    expect(root.properties).toMatchObject({ role: 'img', ariaLabelledBy: ['chart-review-state-by-team-title', 'chart-review-state-by-team-desc'] });
    expect(text(svg.find(tag('title'))!)).toBe('Review state by team');
    expect(text(svg.find(tag('desc'))!)).toBe('Pages of each team by review state.');
  });

  it('draws one segment per non-zero value, as long as its share of the largest bar', () => {
    const segments = svg.all((element) => element.tagName === 'rect' && within(element).find(tag('title')) !== undefined);
    expect(segments.map((segment) => text(within(segment).find(tag('title'))!))).toEqual(['R&D <lab>: 2 overdue', 'R&D <lab>: 6 fresh', 'Legal: 4 fresh']);
    const widths = segments.map((segment) => Number(segment.properties.width));
    expect(widths[0]! * 3).toBeCloseTo(widths[1]!, 0);
    expect(widths[0]! + widths[1]!).toBeCloseTo(widths[2]! * 2, 0);
  });

  it('colours segments by class, never by inline style, so the page’s theme applies', () => {
    expect(chart).not.toMatch(/style=|fill="#/);
    expect(svg.all((element) => element.tagName === 'rect').map((rect) => rect.properties.className)).toContainEqual(['chart-overdue']);
  });

  it('escapes labels', () => {
    expect(chart).toContain('R&amp;D &lt;lab&gt;');
  });

  it('prints each bar’s total and a legend', () => {
    const texts = svg.all(tag('text')).map(text);
    expect(texts).toEqual(expect.arrayContaining(['8', '4', 'Overdue', 'Fresh']));
  });
});
