/** A playbook: how we do one thing, step by step, across the functions involved. */
import { z } from 'zod';
import { roleId, text } from './fields.ts';
import { pageFields } from './page.ts';

/** The business functions a playbook can involve. */
export const businessFunction = z.enum([
  'rnd',
  'ip',
  'legal',
  'marketing',
  'business-development',
  'knowledge-management',
  'people',
  'finance',
  'leadership',
]);

/** A pointer to a record kept in a system outside the handbook. */
export const systemReference = z.strictObject({
  /** The outside system, e.g. `IP-management system`. */
  system: text,
  /** The record's identifier in that system, e.g. `FAM-2024-0012`. */
  record: text,
  /** A link to the record, when the system has one. */
  url: z.url({ message: 'must be a full URL starting with `https://`' }).optional(),
});

/** Frontmatter of a playbook page in `content/playbooks/`. */
export const playbookSchema = z.strictObject({
  ...pageFields,
  /** Which functions take part: `rnd`, `ip`, `legal`, `marketing`, `business-development`, ... */
  functions: z.array(businessFunction).min(1, { message: 'must name at least one function' }),
  /** Roles that carry out or own steps of this playbook. */
  related_roles: z.array(roleId).default([]),
  /** Records in outside systems this playbook relies on. */
  systems: z.array(systemReference).default([]),
});

/** A playbook's frontmatter after validation. */
export type Playbook = z.infer<typeof playbookSchema>;
