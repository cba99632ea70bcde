/**
 * A small line chart of a KPI's readings over time, as SVG markup drawn at build time: the readings
 * joined by a line, each a dot coloured by its status, the target as a dashed line, and the range of
 * values and dates on the axes. Colours come from CSS classes (`trend-<status>`), never from inline
 * styles, so the page's stylesheet themes it and a strict CSP has nothing to object to. The page shows
 * the same readings in a table beside it, for readers who cannot see the chart.
 */

/** One reading to plot. */
export interface TrendPoint {
  /** `YYYY-MM-DD`. */
  date: string;
  value: number;
  /** A CSS-safe status key: the dot's class is `trend-<status>`. */
  status: string;
  /** The reading in words, for the dot's tooltip: `31 Oct 2026: 91.4 % (at risk)`. */
  label: string;
}

/** What to draw. */
export interface TrendChart {
  /** Unique on the page: the id of the title and description. */
  id: string;
  /** Read by screen readers as the chart's name. */
  title: string;
  /** A sentence saying what the chart shows. */
  description: string;
  points: TrendPoint[];
  /** The target's value and its label (`target ≥ 92 %`), drawn as a dashed line. */
  target?: { value: number; label: string };
  /** How values and dates are written on the axes. */
  formatValue: (value: number) => string;
  formatDate: (date: string) => string;
}

const WIDTH = 360;
const HEIGHT = 150;
const LEFT = 56;
const RIGHT = 12;
const TOP = 14;
const BOTTOM = 24;

/** The chart as an `<svg>` element; it needs at least one point. */
export function renderTrendChart(chart: TrendChart): string {
  const points = [...chart.points].sort((a, b) => a.date.localeCompare(b.date));
  const values = [...points.map((point) => point.value), ...(chart.target ? [chart.target.value] : [])];
  let low = Math.min(...values);
  let high = Math.max(...values);
  const margin = high === low ? Math.max(1, Math.abs(high) / 10) : (high - low) / 10;
  low -= margin;
  high += margin;
  const first = day(points[0]!.date);
  const span = Math.max(1, day(points.at(-1)!.date) - first);
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (date: string) => round(points.length === 1 ? LEFT + plotWidth / 2 : LEFT + ((day(date) - first) / span) * plotWidth);
  const y = (value: number) => round(TOP + ((high - value) / (high - low)) * plotHeight);
  const parts = [
    `<svg class="trend" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc">`,
    `<title id="${chart.id}-title">${escape(chart.title)}</title>`,
    `<desc id="${chart.id}-desc">${escape(chart.description)}</desc>`,
    `<line class="trend-axis" x1="${LEFT}" y1="${TOP + plotHeight}" x2="${WIDTH - RIGHT}" y2="${TOP + plotHeight}"/>`,
    `<text class="trend-scale" x="${LEFT - 6}" y="${y(high - margin)}" text-anchor="end" dominant-baseline="middle">${escape(chart.formatValue(round(high - margin)))}</text>`,
    ...(high - margin === low + margin ? [] : [`<text class="trend-scale" x="${LEFT - 6}" y="${y(low + margin)}" text-anchor="end" dominant-baseline="middle">${escape(chart.formatValue(round(low + margin)))}</text>`]),
    `<text class="trend-scale" x="${LEFT}" y="${HEIGHT - 6}">${escape(chart.formatDate(points[0]!.date))}</text>`,
    ...(points.length > 1 ? [`<text class="trend-scale" x="${WIDTH - RIGHT}" y="${HEIGHT - 6}" text-anchor="end">${escape(chart.formatDate(points.at(-1)!.date))}</text>`] : []),
  ];
  if (chart.target) {
    const level = y(chart.target.value);
    parts.push(`<line class="trend-target" x1="${LEFT}" y1="${level}" x2="${WIDTH - RIGHT}" y2="${level}"/>`, `<text class="trend-target-label" x="${WIDTH - RIGHT}" y="${round(level - 4)}" text-anchor="end">${escape(chart.target.label)}</text>`);
  }
  if (points.length > 1) parts.push(`<polyline class="trend-line" points="${points.map((point) => `${x(point.date)},${y(point.value)}`).join(' ')}"/>`);
  for (const point of points) parts.push(`<circle class="trend-point trend-${point.status}" cx="${x(point.date)}" cy="${y(point.value)}" r="4"><title>${escape(point.label)}</title></circle>`);
  parts.push('</svg>');
  return parts.join('');
}

function day(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
