/**
 * How often something recurs under an agreement (reviews, measurements, royalty reports) and the day
 * each time falls. A cadence is a word (`monthly`, `quarterly`, `half-yearly`, `yearly`) or an
 * interval (`6w`, `2m`). The n-th time is counted from the first, never from the time before it, so a
 * series started on 31 March stays on quarter ends (30 June, 30 September, 31 December) instead of
 * drifting to the 30th; and a series that starts on the last day of a month keeps to the last day of
 * each month it falls in, so 28 February 2025 comes back as 29 February in a leap year.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import { addInterval, daysBetween, describeInterval, parseInterval, type Interval, type IsoDate } from '../calendar.ts';

dayjs.extend(utc);

/** The cadences written as words, and the interval each stands for. */
export const CADENCE_WORDS = { monthly: '1m', quarterly: '3m', 'half-yearly': '6m', yearly: '1y' } as const;

/** A word of `CADENCE_WORDS`. */
export type CadenceWord = keyof typeof CADENCE_WORDS;

/** What a cadence may be written as: one of the words, or an interval such as `6w` or `2m`. */
export const CADENCE_PATTERN = new RegExp(`^(?:${Object.keys(CADENCE_WORDS).join('|')}|[1-9][0-9]{0,3}[dwmy])$`);

/** The interval a cadence stands for: `quarterly` is three months. */
export function cadenceInterval(cadence: string): Interval {
  return parseInterval(CADENCE_WORDS[cadence as CadenceWord] ?? cadence);
}

/** A cadence in words for readers: `quarterly`, `every 6 weeks`. */
export function describeCadence(cadence: string): string {
  return cadence in CADENCE_WORDS ? cadence : `every ${describeInterval(cadence)}`;
}

/** Whether `date` is the last day of its month. */
export function isMonthEnd(date: IsoDate): boolean {
  const day = dayjs.utc(date);
  return day.date() === day.daysInMonth();
}

/** The `n`-th time (`0` is `first` itself) of a series that starts on `first` and recurs every `cadence`. */
export function occurrence(first: IsoDate, cadence: string, n: number): IsoDate {
  const { count, unit } = cadenceInterval(cadence);
  if (n === 0) return first;
  if ((unit === 'm' || unit === 'y') && isMonthEnd(first)) {
    const months = n * count * (unit === 'y' ? 12 : 1);
    return dayjs.utc(first).date(1).add(months, 'month').endOf('month').format('YYYY-MM-DD');
  }
  return addInterval(first, { count: n * count, unit });
}

/** The day one `cadence` after `date`: when the next review or measurement is due after one on `date`. */
export function nextAfter(date: IsoDate, cadence: string): IsoDate {
  return occurrence(date, cadence, 1);
}

/** Every time of the series from `first` that falls on or before `last`, in order. */
export function occurrencesThrough(first: IsoDate, cadence: string, last: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let n = 0; ; n += 1) {
    const date = occurrence(first, cadence, n);
    if (daysBetween(date, last) < 0) return dates;
    dates.push(date);
  }
}
