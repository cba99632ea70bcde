/**
 * Field types shared by every content type. Each one validates the raw YAML value as the author wrote
 * it: dates stay strings, so nothing is silently rolled over or shifted by a time zone.
 */
import { z } from 'zod';
import { isCalendarDate } from '../lib/calendar.ts';

/** Lower-case words joined by single hyphens: the shape of every id, tag and file name. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id that names another entry (a person, role, team, playbook or partner agreement). */
export const entryId = (what: string) =>
  z.string().regex(KEBAB_CASE, { message: `must be a ${what} id in kebab-case, like \`head-of-ip\`` });

/** A person in the people directory, by the file name of their page. */
export const personId = entryId('person');

/** A team from `teams` in `baton.config.yml`. */
export const teamId = entryId('team');

/** A role definition, by the file name of its page. */
export const roleId = entryId('role');

/** Who answers for a page: a person id or a team id. */
export const ownerId = entryId('person or team');

/** A free-form tag used for browsing and search filters. */
export const tag = z.string().regex(KEBAB_CASE, { message: 'must be a kebab-case tag, like `freedom-to-operate`' });

const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written `YYYY-MM-DD`. `2024-02-30` is an error, never rolled over into March. */
export const isoDate = z
  .string()
  .regex(ISO_DATE_SHAPE, { message: 'must be a date written `YYYY-MM-DD`', abort: true })
  .refine(isCalendarDate, { message: 'is not a real calendar date' });

/** The units a review or notice interval may use: days, weeks, months, years. */
export const INTERVAL_UNITS = { d: 'days', w: 'weeks', m: 'months', y: 'years' } as const;

/** A span of time written as a count and a unit: `90d`, `6w`, `6m`, `1y`. */
export const interval = z
  .string()
  .regex(/^[1-9][0-9]{0,3}[dwmy]$/, { message: 'must be an interval like `90d`, `6w`, `6m` or `1y`' });

/** Who may read a page: `public` (anyone), `internal` (staff), `confidential` (left out of the site). */
export const confidentiality = z.enum(['public', 'internal', 'confidential']);

/** Where a page is in its life: `draft` pages are never published, `retired` ones are kept for history. */
export const pageStatus = z.enum(['draft', 'active', 'retired']);

/** Where in the world a role or person works. */
export const region = z.enum(['americas', 'emea', 'apac', 'global']);

const timeZoneVerdicts = new Map<string, boolean>();

/** Whether the runtime's time-zone database knows `name`, aliases such as `Asia/Kolkata` included. */
function isKnownTimeZone(name: string): boolean {
  let known = timeZoneVerdicts.get(name);
  if (known === undefined) {
    known = /^(?:UTC|[A-Z][A-Za-z_-]*(?:\/[A-Za-z0-9_+-]+)+)$/.test(name) && canFormatIn(name);
    // Building a formatter is slow and a handbook names the same few zones thousands of times.
    timeZoneVerdicts.set(name, known);
  }
  return known;
}

function canFormatIn(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name such as `Europe/Berlin` or `America/New_York`. */
export const timeZone = z.string().refine(isKnownTimeZone, { message: 'must be an IANA time zone such as `Europe/Berlin`' });

/** A non-empty line of prose. */
export const text = z.string().trim().min(1, { message: 'must not be empty' });
