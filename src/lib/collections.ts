/**
 * What each collection is called, in one table: the site's headings and badges, the checker's
 * messages and the commands' type names all read it.
 */
import type { CollectionName } from '../schemas/index.ts';

/** The names of one collection. */
export interface CollectionNames {
  /** A heading for the whole collection: `Partner agreements`. */
  plural: string;
  /** A badge for one page: `Partner agreement`. */
  singular: string;
  /** One page inside a sentence: `no partner agreement has the id …`. */
  noun: string;
  /** The type as `npm run new` takes it: `partner`. */
  command: string;
  /** One line saying what the collection holds. */
  blurb: string;
}

/** How each collection is named. */
export const COLLECTION_LABELS: Record<CollectionName, CollectionNames> = {
  playbooks: { plural: 'Playbooks', singular: 'Playbook', noun: 'playbook', command: 'playbook', blurb: 'How we do things, step by step.' },
  roles: { plural: 'Roles', singular: 'Role', noun: 'role', command: 'role', blurb: 'Who holds each role, who stands in, who takes over.' },
  handovers: { plural: 'Handovers', singular: 'Handover', noun: 'handover', command: 'handover', blurb: 'What a departing person hands to a successor.' },
  partners: { plural: 'Partner agreements', singular: 'Partner agreement', noun: 'partner agreement', command: 'partner', blurb: 'Joint ventures, alliances, licences and research collaborations.' },
  people: { plural: 'People', singular: 'Person', noun: 'person', command: 'person', blurb: 'Who is who, and who has left.' },
  glossary: { plural: 'Glossary', singular: 'Glossary term', noun: 'glossary term', command: 'term', blurb: 'What the words and abbreviations of the handbook mean.' },
};
