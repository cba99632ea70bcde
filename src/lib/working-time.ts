/**
 * Wall-clock time in a time zone, with nothing but `Intl`: a zone's offset at an instant, the instant
 * a local time names, and the instants a person works in a span of days. Instants are milliseconds
 * since the epoch (UTC); dates are `YYYY-MM-DD`. No Node and no dependency, so the meeting planner's
 * browser script runs the same code as the build.
 */

/** The days of the week as a person's `working_hours.days` names them, Monday first. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** One of `WEEKDAYS`. */
export type Weekday = (typeof WEEKDAYS)[number];

/** When someone works: a start and end on their own clock (`HH:MM`) and their working days, in `timeZone`. */
export interface Schedule {
  timeZone: string;
  start: string;
  end: string;
  days: readonly Weekday[];
}

/** A span of time from `start` (inclusive) to `end` (exclusive), in milliseconds since the epoch. */
export interface Span {
  start: number;
  end: number;
}

const MINUTE = 60_000;
/** A day in milliseconds. */
export const DAY = 86_400_000;

/** Minutes after midnight of a clock time written `HH:MM` (`24:00` is 1440). */
export function minutesOfClockTime(text: string): number {
  const [hours, minutes] = text.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/** A clock time for minutes after midnight: 570 is `09:30`; a whole day wraps round. */
export function clockTimeOf(minutes: number): string {
  const wrapped = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Minutes `timeZone` is ahead of UTC at `instant`: 60 for Berlin in winter, -240 for New York in summer. */
export function zoneOffsetMinutes(timeZone: string, instant: number): number {
  let format = offsetFormats.get(timeZone);
  if (!format) offsetFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT([+-])(\d{2}):?(\d{2})?$/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

/** An offset for readers: `UTC+05:30`, `UTC−03:00`, `UTC`. */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  return `UTC${sign}${clockTimeOf(Math.abs(minutes))}`;
}

/** Midnight UTC that starts `date`. */
export function utcMidnight(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** The date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * DAY).toISOString().slice(0, 10);
}

/** The weekday of a calendar date. */
export function weekdayOf(date: string): Weekday {
  // getUTCDay counts from Sunday.
  return WEEKDAYS[(new Date(utcMidnight(date)).getUTCDay() + 6) % 7]!;
}

/** The instant at which clocks in `timeZone` show `minutes` after midnight on `date`. */
export function instantOf(date: string, minutes: number, timeZone: string): number {
  const wall = utcMidnight(date) + minutes * MINUTE;
  // Guess with the offset at the wall time read as UTC, then correct once: right on both sides of a change.
  const first = wall - zoneOffsetMinutes(timeZone, wall) * MINUTE;
  return wall - zoneOffsetMinutes(timeZone, first) * MINUTE;
}

/** The date clocks in `timeZone` show at `instant`. */
export function localDateOf(instant: number, timeZone: string): string {
  return new Date(instant + zoneOffsetMinutes(timeZone, instant) * MINUTE).toISOString().slice(0, 10);
}

/** Minutes after local midnight that clocks in `timeZone` show at `instant`. */
export function localMinutesOf(instant: number, timeZone: string): number {
  const shifted = instant + zoneOffsetMinutes(timeZone, instant) * MINUTE;
  return Math.round((shifted - Math.floor(shifted / DAY) * DAY) / MINUTE);
}

/** The spans `schedule` works within `within`, clipped to it, in order. */
export function workingSpans(schedule: Schedule, within: Span): Span[] {
  const spans: Span[] = [];
  const start = minutesOfClockTime(schedule.start);
  const end = minutesOfClockTime(schedule.end);
  // A local day can begin up to 14 hours before or after the UTC day of the same date.
  const first = addDays(new Date(within.start).toISOString().slice(0, 10), -1);
  for (let date = first; utcMidnight(date) < within.end + DAY; date = addDays(date, 1)) {
    if (!schedule.days.includes(weekdayOf(date))) continue;
    const span = { start: Math.max(instantOf(date, start, schedule.timeZone), within.start), end: Math.min(instantOf(date, end, schedule.timeZone), within.end) };
    if (span.end > span.start) spans.push(span);
  }
  return spans;
}
