/**
 * The content model: one schema per content type, keyed by the folder under `content/` that holds it.
 * The site build (`src/content.config.ts`) and the checker (`scripts/`) both read this map, so they
 * cannot drift apart. Nothing here imports Astro: plain Node loads it as it is.
 */
import { glossarySchema } from './glossary.ts';
import { handoverSchema } from './handover.ts';
import { partnerSchema } from './partner.ts';
import { personSchema } from './person.ts';
import { playbookSchema } from './playbook.ts';
import { roleSchema } from './role.ts';

/** Every content type, by its collection name (which is also its folder under `content/`). */
export const schemas = {
  playbooks: playbookSchema,
  roles: roleSchema,
  handovers: handoverSchema,
  partners: partnerSchema,
  people: personSchema,
  glossary: glossarySchema,
} as const;

/** The name of a content collection: `playbooks`, `roles`, `handovers`, `partners` or `people`. */
export type CollectionName = keyof typeof schemas;

/** Collection names in the order the site lists them. */
export const collectionNames = Object.keys(schemas) as CollectionName[];

/** Collections whose entries are reviewed pages (everything but the people directory). */
export const pageCollections = collectionNames.filter((name) => name !== 'people') as Exclude<CollectionName, 'people'>[];

export type { GlossaryTerm } from './glossary.ts';
export type { Handover } from './handover.ts';
export type { Partner } from './partner.ts';
export type { Person } from './person.ts';
export type { Playbook } from './playbook.ts';
export type { Role } from './role.ts';
