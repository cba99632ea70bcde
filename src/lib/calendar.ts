/**
 * Calendar dates as Baton uses them: `YYYY-MM-DD` strings with no time and no time zone. Arithmetic
 * goes through Day.js in UTC and comes straight back to strings, so a date never shifts by a day
 * whatever the machine's time zone, and no daylight-saving change can make a day 23 hours long.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import { countOf } from './printing/wording.ts';

dayjs.extend(utc);

/** A date written `YYYY-MM-DD`. */
export type IsoDate = string;

/** An interval such as `90d`, `6w`, `6m`, `1y`, split into its count and unit. */
export interface Interval {
  count: number;
  unit: 'd' | 'w' | 'm' | 'y';
}

const UNITS = { d: 'day', w: 'week', m: 'month', y: 'year' } as const;
const ISO_FORMAT = 'YYYY-MM-DD';

/** Reads an interval written like `90d`; the schema has already checked its shape. */
export function parseInterval(text: string): Interval {
  const match = /^(\d+)([dwmy])$/.exec(text);
  if (!match) throw new RangeError(`Not an interval: ${text}`);
  return { count: Number(match[1]), unit: match[2] as Interval['unit'] };
}

// A handbook repeats the same few hundred dates thousands of times; remember answers instead of re-parsing.
const calendarDates = new Map<string, boolean>();
const sums = new Map<string, IsoDate>();

/** Whether `text` names a day that exists: `2024-02-29` does, `2024-02-30` does not (it is never rolled over). */
export function isCalendarDate(text: string): boolean {
  let known = calendarDates.get(text);
  if (known === undefined) calendarDates.set(text, (known = /^\d{4}-\d{2}-\d{2}$/.test(text) && dayjs.utc(text).format(ISO_FORMAT) === text));
  return known;
}

/** The date `interval` after `date` (`2024-01-31` + `1m` is `2024-02-29`: months clamp to their end). */
export function addInterval(date: IsoDate, interval: Interval | string, direction: 1 | -1 = 1): IsoDate {
  const { count, unit } = typeof interval === 'string' ? parseInterval(interval) : interval;
  const key = `${date}${direction * count}${unit}`;
  let sum = sums.get(key);
  if (sum === undefined) sums.set(key, (sum = dayjs.utc(date).add(count * direction, UNITS[unit]).format(ISO_FORMAT)));
  return sum;
}

/** Whether `interval` reaches further than `limit` when both are counted from `from` (`13m` is longer than `1y`). */
export function isLongerThan(interval: Interval | string, limit: Interval | string, from: IsoDate): boolean {
  return addInterval(from, interval) > addInterval(from, limit);
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  // Both are UTC midnights, so the difference is an exact number of days.
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Today's date in a time zone, as `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A date for readers: `23 Nov 2026`. Calendar dates have no time zone, so none is applied. */
export function formatDate(date: IsoDate): string {
  return dayjs.utc(date).format('D MMM YYYY');
}

/** Human words for an interval: `90d` → `90 days`, `1y` → `1 year`. */
export function describeInterval(text: string): string {
  const { count, unit } = parseInterval(text);
  return countOf(count, UNITS[unit]);
}
