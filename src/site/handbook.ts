/**
 * The published handbook as pages see it: every collection loaded once per build and indexed by id,
 * so a page looks up what it needs instead of walking every collection again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { pageCollections, type CollectionName } from '../schemas/index.ts';

/** A published page of any type except people. */
export type PageEntry = CollectionEntry<'playbooks'> | CollectionEntry<'roles'> | CollectionEntry<'handovers'> | CollectionEntry<'partners'> | CollectionEntry<'glossary'>;

/** A person in the directory. */
export type PersonEntry = CollectionEntry<'people'>;

/** Everything published, loaded once. */
export interface Handbook {
  playbooks: CollectionEntry<'playbooks'>[];
  roles: CollectionEntry<'roles'>[];
  handovers: CollectionEntry<'handovers'>[];
  partners: CollectionEntry<'partners'>[];
  glossary: CollectionEntry<'glossary'>[];
  people: PersonEntry[];
  /** Every page of every type but people. */
  pages: PageEntry[];
  peopleById: Map<string, PersonEntry>;
  rolesById: Map<string, CollectionEntry<'roles'>>;
}

let loading: Promise<Handbook> | undefined;

/** The published handbook; the first call loads it and later calls share the result. */
export function loadHandbook(): Promise<Handbook> {
  loading ??= load();
  return loading;
}

async function load(): Promise<Handbook> {
  const byTitle = <T extends { data: { title?: string; name?: string } }>(a: T, b: T) =>
    (a.data.title ?? a.data.name ?? '').localeCompare(b.data.title ?? b.data.name ?? '');
  const [playbooks, roles, handovers, partners, glossary, people] = await Promise.all([
    getCollection('playbooks'),
    getCollection('roles'),
    getCollection('handovers'),
    getCollection('partners'),
    getCollection('glossary'),
    getCollection('people'),
  ]);
  playbooks.sort(byTitle);
  roles.sort(byTitle);
  handovers.sort(byTitle);
  partners.sort(byTitle);
  glossary.sort(byTitle);
  people.sort(byTitle);
  return {
    playbooks,
    roles,
    handovers,
    partners,
    glossary,
    people,
    pages: [...playbooks, ...roles, ...handovers, ...partners, ...glossary],
    peopleById: new Map(people.map((person) => [person.id, person])),
    rolesById: new Map(roles.map((role) => [role.id, role])),
  };
}

/** The entries of one page collection. */
export function pagesOf(handbook: Handbook, collection: Exclude<CollectionName, 'people'>): PageEntry[] {
  return handbook[collection];
}

export { pageCollections };
