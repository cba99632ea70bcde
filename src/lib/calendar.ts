/**
 * Calendar dates as Baton uses them: `YYYY-MM-DD` strings with no time and no time zone. Arithmetic
 * goes through date-fns on local-midnight dates and comes straight back to strings, so a date never
 * shifts by a day whatever the machine's time zone.
 */
// One module per function: the `date-fns` index loads hundreds of modules, which costs half a second.
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';

/** A date written `YYYY-MM-DD`. */
export type IsoDate = string;

/** An interval such as `90d`, `6w`, `6m`, `1y`, split into its count and unit. */
export interface Interval {
  count: number;
  unit: 'd' | 'w' | 'm' | 'y';
}

/** Reads an interval written like `90d`; the schema has already checked its shape. */
export function parseInterval(text: string): Interval {
  const match = /^(\d+)([dwmy])$/.exec(text);
  if (!match) throw new RangeError(`Not an interval: ${text}`);
  return { count: Number(match[1]), unit: match[2] as Interval['unit'] };
}

const ADDERS = { d: addDays, w: addWeeks, m: addMonths, y: addYears } as const;

/** The date `interval` after `date` (`2024-01-31` + `1m` is `2024-02-29`: months clamp to their end). */
export function addInterval(date: IsoDate, interval: Interval | string, direction: 1 | -1 = 1): IsoDate {
  const { count, unit } = typeof interval === 'string' ? parseInterval(interval) : interval;
  return format(ADDERS[unit](parseISO(date), count * direction), 'yyyy-MM-dd');
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** Today's date in a time zone, as `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A date for readers: `23 Nov 2026`. Calendar dates have no time zone, so none is applied. */
export function formatDate(date: IsoDate): string {
  return format(parseISO(date), 'd MMM yyyy');
}

/** Human words for an interval: `90d` → `90 days`, `1y` → `1 year`. */
export function describeInterval(text: string): string {
  const { count, unit } = parseInterval(text);
  const noun = { d: 'day', w: 'week', m: 'month', y: 'year' }[unit];
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
