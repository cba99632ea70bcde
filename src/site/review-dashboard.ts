/**
 * The review dashboard's figures, from the handbook model: review standings overall and by team, and
 * the lists that need someone to act, each made of the attention judgement's findings (the same the
 * checker and the weekly report give): overdue and due-soon pages, pages still naming people who
 * left, succession gaps, agreements at their notice date or past their end, late milestones and
 * deliverables, partnerships whose reviews, actions, KPI measurements, disputes or obligations need
 * someone, late handovers; and all of them by owner, what each must do next.
 */
import type { AttentionFinding } from '../lib/judging/attention.ts';
import { agreementStatus, type AgreementStatus } from '../lib/judging/agreement-status.ts';
import { PERSON_FIELD_LABELS } from '../lib/judging/person-references.ts';
import type { ReviewStanding, ReviewStandingStatus } from '../lib/judging/review-status.ts';
import type { SuccessionGap } from '../lib/judging/succession.ts';
import { RULE_LIST, RULES, type RuleInfo } from '../lib/rules.ts';
import { agreementStanding, type AgreementStanding } from './agreement-standing.ts';
import type { PageEntry } from './handbook.ts';
import type { HandbookModel } from './handbook-model.ts';
import { entryKey, pageLink, type PageLink } from './page-link.ts';
import { party, type Party } from './parties.ts';
import { config, today } from './settings.ts';

/** Review standings in the order the dashboard shows them. */
export const REVIEW_STATES: ReviewStanding[] = ['overdue', 'due-soon', 'fresh', 'future', 'not-reviewed'];

/** The succession gap each succession rule reports. */
const SUCCESSION_GAPS: readonly [RuleInfo, SuccessionGap][] = [
  [RULES.criticalRoleWithoutBackup, 'no-backup'],
  [RULES.criticalRoleWithoutSuccessor, 'no-successor'],
];

/** The rules whose findings the dashboard lists under partnership health. */
export const PARTNERSHIP_HEALTH_RULES: readonly RuleInfo[] = [RULES.agreementReviewOverdue, RULES.reviewActionOverdue, RULES.kpiNotMeasured, RULES.disputeOverstayed, RULES.obligationMissed];

/** A page with one finding of the attention judgement. */
export interface FindingOnPage {
  link: PageLink;
  owner: Party;
  finding: AttentionFinding;
}

/** The dashboard's figures. */
export interface ReviewDashboard {
  total: number;
  byState: Record<ReviewStanding, number>;
  byTeam: { team: Party; counts: Record<ReviewStanding, number> }[];
  overdue: (FindingOnPage & { status: ReviewStandingStatus })[];
  dueSoon: (FindingOnPage & { status: ReviewStandingStatus })[];
  departed: (FindingOnPage & { person: Party; as: string })[];
  gaps: { link: PageLink; holder: Party; gaps: SuccessionGap[] }[];
  renewals: (FindingOnPage & { partner: string; status: AgreementStatus; standing: AgreementStanding })[];
  lateItems: FindingOnPage[];
  /** Partnership reviews, review actions and KPI measurements past due, disputes that overstayed, missed obligations. */
  partnershipHealth: FindingOnPage[];
  lateHandovers: (FindingOnPage & { due: string; to: Party })[];
  /** What each owner must do next: every finding on the pages they own, soonest first; the owner with the soonest first. */
  byOwner: { owner: Party; items: FindingOnPage[] }[];
}

/** Works out the dashboard from `model`. */
export function reviewDashboard(model: HandbookModel): ReviewDashboard {
  const zero = (): Record<ReviewStanding, number> => ({ overdue: 0, 'due-soon': 0, fresh: 0, future: 0, 'not-reviewed': 0 });
  const byState = zero();
  const byTeam = new Map<string, Record<ReviewStanding, number>>();
  const status = (entry: PageEntry) => model.review.get(entryKey(entry.collection, entry.id))!;
  for (const entry of model.pages) {
    const state = status(entry).state;
    byState[state] += 1;
    for (const team of entry.data.teams.length > 0 ? entry.data.teams : ['']) {
      const counts = byTeam.get(team) ?? zero();
      counts[state] += 1;
      byTeam.set(team, counts);
    }
  }
  const findings = (...rules: RuleInfo[]): (FindingOnPage & { entry: PageEntry })[] =>
    model.pages.flatMap((entry) =>
      (model.attention.get(entryKey(entry.collection, entry.id)) ?? [])
        .filter((finding) => rules.includes(finding.rule))
        .map((finding) => ({ entry, link: pageLink(entry), owner: party(model, entry.data.owner), finding })),
    );
  const byDue = (a: { finding: AttentionFinding }, b: { finding: AttentionFinding }) => (a.finding.due ?? '').localeCompare(b.finding.due ?? '');
  const withoutEntry = <T extends { entry: PageEntry }>({ entry: _entry, ...rest }: T): Omit<T, 'entry'> => rest;
  return {
    total: model.pages.length,
    byState,
    byTeam: [...byTeam]
      .map(([team, counts]) => ({ team: team === '' ? { id: '', name: 'No team', kind: 'unknown' as const } : party(model, team), counts }))
      .sort((a, b) => a.team.name.localeCompare(b.team.name)),
    overdue: findings(RULES.reviewOverdue).sort(byDue).map((item) => ({ ...withoutEntry(item), status: status(item.entry) })),
    dueSoon: findings(RULES.reviewDueSoon).sort(byDue).map((item) => ({ ...withoutEntry(item), status: status(item.entry) })),
    departed: findings(RULES.departedOwner, RULES.departedReviewer).map((item) => ({ ...withoutEntry(item), person: party(model, item.finding.person!.id), as: PERSON_FIELD_LABELS[item.finding.person!.field] })),
    gaps: model.roles.flatMap((role) => {
      const found = model.attention.get(entryKey(role.collection, role.id)) ?? [];
      const gaps = SUCCESSION_GAPS.filter(([rule]) => found.some((finding) => finding.rule === rule)).map(([, gap]) => gap);
      return gaps.length === 0 ? [] : [{ link: pageLink(role), holder: party(model, role.data.holder), gaps }];
    }),
    renewals: findings(RULES.agreementRenewalDue, RULES.agreementExpired)
      .sort(byDue)
      .map((item) => {
        const data = item.entry.data as Extract<PageEntry, { collection: 'partners' }>['data'];
        return { ...withoutEntry(item), partner: data.partner, status: agreementStatus(data, today, config.check.renewal_window), standing: agreementStanding(data.status, [item.finding]) };
      }),
    lateItems: findings(RULES.milestoneOverdue).sort(byDue).map(withoutEntry),
    partnershipHealth: findings(...PARTNERSHIP_HEALTH_RULES).sort(byDue).map(withoutEntry),
    lateHandovers: findings(RULES.handoverOverdue).map((item) => {
      const data = item.entry.data as Extract<PageEntry, { collection: 'handovers' }>['data'];
      return { ...withoutEntry(item), due: data.due, to: party(model, data.to) };
    }),
    byOwner: byOwner(findings(...RULE_LIST).map(withoutEntry)),
  };
}

/** Findings grouped by the page's owner, as the weekly report groups them; a finding with no date is due now. */
function byOwner(items: FindingOnPage[]): ReviewDashboard['byOwner'] {
  const when = (item: FindingOnPage) => item.finding.due ?? today;
  const soonestFirst = (a: FindingOnPage, b: FindingOnPage) => when(a).localeCompare(when(b)) || a.link.title.localeCompare(b.link.title);
  const owners = new Map<string, { owner: Party; items: FindingOnPage[] }>();
  for (const item of items) {
    const group = owners.get(item.owner.id) ?? { owner: item.owner, items: [] };
    group.items.push(item);
    owners.set(item.owner.id, group);
  }
  return [...owners.values()]
    .map((group) => ({ ...group, items: group.items.sort(soonestFirst) }))
    .sort((a, b) => soonestFirst(a.items[0]!, b.items[0]!) || a.owner.name.localeCompare(b.owner.name));
}
