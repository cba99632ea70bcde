/**
 * The meeting planner in the browser: reads the chosen people and teams (from the form, or the URL on
 * arrival), works out their shared hours with `shared-hours.ts` (the module the build uses for team
 * pages), and lists them in the chosen time zone with the share of each person's working day a
 * meeting there takes. Keeps the choice in the URL so it can be shared.
 */
import { sharedHours, type SharedWindow, type Worker } from '../lib/shared-hours.ts';
import { clockTimeOf, localDateOf, localMinutesOf, minutesOfClockTime, weekdayOf, WEEKDAYS, type Weekday } from '../lib/working-time.ts';
import type { PlannerData, PlannerPerson } from '../site/planner.ts';

const DAY_NAMES: Record<Weekday, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

/** Wires the planner's form, if the page has one. */
export function startMeetingPlanner(): void {
  const form = document.querySelector<HTMLFormElement>('#planner-form');
  const results = document.querySelector<HTMLElement>('#planner-results');
  if (!form || !results) return;
  const data = JSON.parse(form.dataset.planner ?? '{}') as PlannerData;
  const zone = form.querySelector<HTMLSelectElement>('#planner-zone')!;
  const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (readerZone && ![...zone.options].some((option) => option.value === readerZone)) zone.add(new Option(`${readerZone} (yours)`, readerZone), 0);

  const params = new URLSearchParams(location.search);
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = params.getAll(box.name).includes(box.value);
  zone.value = params.get('zone') ?? readerZone ?? 'UTC';
  if (!zone.value) zone.value = 'UTC';

  const update = () => {
    const chosen = new FormData(form);
    const ids = new Set([...chosen.getAll('person').map(String), ...chosen.getAll('team').flatMap((team) => data.teams.find((candidate) => candidate.id === team)?.members ?? [])]);
    const query = new URLSearchParams([...chosen.entries()].map(([name, value]) => [name, String(value)]));
    history.replaceState(null, '', `${location.pathname}${ids.size > 0 ? `?${query}` : ''}`);
    render(results, data, data.people.filter((person) => ids.has(person.id)), zone.value);
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  update();
}

function render(results: HTMLElement, data: PlannerData, people: PlannerPerson[], zone: string): void {
  results.replaceChildren();
  const say = (text: string) => results.append(element('p', text));
  if (people.length < 2) return say('Choose at least two people, or a team.');
  const workers: Worker[] = people.map((person) => ({ id: person.id, timeZone: person.timeZone, start: person.start, end: person.end, days: person.days }));
  const hours = sharedHours(workers, data.today);
  if (hours.kind === 'none') return say(`No two of these ${people.length} people ever work at the same time: their working hours do not meet.`);
  say(hours.kind === 'all' ? `Times when all ${people.length} are working, in ${zone}:` : `These ${people.length} people never all work at the same time. Times when ${hours.groupSize} of them are working, in ${zone}:`);
  const list = element('ul');
  list.className = 'planner-windows';
  for (const group of groupByLocalTime(hours.windows, zone)) {
    const item = element('li');
    item.append(element('strong', `${group.days.map((day) => DAY_NAMES[day]).join(', ')} ${clockTimeOf(localMinutesOf(group.window.start, zone))}–${clockTimeOf(localMinutesOf(group.window.end, zone))}`));
    const who = element('ul');
    const minutes = (group.window.end - group.window.start) / 60_000;
    for (const person of people) {
      if (!group.window.ids.includes(person.id)) continue;
      const share = Math.round((100 * minutes) / (minutesOfClockTime(person.end) - minutesOfClockTime(person.start)));
      who.append(element('li', `${person.name}: ${clockTimeOf(localMinutesOf(group.window.start, person.timeZone))}–${clockTimeOf(localMinutesOf(group.window.end, person.timeZone))} their time (${person.timeZone}), ${share} % of their working day`));
    }
    const away = people.filter((person) => !group.window.ids.includes(person.id));
    if (away.length > 0) who.append(element('li', `Not working then: ${away.map((person) => person.name).join(', ')}`));
    item.append(who);
    list.append(item);
  }
  results.append(list);
}

/** Windows that fall at the same time of day in `zone` for the same people, with their days there. */
function groupByLocalTime(windows: readonly SharedWindow[], zone: string): { window: SharedWindow; days: Weekday[] }[] {
  const groups = new Map<string, { window: SharedWindow; days: Weekday[] }>();
  for (const window of windows) {
    const key = `${localMinutesOf(window.start, zone)}+${window.end - window.start} ${window.ids.join()}`;
    const day = weekdayOf(localDateOf(window.start, zone));
    const group = groups.get(key);
    if (group) group.days.push(day);
    else groups.set(key, { window, days: [day] });
  }
  for (const group of groups.values()) group.days.sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  return [...groups.values()].sort((a, b) => WEEKDAYS.indexOf(a.days[0]!) - WEEKDAYS.indexOf(b.days[0]!) || localMinutesOf(a.window.start, zone) - localMinutesOf(b.window.start, zone));
}

function element<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, text?: string): HTMLElementTagNameMap[Tag] {
  const created = document.createElement(tag);
  if (text !== undefined) created.textContent = text;
  return created;
}
