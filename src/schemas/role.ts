/** A role definition: who holds a role, who stands in, and who takes over. */
import { z } from 'zod';
import { personId, region, teamId, text, timeZone } from './fields.ts';
import { pageFields } from './page.ts';

/** Frontmatter of a role page in `content/roles/`. */
export const roleSchema = z.strictObject({
  ...pageFields,
  /** The team the role belongs to. */
  team: teamId,
  /** Where the role is based. */
  region,
  /** The time zone the role works in, e.g. `Asia/Singapore`. */
  timezone: timeZone,
  /** The person who holds the role today. */
  holder: personId,
  /** The person who stands in when the holder is away. */
  backup: personId.optional(),
  /** The person being prepared to take the role over, if one is planned. */
  successor: personId.optional(),
  /** A critical role must have a backup and a succession plan. */
  critical: z.boolean(),
  /** What the holder is answerable for, one line each. */
  responsibilities: z.array(text).min(1, { message: 'must list at least one responsibility' }),
});

/** A role's frontmatter after validation. */
export type Role = z.infer<typeof roleSchema>;
