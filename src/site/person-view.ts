/**
 * Everything a person's page shows besides their own frontmatter and text: what they own, review
 * and hold, and (once they have left) what must be reassigned. Plain data, worked out in `getStaticPaths`.
 */
import { PERSON_FIELD_LABELS, RESPONSIBLE_FIELDS, type PersonField } from '../lib/judging/person-references.ts';
import { COLLECTION_LABELS } from '../lib/collections.ts';
import { contributor } from './contributors.ts';
import { entryFile } from './entry-file.ts';
import { fileHistoryView, type FileHistoryView } from './file-history.ts';
import type { PersonEntry } from './handbook.ts';
import type { HandbookModel } from './handbook-model.ts';
import { entryKey, pageLink, type PageLink } from './page-link.ts';
import { party, type Party } from './parties.ts';
import { searchRecord, type SearchRecord } from './search-facts.ts';
import { sectionNavigation, type SectionNavigation } from './section-navigation.ts';
import type { SearchFilters } from './search-filters.ts';
import { config, today } from './settings.ts';
import { personClock, sharedHoursView, type PersonClock, type SharedHoursView } from './shared-hours-view.ts';
import { languageName, LANGUAGE_LEVEL_LABELS } from './labels.ts';
import { entryUrl } from './urls.ts';
import { forgeUrl } from '../lib/printing/forge-url.ts';

/** A page that names the person, and how. */
export interface Responsibility {
  link: PageLink;
  field: PersonField;
  /** How the page names them, in words: `owner`, `role holder`, ... */
  as: string;
}

/** The facts around one person's page. */
export interface PersonView {
  file: string;
  editUrl: string;
  historyUrl: string;
  team: Party;
  owns: PageLink[];
  reviews: PageLink[];
  /** Roles they hold, back up or are to succeed to, and handovers, mentoring and escalations they are part of. */
  other: Responsibility[];
  /** For a person who has left: every page where they still answer for something. */
  toReassign: Responsibility[];
  /** How many findings of the attention judgement are on the pages they own: their list on the dashboard. */
  toDo: number;
  backlinks: PageLink[];
  previous?: PageLink;
  next?: PageLink;
  /** The section's pages in groups, as the navigation beside the page shows them. */
  navigation: SectionNavigation;
  history: FileHistoryView;
  filters: SearchFilters;
  /** The frontmatter's facts as search indexes them. */
  search: SearchRecord;
  /** Their zone's offset and their working hours. */
  clock: PersonClock;
  /** The languages they work in, best first: `German (native)`. */
  languages: { code: string; label: string }[];
  /** The hours their team shares, while they are still here. */
  teamHours: SharedHoursView | undefined;
}

/** The view of `person` in `model`. */
export function personView(model: HandbookModel, person: PersonEntry): PersonView {
  const key = entryKey('people', person.id);
  const file = entryFile(person);
  // One line per page and field: three reviews attended on one agreement are one involvement.
  const seen = new Set<string>();
  const mentions = (model.mentions.get(person.id) ?? [])
    .map((mention) => ({ link: pageLink(mention.entry), field: mention.field, as: PERSON_FIELD_LABELS[mention.field] }))
    .filter((mention) => !seen.has(`${mention.link.href} ${mention.field}`) && Boolean(seen.add(`${mention.link.href} ${mention.field}`)));
  const team = party(model, person.data.team);
  const left = person.data.status === 'left';
  return {
    file,
    editUrl: forgeUrl(config.site.edit_url, file),
    historyUrl: forgeUrl(config.site.history_url, file),
    team,
    owns: mentions.filter((mention) => mention.field === 'owner').map((mention) => mention.link),
    reviews: mentions.filter((mention) => mention.field === 'reviewer').map((mention) => mention.link),
    other: mentions.filter((mention) => mention.field !== 'owner' && mention.field !== 'reviewer'),
    // A reviewer who has left must be replaced too, or the page is never reviewed by anyone.
    toReassign: left ? mentions.filter((mention) => RESPONSIBLE_FIELDS.has(mention.field) || mention.field === 'reviewer') : [],
    toDo: (model.mentions.get(person.id) ?? []).filter((mention) => mention.field === 'owner').reduce((sum, mention) => sum + (model.attention.get(entryKey(mention.entry.collection, mention.entry.id))?.length ?? 0), 0),
    backlinks: model.backlinks.get(key) ?? [],
    ...model.neighbours.get(key),
    navigation: sectionNavigation(model, person),
    history: fileHistoryView(model.history, file, (author) => contributor(model, author)),
    filters: { type: COLLECTION_LABELS.people.singular, team: [team.name], tag: [], speaks: (person.data.languages ?? []).map((language) => languageName(language.code)) },
    search: searchRecord(model, person),
    clock: personClock(hoursPerson(person), today),
    languages: (person.data.languages ?? []).map((language) => ({ code: language.code, label: `${languageName(language.code)} (${LANGUAGE_LEVEL_LABELS[language.level]})` })),
    teamHours: left ? undefined : sharedHoursView(model.people.filter((member) => member.data.team === person.data.team && member.data.status !== 'left').map(hoursPerson), today, 'team-hours'),
  };
}

function hoursPerson(person: PersonEntry) {
  return { id: person.id, name: person.data.name, href: entryUrl('people', person.id), data: person.data };
}
