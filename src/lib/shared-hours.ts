/**
 * The hours a group of people share: when all of them are working in a week, or, when that never
 * happens, when the largest group of them is; and the next daylight-saving change that moves those
 * hours. Pure and built on `Intl` only (see `working-time.ts`), so the site, the meeting planner in
 * the browser and the tests run the same code for any date.
 */
import { addDays, DAY, localDateOf, localMinutesOf, type Schedule, type Span, utcMidnight, weekdayOf, workingSpans, zoneOffsetMinutes } from './working-time.ts';

/** A person whose working hours take part. */
export interface Worker extends Schedule {
  /** Their id: what a window names them by. */
  id: string;
}

/** A stretch of time when the same people are all working. */
export interface SharedWindow extends Span {
  /** Who is working throughout, by id, in the order the workers were given. */
  ids: string[];
}

/** The shared hours of a week. */
export interface SharedHours {
  /** The first day of the week judged (a UTC day); the week runs seven days from it. */
  from: string;
  /** Whether `windows` are hours everyone shares (`all`), the largest group's (`partial`), or there are none because no two people's hours meet (`none`). */
  kind: 'all' | 'partial' | 'none';
  /** How many people the windows hold. */
  groupSize: number;
  windows: SharedWindow[];
}

/** A change of a time zone's offset that moves the shared hours. */
export interface OverlapChange {
  /** The instant clocks change. */
  at: number;
  timeZone: string;
  /** The zone's offset from UTC in minutes before and after. */
  before: number;
  after: number;
  /** The shared hours of the week before the change (the week judged) and of the first whole week after it. */
  was: SharedHours;
  becomes: SharedHours;
}

/** Minutes of shared time in a set of windows. */
export function sharedMinutes(windows: readonly Span[]): number {
  return windows.reduce((sum, window) => sum + (window.end - window.start) / 60_000, 0);
}

/** The hours `workers` share in the seven days from `from` (a UTC day), computed on each person's own clock and calendar. */
export function sharedHours(workers: readonly Worker[], from: string): SharedHours {
  const week = { start: utcMidnight(from), end: utcMidnight(from) + 7 * DAY };
  const segments = workingSegments(workers, week);
  const everyone = workers.length;
  const largest = Math.max(0, ...segments.map((segment) => segment.ids.length));
  if (everyone > 0 && largest === everyone) return { from, kind: 'all', groupSize: everyone, windows: segments.filter((segment) => segment.ids.length === everyone) };
  if (largest < 2) return { from, kind: 'none', groupSize: largest, windows: [] };
  return { from, kind: 'partial', groupSize: largest, windows: segments.filter((segment) => segment.ids.length === largest) };
}

/** Cuts `week` wherever someone starts or stops working and keeps each stretch when at least one person works, merged while the same people work. */
function workingSegments(workers: readonly Worker[], week: Span): SharedWindow[] {
  const spans = workers.map((worker) => workingSpans(worker, week));
  const cuts = [...new Set(spans.flat().flatMap((span) => [span.start, span.end]))].sort((a, b) => a - b);
  const segments: SharedWindow[] = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const start = cuts[index]!;
    const end = cuts[index + 1]!;
    const ids = workers.filter((_, at) => spans[at]!.some((span) => span.start <= start && span.end >= end)).map((worker) => worker.id);
    if (ids.length === 0) continue;
    const previous = segments.at(-1);
    if (previous && previous.end === start && previous.ids.join() === ids.join()) previous.end = end;
    else segments.push({ start, end, ids });
  }
  return segments;
}

/** Every change of offset in `timeZones` from the start of `from` until `days` later, soonest first. */
export function offsetChanges(timeZones: readonly string[], from: string, days: number): { at: number; timeZone: string; before: number; after: number }[] {
  const changes: { at: number; timeZone: string; before: number; after: number }[] = [];
  for (const timeZone of new Set(timeZones)) {
    let previous = utcMidnight(from);
    for (let day = 1; day <= days; day += 1) {
      const next = utcMidnight(from) + day * DAY;
      const before = zoneOffsetMinutes(timeZone, previous);
      const after = zoneOffsetMinutes(timeZone, next);
      if (before !== after) changes.push({ at: changeWithin(timeZone, previous, next, before), timeZone, before, after });
      previous = next;
    }
  }
  return changes.sort((a, b) => a.at - b.at || a.timeZone.localeCompare(b.timeZone));
}

/** The first instant in (low, high] at which the offset is no longer `before`, to the minute. */
function changeWithin(timeZone: string, low: number, high: number, before: number): number {
  while (high - low > 60_000) {
    const middle = low + Math.floor((high - low) / 120_000) * 60_000;
    if (zoneOffsetMinutes(timeZone, middle) === before) low = middle;
    else high = middle;
  }
  return high;
}

/** The first daylight-saving change within `days` (90 by default) of `from` after which the week's shared hours fall at other times on someone's clock than in the week from `from`; undefined when none does. */
export function nextOverlapChange(workers: readonly Worker[], from: string, days = 90): OverlapChange | undefined {
  const was = sharedHours(workers, from);
  for (const change of offsetChanges(workers.map((worker) => worker.timeZone), from, days)) {
    // Compare like with like: the first whole week after the change that starts on the same weekday as `from`.
    const weeks = Math.ceil((change.at - utcMidnight(from)) / (7 * DAY));
    const becomes = sharedHours(workers, addDays(from, weeks * 7));
    if (!sameWeekPattern(was, becomes, workers)) return { ...change, was, becomes };
  }
  return undefined;
}

/** Whether two weeks' shared hours fall on the same days at the same times on every worker's own clock, for the same people. */
function sameWeekPattern(one: SharedHours, other: SharedHours, workers: readonly Worker[]): boolean {
  const pattern = (hours: SharedHours) =>
    workers
      .flatMap((worker) => hours.windows.map((window) => `${weekdayOf(localDateOf(window.start, worker.timeZone))} ${localMinutesOf(window.start, worker.timeZone)}+${(window.end - window.start) / 60_000} ${window.ids.join()}`))
      .join(';');
  return one.kind === other.kind && pattern(one) === pattern(other);
}
