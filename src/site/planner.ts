/**
 * What the meeting planner works from: every active person who lists working hours, the teams they
 * are in, the zones to show times in, and the build date the week starts from. Static data written
 * into the page; the browser does the rest with the same `shared-hours.ts` the build uses.
 */
import type { Weekday } from '../lib/working-time.ts';
import type { HandbookModel } from './handbook-model.ts';
import { config } from './settings.ts';
import { entryUrl } from './urls.ts';

/** A person the planner can choose. */
export interface PlannerPerson {
  id: string;
  name: string;
  team: string;
  href: string;
  timeZone: string;
  start: string;
  end: string;
  days: Weekday[];
}

/** The planner's data. */
export interface PlannerData {
  /** The first day of the week the planner looks at (the build date). */
  today: string;
  people: PlannerPerson[];
  teams: { id: string; name: string; members: string[] }[];
  /** Zones to show times in: the people's and UTC, sorted. */
  zones: string[];
}

/** The planner's data from the published people of `model`, for the week from `today`. */
export function plannerData(model: Pick<HandbookModel, 'people'>, today: string): PlannerData {
  const people = model.people
    .filter((person) => person.data.status !== 'left' && person.data.working_hours)
    .map((person) => ({ id: person.id, name: person.data.name, team: person.data.team, href: entryUrl('people', person.id), timeZone: person.data.timezone, ...person.data.working_hours! }));
  const teams = Object.entries(config.teams)
    .map(([id, team]) => ({ id, name: team.name, members: people.filter((person) => person.team === id).map((person) => person.id) }))
    .filter((team) => team.members.length > 0);
  return { today, people, teams, zones: [...new Set(['UTC', ...people.map((person) => person.timeZone)])].sort() };
}
