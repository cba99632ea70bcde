/**
 * What a team, handover or person page shows of working hours: each person's offset from UTC and
 * hours, the hours they share in the week from the build date in words and as a 24-hour chart, and
 * the next daylight-saving change within 90 days that moves those hours. The judging is
 * `src/lib/shared-hours.ts`; this only words and draws it.
 */
import { daysBetween, formatDate } from '../lib/calendar.ts';
import { nextOverlapChange, sharedHours, sharedMinutes, type SharedHours, type SharedWindow, type Worker } from '../lib/shared-hours.ts';
import { addDays, clockTimeOf, DAY, formatOffset, localDateOf, localMinutesOf, utcMidnight, weekdayOf, WEEKDAYS, type Weekday, workingSpans, zoneOffsetMinutes } from '../lib/working-time.ts';
import type { Person } from '../schemas/index.ts';
import { renderHoursChart } from './svg-hours-chart.ts';

/** A person as the view needs them. */
export interface HoursPerson {
  id: string;
  name: string;
  href: string;
  data: Pick<Person, 'timezone' | 'working_hours'>;
}

/** One person's clock and hours. */
export interface PersonClock {
  id: string;
  name: string;
  href: string;
  timeZone: string;
  /** Their offset from UTC on the build date: `UTC+01:00`. */
  offset: string;
  /** Their hours on their own clock: `08:30–17:00, Mon–Fri`; undefined when they list none. */
  hours: string | undefined;
}

/** Shared hours of a group, worded and drawn. */
export interface SharedHoursView {
  /** The people whose hours are compared. */
  people: PersonClock[];
  /** People left out because they list no working hours. */
  withoutHours: PersonClock[];
  kind: SharedHours['kind'];
  /** One sentence: how much time they share, or that they share none. */
  summary: string;
  /** Each window, repeated windows grouped by their days: in UTC and on every member's clock. */
  windows: { when: string; people: string; local: string[] }[];
  /** The next daylight-saving change within 90 days that moves the shared hours, or that none does, in a sentence. */
  change: string | undefined;
  /** The 24-hour chart of the day with the most shared time, as SVG markup; undefined when nobody lists hours. */
  chart: string | undefined;
}

const WEEKDAY_NAMES: Record<Weekday, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

/** A person's clock: their zone's offset on `today` and their hours as they wrote them. */
export function personClock(person: HoursPerson, today: string): PersonClock {
  const hours = person.data.working_hours;
  return {
    id: person.id,
    name: person.name,
    href: person.href,
    timeZone: person.data.timezone,
    offset: formatOffset(zoneOffsetMinutes(person.data.timezone, utcMidnight(today) + DAY / 2)),
    hours: hours && `${hours.start}–${hours.end}, ${dayRange(hours.days)}`,
  };
}

/** The shared hours of `people` in the week from `today`; `id` makes the chart's ids unique on the page. */
export function sharedHoursView(people: readonly HoursPerson[], today: string, id: string): SharedHoursView {
  const clocks = people.map((person) => personClock(person, today));
  const workers: Worker[] = people.flatMap((person) => (person.data.working_hours ? [{ id: person.id, timeZone: person.data.timezone, ...person.data.working_hours }] : []));
  const byId = new Map(clocks.map((clock) => [clock.id, clock]));
  const hours = sharedHours(workers, today);
  const change = nextOverlapChange(workers, today);
  return {
    people: clocks.filter((clock) => clock.hours),
    withoutHours: clocks.filter((clock) => !clock.hours),
    kind: hours.kind,
    summary: summary(hours, workers.length),
    windows: groupWindows(hours.windows).map((group) => ({
      when: `${dayRange(group.days)} ${clockTimeOf(minutesOfDay(group.first.start))}–${endTime(group.first)} UTC`,
      people: group.first.ids.map((worker) => byId.get(worker)!.name).join(', '),
      local: group.first.ids.map((worker) => {
        const clock = byId.get(worker)!;
        const { start, end } = group.first;
        const shift = daysBetween(new Date(start).toISOString().slice(0, 10), localDateOf(start, clock.timeZone));
        return `${clock.name} ${clockTimeOf(localMinutesOf(start, clock.timeZone))}–${clockTimeOf(localMinutesOf(end, clock.timeZone))}${shift > 0 ? ' the next day' : shift < 0 ? ' the day before' : ''} (${clock.timeZone})`;
      }),
    })),
    change: change ? changeSentence(change.timeZone, change.at, change.before, change.after, change.was, change.becomes) : workers.length > 1 ? 'No daylight-saving change in the next 90 days moves these hours.' : undefined,
    chart: workers.length === 0 ? undefined : chart(hours, workers, byId, today, id),
  };
}

function summary(hours: SharedHours, count: number): string {
  const perWeek = formatMinutes(sharedMinutes(hours.windows));
  if (count < 2) return count === 1 ? 'Only one person here lists working hours, so there is nothing to share.' : 'Nobody here lists working hours.';
  if (hours.kind === 'all') return `${count === 2 ? 'Both' : `All ${count}`} share ${perWeek} of working time a week.`;
  if (hours.kind === 'partial') return `These ${count} people never all work at the same time. The most who do at once are ${hours.groupSize}, for ${perWeek} a week: the best partial windows are below.`;
  return `No two of these ${count} people ever work at the same time: their working hours do not meet.`;
}

function changeSentence(timeZone: string, at: number, before: number, after: number, was: SharedHours, becomes: SharedHours): string {
  const direction = after > before ? 'forward' : 'back';
  const from = formatMinutes(sharedMinutes(was.windows));
  const to = formatMinutes(sharedMinutes(becomes.windows));
  const effect = becomes.kind === 'none' ? 'no shared hours at all' : from === to ? `the shared hours move (${to} a week)` : `${to} of shared time a week instead of ${from}`;
  return `On ${formatDate(localDateOf(at, timeZone))} clocks in ${timeZone} go ${direction} (${formatOffset(before)} to ${formatOffset(after)}); from the week of ${formatDate(becomes.from)} that means ${effect}.`;
}

/** Windows that recur at the same UTC times with the same people, with the days they fall on. */
function groupWindows(windows: readonly SharedWindow[]): { first: SharedWindow; days: Weekday[] }[] {
  const groups = new Map<string, { first: SharedWindow; days: Weekday[] }>();
  for (const window of windows) {
    const key = `${minutesOfDay(window.start)}+${window.end - window.start} ${window.ids.join()}`;
    const day = weekdayOf(new Date(window.start).toISOString().slice(0, 10));
    const group = groups.get(key);
    if (group) group.days.push(day);
    else groups.set(key, { first: window, days: [day] });
  }
  return [...groups.values()].sort((a, b) => minutesOfDay(a.first.start) - minutesOfDay(b.first.start));
}

function chart(hours: SharedHours, workers: readonly Worker[], byId: Map<string, PersonClock>, today: string, id: string) {
  // Draw the UTC day of the week with the most shared time (the first of equals), so the chart shows a working day.
  const days = Array.from({ length: 7 }, (_, index) => addDays(today, index));
  const sharedOn = (day: string) => sharedMinutes(clip(hours.windows, day));
  const day = days.reduce((best, candidate) => (sharedOn(candidate) > sharedOn(best) ? candidate : best), days[0]!);
  const rows = workers.map((worker) => ({ label: byId.get(worker.id)!.name, bands: workingSpans(worker, { start: utcMidnight(day), end: utcMidnight(day) + DAY }).map((span) => band(span, day)) }));
  return renderHoursChart({
    id: `hours-${id}`,
    title: `Working hours on ${WEEKDAY_LONG[weekdayOf(day)]} ${formatDate(day)}, in UTC`,
    description: `${hours.kind === 'all' ? 'Shared by all' : hours.kind === 'partial' ? `Shared by ${hours.groupSize}` : 'Shared by nobody'}: ${clip(hours.windows, day).map((span) => `${clockTimeOf(minutesOfDay(span.start))}–${endTime(span)}`).join(', ') || 'no hours'}. ${rows.map((row) => `${row.label}: ${row.bands.map((part) => `${clockTimeOf(part.start)}–${part.end === 1440 ? '24:00' : clockTimeOf(part.end)}`).join(', ') || 'not working'}`).join('. ')}.`,
    shared: { label: hours.kind === 'all' ? 'Everyone' : `${hours.groupSize} at once`, bands: clip(hours.windows, day).map((span) => band(span, day)) },
    rows,
    clock: 'UTC',
  });
}

const WEEKDAY_LONG: Record<Weekday, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };

function clip<T extends { start: number; end: number }>(spans: readonly T[], day: string): { start: number; end: number }[] {
  const start = utcMidnight(day);
  const end = start + DAY;
  return spans.filter((span) => span.end > start && span.start < end).map((span) => ({ start: Math.max(span.start, start), end: Math.min(span.end, end) }));
}

function band(span: { start: number; end: number }, day: string) {
  return { start: (span.start - utcMidnight(day)) / 60_000, end: (span.end - utcMidnight(day)) / 60_000 };
}

function minutesOfDay(instant: number): number {
  return Math.round((instant % DAY) / 60_000);
}

function endTime(span: { end: number }): string {
  const minutes = minutesOfDay(span.end);
  return minutes === 0 ? '24:00' : clockTimeOf(minutes);
}

/** Days as readers say them: `Mon–Fri`, `Mon–Thu`, `Mon, Wed, Fri`. */
export function dayRange(days: readonly Weekday[]): string {
  const indexes = [...new Set(days.map((day) => WEEKDAYS.indexOf(day)))].sort((a, b) => a - b);
  const consecutive = indexes.every((value, index) => index === 0 || value === indexes[index - 1]! + 1);
  if (indexes.length > 2 && consecutive) return `${WEEKDAY_NAMES[WEEKDAYS[indexes[0]!]!]}–${WEEKDAY_NAMES[WEEKDAYS[indexes.at(-1)!]!]}`;
  return indexes.map((index) => WEEKDAY_NAMES[WEEKDAYS[index]!]).join(', ');
}

/** `2 h 30 min`, `45 min`, `10 h`. */
function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
