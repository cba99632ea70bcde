/**
 * The review dashboard's figures, from the handbook model: review states overall and by team, the
 * overdue pages, pages still depending on people who left, succession gaps, agreements coming up
 * for renewal and handovers running late.
 */
import { agreementStatus, type AgreementStatus } from '../lib/judging/agreement-status.ts';
import { isHandoverOverdue } from '../lib/judging/handover-progress.ts';
import { PERSON_FIELD_LABELS, RESPONSIBLE_FIELDS } from '../lib/judging/person-references.ts';
import type { ReviewState, ReviewStatus } from '../lib/judging/review-status.ts';
import { successionGaps, type SuccessionGap } from '../lib/judging/succession.ts';
import type { PageEntry } from './handbook.ts';
import type { HandbookModel } from './handbook-model.ts';
import { entryKey, pageLink, type PageLink } from './page-link.ts';
import { party, type Party } from './parties.ts';
import { config, today } from './settings.ts';

/** Review states in the order the dashboard shows them. */
export const REVIEW_STATES: ReviewState[] = ['overdue', 'due-soon', 'fresh', 'future'];

/** The dashboard's figures. */
export interface ReviewDashboard {
  total: number;
  byState: Record<ReviewState, number>;
  byTeam: { team: Party; counts: Record<ReviewState, number> }[];
  overdue: { link: PageLink; owner: Party; status: ReviewStatus }[];
  departed: { link: PageLink; person: Party; as: string }[];
  gaps: { link: PageLink; holder: Party; gaps: SuccessionGap[] }[];
  renewals: { link: PageLink; partner: string; status: AgreementStatus }[];
  lateHandovers: { link: PageLink; due: string; to: Party }[];
}

/** Works out the dashboard from `model`. */
export function reviewDashboard(model: HandbookModel): ReviewDashboard {
  const zero = (): Record<ReviewState, number> => ({ overdue: 0, 'due-soon': 0, fresh: 0, future: 0 });
  const byState = zero();
  const byTeam = new Map<string, Record<ReviewState, number>>();
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
  const departedPeople = model.people.filter((person) => person.data.status === 'left');
  return {
    total: model.pages.length,
    byState,
    byTeam: [...byTeam]
      .map(([team, counts]) => ({ team: team === '' ? { id: '', name: 'No team', kind: 'unknown' as const } : party(model, team), counts }))
      .sort((a, b) => a.team.name.localeCompare(b.team.name)),
    overdue: model.pages
      .filter((entry) => status(entry).state === 'overdue')
      .map((entry) => ({ link: pageLink(entry), owner: party(model, entry.data.owner), status: status(entry) }))
      .sort((a, b) => a.status.nextReview.localeCompare(b.status.nextReview)),
    departed: departedPeople.flatMap((person) =>
      (model.mentions.get(person.id) ?? [])
        .filter((mention) => RESPONSIBLE_FIELDS.has(mention.field) || mention.field === 'reviewer')
        .map((mention) => ({ link: pageLink(mention.entry), person: party(model, person.id), as: PERSON_FIELD_LABELS[mention.field] })),
    ),
    gaps: model.roles
      .map((role) => ({ role, gaps: successionGaps(role.data, role.id, model.handoversByRole.get(role.id) ?? []) }))
      .filter(({ gaps }) => gaps.length > 0)
      .map(({ role, gaps }) => ({ link: pageLink(role), holder: party(model, role.data.holder), gaps })),
    renewals: model.partners
      .map((partner) => ({ partner, status: agreementStatus(partner.data, today, config.check.renewal_window) }))
      .filter(({ status: agreement }) => agreement.state !== 'running')
      .sort((a, b) => a.status.noticeBy.localeCompare(b.status.noticeBy))
      .map(({ partner, status: agreement }) => ({ link: pageLink(partner), partner: partner.data.partner, status: agreement })),
    lateHandovers: model.handovers
      .filter((handover) => isHandoverOverdue(handover.data, today))
      .map((handover) => ({ link: pageLink(handover), due: handover.data.due, to: party(model, handover.data.to) })),
  };
}
