/**
 * Everything an entry's page shows besides its own frontmatter and body, worked out from the
 * handbook model: names of the people it mentions, backlinks, neighbours, review state, history,
 * search filters and what its type adds. Plain data, worked out once per page in `getStaticPaths`.
 */
import type { AttentionFinding } from '../lib/judging/attention.ts';
import { agreementStatus, type AgreementStatus } from '../lib/judging/agreement-status.ts';
import { handoverProgress } from '../lib/judging/handover-progress.ts';
import { personReferences } from '../lib/judging/person-references.ts';
import { REVIEW_STATE_LABELS, type ReviewStandingStatus } from '../lib/judging/review-status.ts';
import type { SuccessionGap } from '../lib/judging/succession.ts';
import { RULES } from '../lib/rules.ts';
import { agreementHealth, type AgreementHealth } from './agreement-health.ts';
import { agreementStanding, type AgreementStanding } from './agreement-standing.ts';
import { COLLECTION_LABELS } from '../lib/collections.ts';
import { contributor } from './contributors.ts';
import { entryFile } from './entry-file.ts';
import { fileHistoryView, type FileHistoryView } from './file-history.ts';
import type { PageEntry } from './handbook.ts';
import type { HandbookModel } from './handbook-model.ts';
import { entryKey, pageLink, type PageLink } from './page-link.ts';
import { party, type Party } from './parties.ts';
import { searchRecord, type SearchRecord } from './search-facts.ts';
import { entryUrl } from './urls.ts';
import { sharedHoursView, type SharedHoursView } from './shared-hours-view.ts';
import { sectionNavigation, type SectionNavigation } from './section-navigation.ts';
import { reviewFilterValue, type SearchFilters } from './search-filters.ts';
import { config, today } from './settings.ts';
import { forgeUrl } from '../lib/printing/forge-url.ts';

/** What a type of page adds to the common facts. */
export type TypeDetails =
  | { collection: 'playbooks'; roles: RoleReference[] }
  | { collection: 'roles'; playbooks: PageLink[]; handovers: HandoverSummary[]; gaps: SuccessionGap[] }
  | { collection: 'handovers'; role: RoleReference; done: number; total: number; overdue: boolean; hours: SharedHoursView | undefined }
  | { collection: 'partners'; agreement: AgreementStatus; standing: AgreementStanding; late: ReadonlySet<string>; health: AgreementHealth }
  | { collection: 'glossary' };

/** A role named by id, linked when its page is published. */
export interface RoleReference {
  id: string;
  link?: PageLink;
}

/** A handover as a role page lists it. */
export interface HandoverSummary {
  link: PageLink;
  state: string;
  due: string;
}

/** The facts around one entry page. */
export interface EntryView {
  /** The file, relative to the handbook root: what "Edit this page" opens. */
  file: string;
  editUrl: string;
  historyUrl: string;
  type: string;
  review: Pick<ReviewStandingStatus, 'state' | 'nextReview'> & { label: string };
  /** What needs attention on the page today, as the checker and the weekly report say it. */
  attention: AttentionFinding[];
  /** Every person or team the frontmatter names, by id. */
  parties: Record<string, Party>;
  teams: Party[];
  backlinks: PageLink[];
  previous?: PageLink;
  next?: PageLink;
  /** The section's pages in groups, as the navigation beside the page shows them. */
  navigation: SectionNavigation;
  history: FileHistoryView;
  filters: SearchFilters;
  /** The frontmatter's facts and metadata as search indexes them. */
  search: SearchRecord;
  details: TypeDetails;
}

/** The view of `entry` in `model`. */
export function entryView(model: HandbookModel, entry: PageEntry): EntryView {
  const key = entryKey(entry.collection, entry.id);
  const file = entryFile(entry);
  const status = model.review.get(key)!;
  const parties: Record<string, Party> = {};
  for (const reference of personReferences(entry.collection, entry.data)) parties[reference.id] ??= party(model, reference.id);
  const teams = entry.data.teams.map((id) => party(model, id));
  const type = COLLECTION_LABELS[entry.collection].singular;
  return {
    file,
    editUrl: forgeUrl(config.site.edit_url, file),
    historyUrl: forgeUrl(config.site.history_url, file),
    type,
    review: { state: status.state, nextReview: status.nextReview, label: REVIEW_STATE_LABELS[status.state] },
    attention: model.attention.get(key) ?? [],
    parties,
    teams,
    backlinks: model.backlinks.get(key) ?? [],
    ...model.neighbours.get(key),
    navigation: sectionNavigation(model, entry),
    history: fileHistoryView(model.history, file, (author) => contributor(model, author)),
    filters: {
      type,
      owner: parties[entry.data.owner]!.name,
      team: teams.map((team) => team.name),
      tag: entry.data.tags,
      review: reviewFilterValue(status.state),
    },
    search: searchRecord(model, entry),
    details: typeDetails(model, entry, model.attention.get(key) ?? []),
  };
}

/** The hours the departing person, their successor and the mentor share, while the handover is still to do: when transfer sessions can happen. */
function handoverHours(model: HandbookModel, handover: Extract<PageEntry, { collection: 'handovers' }>['data']): SharedHoursView | undefined {
  if (handover.state === 'complete') return undefined;
  const people = [handover.from, handover.to, ...(handover.mentor ? [handover.mentor] : [])].flatMap((id) => {
    const person = model.peopleById.get(id);
    return person ? [{ id, name: person.data.name, href: entryUrl('people', id), data: person.data }] : [];
  });
  return people.length > 1 ? sharedHoursView(people, today, 'handover-hours') : undefined;
}

function typeDetails(model: HandbookModel, entry: PageEntry, attention: readonly AttentionFinding[]): TypeDetails {
  const found = (rule: (typeof RULES)[keyof typeof RULES]) => attention.filter((finding) => finding.rule === rule);
  const role = (id: string): RoleReference => {
    const found = model.rolesById.get(id);
    return found ? { id, link: pageLink(found) } : { id };
  };
  switch (entry.collection) {
    case 'playbooks':
      return { collection: 'playbooks', roles: entry.data.related_roles.map(role) };
    case 'roles': {
      const handovers = model.handoversByRole.get(entry.id) ?? [];
      return {
        collection: 'roles',
        playbooks: (model.playbooksByRole.get(entry.id) ?? []).map(pageLink),
        handovers: handovers.map((handover) => ({ link: pageLink(handover), state: handover.data.state, due: handover.data.due })),
        gaps: [...(found(RULES.criticalRoleWithoutBackup).length > 0 ? ['no-backup' as const] : []), ...(found(RULES.criticalRoleWithoutSuccessor).length > 0 ? ['no-successor' as const] : [])] satisfies SuccessionGap[],
      };
    }
    case 'handovers': {
      const progress = handoverProgress(entry.data);
      return { collection: 'handovers', role: role(entry.data.role), done: progress.done, total: progress.total, overdue: found(RULES.handoverOverdue).length > 0, hours: handoverHours(model, entry.data) };
    }
    case 'partners':
      return {
        collection: 'partners',
        agreement: agreementStatus(entry.data, today, config.check.renewal_window),
        standing: agreementStanding(entry.data.status, attention),
        // `list/index` of each late deliverable or milestone, from the findings' frontmatter paths.
        late: new Set(found(RULES.milestoneOverdue).map((finding) => `${finding.field[0]}/${finding.field[1]}`)),
        health: agreementHealth(entry.data, attention, today, entry.id),
      };
    case 'glossary':
      return { collection: 'glossary' };
  }
}

