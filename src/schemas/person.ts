/** A person in the people directory. Their id is the file name: `content/people/ada-okafor.md`. */
import { z } from 'zod';
import { isoDate, region, teamId, text, timeZone } from './fields.ts';
import { languageSkill } from './languages.ts';
import { workingHours } from './working-hours.ts';

/** A code-review handle on the forge, with or without the leading `@`. */
const reviewHandle = z
  .string()
  .regex(/^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/, {
    message: 'must be a forge handle like `@ada-okafor`',
  });

/** Frontmatter of a person page in `content/people/`. */
export const personSchema = z
  .strictObject({
    /** The person's full name. */
    name: text,
    /** Their job title. */
    job_title: text.optional(),
    /** The team they belong to, from `teams` in `baton.config.yml`. */
    team: teamId,
    /** Where they work. */
    region,
    /** Their time zone, e.g. `Europe/Berlin`. */
    timezone: timeZone,
    /** When they work, in their own time zone: `start`, `end` and `days`, so pages can show the hours a team shares. */
    working_hours: workingHours.optional(),
    /** The languages they work in, each a BCP 47 code with a level: `{ code: de, level: native }`. */
    languages: z.array(languageSkill).optional(),
    /** Their handle on the forge, so pull requests can ask them to review. */
    handle: reviewHandle,
    /** `active`, or `left` once they have left the organisation. */
    status: z.enum(['active', 'left']),
    /** The day they left, `YYYY-MM-DD`; required once `status` is `left`. */
    left_on: isoDate.optional(),
    /** Names and email addresses they commit with in git (`user.name`, `user.email`), so page histories link to them. */
    commits_as: z.array(text).optional(),
  })
  .superRefine((person, context) => {
    if (person.status === 'left' && !person.left_on) {
      context.addIssue({ code: 'custom', path: ['left_on'], message: 'is required when `status` is `left`' });
    }
    if (person.status === 'active' && person.left_on) {
      context.addIssue({ code: 'custom', path: ['left_on'], message: 'must be removed while `status` is `active`' });
    }
  });

/** A person's frontmatter after validation. */
export type Person = z.infer<typeof personSchema>;
