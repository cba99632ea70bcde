/**
 * Everything pages need to know about the handbook as a whole (who links to whom, who is named
 * where, where each page stands on review, each page's neighbours), computed once per build. A page
 * looks its facts up here, so the cost of a page does not grow with the size of the handbook.
 */
import { personReferences, type PersonField } from '../lib/judging/person-references.ts';
import { pageAttention, responsibilitiesByPerson, type AttentionFinding, type AttentionWorld } from '../lib/judging/attention.ts';
import { reviewStanding, type ReviewStandingStatus } from '../lib/judging/review-status.ts';
import { committerDirectory, type CommitterDirectory } from './contributors.ts';
import type { ContentHistory } from './git-history.ts';
import { loadHandbook, type Handbook, type PageEntry } from './handbook.ts';
import { entryFile } from './entry-file.ts';
import { contentHistory } from './history.ts';
import { backlinks } from './link-graph.ts';
import { entryKey, pageLink, type PageLink } from './page-link.ts';
import { config, today } from './settings.ts';

/** One place a page names a person or team. */
export interface Mention {
  entry: PageEntry;
  field: PersonField;
}

/** The handbook plus what is derived from all of it. */
export interface HandbookModel extends Handbook {
  /** Pages linking to each entry, by entry key. */
  backlinks: Map<string, PageLink[]>;
  /** Every mention of each person or team id in page frontmatter. */
  mentions: Map<string, Mention[]>;
  /** Each page's review standing today, by entry key. */
  review: Map<string, ReviewStandingStatus>;
  /** What needs attention on each page today, by entry key: the judgement the checker and the report share. */
  attention: Map<string, AttentionFinding[]>;
  /** The previous and next page in each page's section, by entry key. */
  neighbours: Map<string, { previous?: PageLink; next?: PageLink }>;
  /** Pages by tag, tags sorted. */
  tags: Map<string, PageEntry[]>;
  /** Pages that concern each team (`teams:`), by team id. */
  teamPages: Map<string, PageEntry[]>;
  /** Playbooks that list each role in `related_roles`, by role id. */
  playbooksByRole: Map<string, PageEntry[]>;
  /** Handovers of each role, by role id. */
  handoversByRole: Map<string, Handbook['handovers']>;
  history: ContentHistory;
  /** Who commits as what: person ids by the git identities in `commits_as`. */
  committers: CommitterDirectory;
}

let loading: Promise<HandbookModel> | undefined;

/** The model; the first call builds it and later calls share it. */
export function loadHandbookModel(): Promise<HandbookModel> {
  loading ??= build();
  return loading;
}

async function build(): Promise<HandbookModel> {
  const handbook = await loadHandbook();
  const mentions = new Map<string, Mention[]>();
  const review = new Map<string, ReviewStandingStatus>();
  const tags = new Map<string, PageEntry[]>();
  const teamPages = new Map<string, PageEntry[]>();
  const playbooksByRole = new Map<string, PageEntry[]>();
  const handoversByRole = new Map<string, Handbook['handovers']>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const world: AttentionWorld = {
    today,
    dueSoon: config.check.due_soon,
    renewalWindow: config.check.renewal_window,
    people: new Map(handbook.people.map((person) => [person.id, person.data])),
    handovers: handbook.handovers,
    responsibilities: responsibilitiesByPerson(handbook.pages),
  };
  const attention = new Map<string, AttentionFinding[]>();
  for (const entry of handbook.pages) {
    const key = entryKey(entry.collection, entry.id);
    review.set(key, reviewStanding(entry.data, today, config.check.due_soon));
    attention.set(key, pageAttention({ collection: entry.collection, id: entry.id, path: entryFile(entry), data: entry.data }, world));
    for (const reference of personReferences(entry.collection, entry.data)) push(mentions, reference.id, { entry, field: reference.field });
    for (const tag of entry.data.tags) push(tags, tag, entry);
    for (const team of entry.data.teams) push(teamPages, team, entry);
  }
  for (const playbook of handbook.playbooks) for (const role of playbook.data.related_roles) push(playbooksByRole, role, playbook);
  for (const handover of handbook.handovers) push(handoversByRole, handover.data.role, handover);
  const neighbours = new Map<string, { previous?: PageLink; next?: PageLink }>();
  for (const section of [handbook.playbooks, handbook.roles, handbook.handovers, handbook.partners, handbook.people]) {
    section.forEach((entry, index) => {
      const previous = section[index - 1];
      const next = section[index + 1];
      neighbours.set(entryKey(entry.collection, entry.id), { ...(previous && { previous: pageLink(previous) }), ...(next && { next: pageLink(next) }) });
    });
  }
  return {
    ...handbook,
    backlinks: backlinks([...handbook.pages, ...handbook.people]),
    mentions,
    review,
    attention,
    neighbours,
    tags: new Map([...tags].sort(([a], [b]) => a.localeCompare(b))),
    teamPages,
    playbooksByRole,
    handoversByRole,
    history: contentHistory(),
    committers: committerDirectory(handbook),
  };
}
