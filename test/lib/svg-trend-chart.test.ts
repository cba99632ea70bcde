import { describe, expect, it } from 'vitest';
import { renderTrendChart } from '../../src/site/svg-trend-chart.ts';
import { parsePage, tag, text, within } from '../helpers/html.ts';

const chart = renderTrendChart({
  id: 'yield',
  title: 'Yield <line>: readings over time',
  description: 'Three readings against a target of ≥ 92 %.',
  points: [
    { date: '2026-10-31', value: 91.4, status: 'at-risk', label: '31 Oct 2026: 91.4 % (at risk)' },
    { date: '2026-08-31', value: 88.5, status: 'at-risk', label: '31 Aug 2026: 88.5 % (at risk)' },
    { date: '2026-09-30', value: 95, status: 'on-track', label: '30 Sep 2026: 95 % (on track)' },
  ],
  target: { value: 92, label: 'target ≥ 92 %' },
  formatValue: (value) => `${value} %`,
  formatDate: (date) => date,
});
const svg = parsePage(chart);

describe('renderTrendChart', () => {
  it('names and describes the chart for screen readers', () => {
    expect(svg.find(tag('svg'))!.properties).toMatchObject({ role: 'img', ariaLabelledBy: ['yield-title', 'yield-desc'] });
    expect(text(svg.find(tag('title'))!)).toBe('Yield <line>: readings over time');
    expect(text(svg.find(tag('desc'))!)).toBe('Three readings against a target of ≥ 92 %.');
  });

  it('plots the readings in date order, each dot classed by its status and named in a tooltip', () => {
    const dots = svg.all(tag('circle'));
    expect(dots.map((dot) => text(within(dot).find(tag('title'))!))).toEqual(['31 Aug 2026: 88.5 % (at risk)', '30 Sep 2026: 95 % (on track)', '31 Oct 2026: 91.4 % (at risk)']);
    expect(dots.map((dot) => dot.properties.className)).toEqual([['trend-point', 'trend-at-risk'], ['trend-point', 'trend-on-track'], ['trend-point', 'trend-at-risk']]);
    const xs = dots.map((dot) => Number(dot.properties.cx));
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
    // Higher values sit higher (smaller y) than lower ones.
    const ys = dots.map((dot) => Number(dot.properties.cy));
    expect(ys[1]).toBeLessThan(ys[2]!);
    expect(ys[2]).toBeLessThan(ys[0]!);
  });

  it('draws the target as a dashed line between the readings it separates', () => {
    const target = svg.find((element) => element.tagName === 'line' && String(element.properties.className) === 'trend-target')!;
    const ys = svg.all(tag('circle')).map((dot) => Number(dot.properties.cy));
    expect(Number(target.properties.y1)).toBeGreaterThan(ys[1]!);
    expect(Number(target.properties.y1)).toBeLessThan(ys[2]!);
    expect(svg.all(tag('text')).map(text)).toEqual(expect.arrayContaining(['target ≥ 92 %', '95 %', '88.5 %', '2026-08-31', '2026-10-31']));
  });

  it('colours by class, never by inline style, and escapes text', () => {
    expect(chart).not.toMatch(/style=|fill="#|stroke="#/);
    expect(chart).toContain('Yield &lt;line&gt;');
  });

  it('draws a single reading as a dot without a line', () => {
    const single = parsePage(renderTrendChart({ id: 'one', title: 'One', description: 'One reading.', points: [{ date: '2026-09-30', value: 3, status: 'off-track', label: 'x' }], formatValue: String, formatDate: (date) => date }));
    expect(single.all(tag('circle'))).toHaveLength(1);
    expect(single.all(tag('polyline'))).toHaveLength(0);
  });
});
