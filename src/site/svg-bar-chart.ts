/**
 * A horizontal stacked bar chart as SVG markup, drawn at build time so no chart library reaches the
 * browser. Colours come from CSS classes (`chart-<series key>`), not inline styles, so the page's
 * stylesheet themes the chart for light and dark and a strict CSP has nothing to object to.
 */

/** One stacked part of every bar. */
export interface ChartSeries {
  /** A CSS-safe key: the bar segment's class is `chart-<key>`. */
  key: string;
  label: string;
}

/** One bar: a label and a value per series key. */
export interface ChartBar {
  label: string;
  values: Record<string, number>;
}

/** What to draw. */
export interface StackedBarChart {
  /** Read by screen readers as the chart's name; also the id prefix, so keep it unique per page. */
  title: string;
  /** A sentence saying what the chart shows, for readers who cannot see it. */
  description: string;
  series: ChartSeries[];
  bars: ChartBar[];
}

// Room for a label: about 7.5 units per character of 13px text, whatever the font.
const CHARACTER_WIDTH = 7.5;
const BAR_AREA = 440;
const BAR_HEIGHT = 22;
const GAP = 10;
const LEGEND_HEIGHT = 28;
const TOTAL_WIDTH = 44;

/** The chart as an `<svg>` element: accessible name and description, bars, totals and a legend. */
export function renderStackedBarChart(chart: StackedBarChart): string {
  const id = `chart-${slug(chart.title)}`;
  const labelWidth = Math.ceil(Math.max(60, ...chart.bars.map((bar) => bar.label.length * CHARACTER_WIDTH)) + 12);
  const max = Math.max(1, ...chart.bars.map((bar) => total(bar, chart.series)));
  const scale = BAR_AREA / max;
  const height = LEGEND_HEIGHT + chart.bars.length * (BAR_HEIGHT + GAP);
  const width = labelWidth + BAR_AREA + TOTAL_WIDTH;

  const rows = chart.bars.map((bar, index) => {
    const y = LEGEND_HEIGHT + index * (BAR_HEIGHT + GAP);
    let x = labelWidth;
    const segments = chart.series
      .filter((series) => (bar.values[series.key] ?? 0) > 0)
      .map((series) => {
        const value = bar.values[series.key]!;
        const segment = `<rect class="chart-${series.key}" x="${round(x)}" y="${y}" width="${round(value * scale)}" height="${BAR_HEIGHT}"><title>${escape(`${bar.label}: ${value} ${series.label.toLowerCase()}`)}</title></rect>`;
        x += value * scale;
        return segment;
      });
    const middle = y + BAR_HEIGHT / 2;
    return [
      `<text class="chart-label" x="${labelWidth - 8}" y="${middle}" text-anchor="end" dominant-baseline="middle">${escape(bar.label)}</text>`,
      ...segments,
      `<text class="chart-total" x="${round(x + 6)}" y="${middle}" dominant-baseline="middle">${total(bar, chart.series)}</text>`,
    ].join('');
  });

  let legendX = labelWidth;
  const legend = chart.series.map((series) => {
    const item = `<rect class="chart-${series.key}" x="${legendX}" y="4" width="12" height="12"/><text class="chart-legend" x="${legendX + 16}" y="10" dominant-baseline="middle">${escape(series.label)}</text>`;
    legendX += 24 + series.label.length * CHARACTER_WIDTH;
    return item;
  });

  return [
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escape(chart.title)}</title>`,
    `<desc id="${id}-desc">${escape(chart.description)}</desc>`,
    ...legend,
    ...rows,
    '</svg>',
  ].join('');
}

function total(bar: ChartBar, series: readonly ChartSeries[]): number {
  return series.reduce((sum, { key }) => sum + (bar.values[key] ?? 0), 0);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
