/**
 * The navigation of a section beside each of its entry pages: the section's pages in groups
 * (playbooks by function, roles by team, handovers by state, agreements by kind, people by team,
 * glossary terms by letter, or as `site.navigation` in `baton.config.yml` says), the current page
 * marked.
 *
 * Its size on a page is bounded, whatever the size of the handbook: a section of up to
 * `LIST_EVERYTHING_UP_TO` pages is listed in full on each of its pages; a larger one lists the pages
 * around the current page in its group, and names the other groups with a link to each on the
 * section's index page. A sidebar that lists every page on every page makes the site grow with the
 * square of the handbook (Starlight's default sidebar makes 5,000 pages weigh 4.2 GB).
 */
import { slug } from 'github-slugger';
import { COLLECTION_LABELS } from '../lib/collections.ts';
import type { ProjectConfig } from '../schemas/config.ts';
import type { CollectionName } from '../schemas/index.ts';
import { playbookSchema } from '../schemas/playbook.ts';
import { handoverSchema } from '../schemas/handover.ts';
import { region as regionSchema } from '../schemas/fields.ts';
import type { HandbookModel } from './handbook-model.ts';
import type { PageEntry, PersonEntry } from './handbook.ts';
import { AGREEMENT_KIND_LABELS, FUNCTION_LABELS, HANDOVER_STATE_LABELS, REGION_LABELS } from './labels.ts';
import { entryKey, pageLink } from './page-link.ts';
import { party } from './parties.ts';
import { config } from './settings.ts';
import { collectionUrl } from './urls.ts';

/** A section of this many pages or fewer is listed in full beside each of its pages. */
export const LIST_EVERYTHING_UP_TO = 60;
/** In a larger section, how many pages of the current group are listed around the current page. */
export const PAGES_AROUND = 4;

/** How a section's pages are grouped: the setting under `site.navigation`. */
export type Grouping = ProjectConfig['site']['navigation'][keyof ProjectConfig['site']['navigation']];

/** A page as the navigation lists it. */
export interface NavigationPage {
  href: string;
  title: string;
  current: boolean;
}

/** One group of a section as the navigation shows it. */
export interface NavigationGroup {
  label: string;
  /** The group on the section's index page. */
  href: string;
  count: number;
  /** Whether the current page is in this group. */
  current: boolean;
  /** The pages listed: all of them in a small section; in a large one, those around the current page, and none for other groups. */
  pages: NavigationPage[];
}

/** A section's navigation as one page shows it. */
export interface SectionNavigation {
  /** The section's name: `Playbooks`. */
  label: string;
  href: string;
  count: number;
  /** What the groups are (`function`), or `none` for one list. */
  grouping: Grouping;
  groups: NavigationGroup[];
}

/** One group of a section, with every page in it, as the section's index page lists it. */
export interface SectionGroup {
  /** Its anchor on the section's index page: `function-legal`. */
  id: string;
  label: string;
  pages: NavigationPage[];
}

/** A whole section in groups, worked out once per build. */
interface SectionOutline {
  collection: CollectionName;
  grouping: Grouping;
  groups: SectionGroup[];
  /** Where each entry is: its group and its place in the group, by entry key. */
  places: Map<string, { group: number; index: number }>;
  count: number;
}

type Entry = PageEntry | PersonEntry;
type Model = Pick<HandbookModel, 'playbooks' | 'roles' | 'handovers' | 'partners' | 'glossary' | 'people' | 'peopleById' | 'rolesById'>;

const outlines = new WeakMap<Model, Map<CollectionName, SectionOutline>>();

/** The navigation of `entry`'s section as `entry`'s page shows it. */
export function sectionNavigation(model: Model, entry: Entry): SectionNavigation {
  const outline = sectionOutline(model, entry.collection);
  const place = outline.places.get(entryKey(entry.collection, entry.id))!;
  const listEverything = outline.count <= LIST_EVERYTHING_UP_TO;
  const currentHref = pageLink(entry).href;
  return {
    label: COLLECTION_LABELS[entry.collection].plural,
    href: collectionUrl(entry.collection),
    count: outline.count,
    grouping: outline.grouping,
    groups: outline.groups.map((group, index) => {
      const current = index === place.group;
      const around = current && !listEverything ? windowAround(group.pages, place.index) : group.pages;
      return {
        label: group.label,
        href: `${collectionUrl(entry.collection)}#${group.id}`,
        count: group.pages.length,
        current,
        pages: listEverything || current ? around.map((page) => ({ ...page, current: page.href === currentHref })) : [],
      };
    }),
  };
}

/** Every group of a section with all its pages, for the section's index page. */
export function sectionGroups(model: Model, collection: CollectionName): { grouping: Grouping; groups: SectionGroup[] } {
  const { grouping, groups } = sectionOutline(model, collection);
  return { grouping, groups };
}

function windowAround<T>(pages: readonly T[], index: number): T[] {
  const size = PAGES_AROUND * 2 + 1;
  const start = Math.max(0, Math.min(index - PAGES_AROUND, pages.length - size));
  return pages.slice(start, start + size);
}

function sectionOutline(model: Model, collection: CollectionName): SectionOutline {
  let byCollection = outlines.get(model);
  if (!byCollection) outlines.set(model, (byCollection = new Map()));
  let outline = byCollection.get(collection);
  if (!outline) byCollection.set(collection, (outline = outlineOf(model, collection)));
  return outline;
}

/** What one entry's group is called, and where the group comes among the others. */
interface GroupKey {
  /** What the group stands for, as written in frontmatter (`rnd`, `ip-legal`): its anchor on the index page. */
  key: string;
  label: string;
  /** Groups sort by this, then by label: an enum's own order, or last for "No team". */
  order: number;
}

function outlineOf(model: Model, collection: CollectionName): SectionOutline {
  const grouping = config.site.navigation[collection];
  const entries: Entry[] = model[collection];
  const byLabel = new Map<string, { key: GroupKey; entries: Entry[] }>();
  for (const entry of entries) {
    const key = groupOf(model, entry, grouping);
    const group = byLabel.get(key.label);
    if (group) group.entries.push(entry);
    else byLabel.set(key.label, { key, entries: [entry] });
  }
  const groups = [...byLabel.values()]
    .sort((a, b) => a.key.order - b.key.order || a.key.label.localeCompare(b.key.label))
    .map(({ key, entries: members }) => ({
      id: `${grouping}-${slug(key.key) || 'other'}`,
      label: key.label,
      pages: members.map((member) => ({ ...pageLink(member), current: false })),
    }));
  const places = new Map<string, { group: number; index: number }>();
  groups.forEach((group, groupIndex) => {
    const members = byLabel.get(group.label)!.entries;
    members.forEach((member, index) => places.set(entryKey(member.collection, member.id), { group: groupIndex, index }));
  });
  return { collection, grouping, groups, places, count: entries.length };
}

const LAST = Number.MAX_SAFE_INTEGER;
const inOrder = (values: readonly string[], value: string) => values.indexOf(value);

function groupOf(model: Model, entry: Entry, grouping: Grouping): GroupKey {
  const data = entry.data as Record<string, unknown>;
  switch (grouping) {
    case 'none':
      return { key: entry.collection, label: COLLECTION_LABELS[entry.collection].plural, order: 0 };
    case 'function': {
      const first = (data.functions as (keyof typeof FUNCTION_LABELS)[])[0]!;
      return { key: first, label: FUNCTION_LABELS[first], order: inOrder(playbookSchema.shape.functions.element.options, first) };
    }
    case 'team': {
      const team = typeof data.team === 'string' ? data.team : (data.teams as string[] | undefined)?.[0];
      return team ? { key: team, label: party(model, team).name, order: 0 } : { key: 'none', label: 'No team', order: LAST };
    }
    case 'tag': {
      const tag = (data.tags as string[])[0];
      return tag ? { key: tag, label: `#${tag}`, order: 0 } : { key: 'none', label: 'No tag', order: LAST };
    }
    case 'region': {
      const region = data.region as keyof typeof REGION_LABELS;
      return { key: region, label: REGION_LABELS[region], order: inOrder(regionSchema.options, region) };
    }
    case 'state': {
      const state = data.state as keyof typeof HANDOVER_STATE_LABELS;
      return { key: state, label: HANDOVER_STATE_LABELS[state], order: inOrder(handoverSchema.shape.state.options, state) };
    }
    case 'role': {
      const role = data.role as string;
      return { key: role, label: model.rolesById.get(role)?.data.title ?? role, order: 0 };
    }
    case 'letter': {
      // Terms that start with a digit or a sign share one group, after the letters.
      const first = String(data.title).normalize('NFD').charAt(0).toLocaleUpperCase('en');
      return /\p{L}/u.test(first) ? { key: first, label: first, order: 0 } : { key: 'other', label: '0–9 and signs', order: LAST };
    }
    case 'kind': {
      const kind = data.kind as keyof typeof AGREEMENT_KIND_LABELS;
      return { key: kind, label: AGREEMENT_KIND_LABELS[kind], order: Object.keys(AGREEMENT_KIND_LABELS).indexOf(kind) };
    }
  }
}
