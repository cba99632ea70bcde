/**
 * A 24-hour band chart as SVG markup, drawn at build time: one row per person with the hours they
 * work on the day shown, and a row on top with the hours they share. Colours come from CSS classes
 * (`hours-work`, `hours-shared`), never inline styles, so the stylesheet themes it and a strict CSP
 * has nothing to object to. The page says the same hours in words beside it.
 */
import { clockTimeOf } from '../lib/working-time.ts';

/** A stretch of the day in minutes after midnight, 0 to 1440. */
export interface DayBand {
  start: number;
  end: number;
}

/** One row of the chart. */
export interface HoursRow {
  label: string;
  bands: DayBand[];
}

/** What to draw. */
export interface HoursChart {
  /** Unique on the page: the id of the title and description. */
  id: string;
  title: string;
  description: string;
  /** The row of shared hours, drawn first and highlighted. */
  shared: HoursRow;
  rows: HoursRow[];
  /** The clock the hours are on, for the axis: `UTC`. */
  clock: string;
}

const CHARACTER_WIDTH = 7;
const DAY_WIDTH = 480;
const ROW_HEIGHT = 20;
const GAP = 8;
const AXIS_HEIGHT = 22;
const MINUTES_PER_DAY = 1440;

/** The chart as an `<svg>` element. */
export function renderHoursChart(chart: HoursChart): string {
  const labelWidth = Math.ceil(Math.max(60, ...[chart.shared, ...chart.rows].map((row) => row.label.length * CHARACTER_WIDTH)) + 12);
  const x = (minutes: number) => round(labelWidth + (minutes / MINUTES_PER_DAY) * DAY_WIDTH);
  const rows = [chart.shared, ...chart.rows];
  const height = AXIS_HEIGHT + rows.length * (ROW_HEIGHT + GAP);
  const width = labelWidth + DAY_WIDTH + 16;
  const parts = [
    `<svg class="hours-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc">`,
    `<title id="${chart.id}-title">${escape(chart.title)}</title>`,
    `<desc id="${chart.id}-desc">${escape(chart.description)}</desc>`,
  ];
  for (let hour = 0; hour <= 24; hour += 3) {
    parts.push(`<line class="hours-grid" x1="${x(hour * 60)}" y1="${AXIS_HEIGHT - 4}" x2="${x(hour * 60)}" y2="${height}"/>`);
    parts.push(`<text class="hours-scale" x="${x(hour * 60)}" y="12" text-anchor="middle">${hour === 24 ? '24:00' : clockTimeOf(hour * 60)}</text>`);
  }
  rows.forEach((row, index) => {
    const y = AXIS_HEIGHT + index * (ROW_HEIGHT + GAP);
    const kind = index === 0 ? 'hours-shared' : 'hours-work';
    parts.push(`<text class="hours-label" x="${labelWidth - 8}" y="${y + ROW_HEIGHT / 2}" text-anchor="end" dominant-baseline="middle">${escape(row.label)}</text>`);
    parts.push(`<rect class="hours-day" x="${x(0)}" y="${y}" width="${DAY_WIDTH}" height="${ROW_HEIGHT}"/>`);
    for (const band of row.bands) {
      const end = band.end === MINUTES_PER_DAY ? '24:00' : clockTimeOf(band.end);
      parts.push(`<rect class="${kind}" x="${x(band.start)}" y="${y}" width="${round(x(band.end) - x(band.start))}" height="${ROW_HEIGHT}"><title>${escape(`${row.label}: ${clockTimeOf(band.start)}–${end} ${chart.clock}`)}</title></rect>`);
    }
  });
  parts.push('</svg>');
  return parts.join('');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
