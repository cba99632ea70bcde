/**
 * Every dated commitment a page makes, for calendars: the page's next review; an agreement's renewal
 * notice date and end, open deliverables and milestones, partnership reviews due or booked, open
 * review actions, every due date of an obligation not yet met, and the day an open dispute must move
 * up its escalation path; a handover's due date. Each says who answers for it, so a person's or a
 * team's calendar is a filter of the same list. Only active pages commit to anything.
 */
import { addInterval, daysBetween, type IsoDate } from '../calendar.ts';
import type { Handover, Partner } from '../../schemas/index.ts';
import type { AttentionPage } from './attention.ts';
import { disputePositions, obligationStandings, openActions, owedByName, reviewSchedule } from './partnership-health.ts';

/** What kind of date a commitment is. */
export type CommitmentKind = 'page-review' | 'renewal-notice' | 'agreement-end' | 'deliverable' | 'milestone' | 'partnership-review' | 'review-action' | 'obligation' | 'dispute' | 'handover';

/** One dated commitment of one page. */
export interface Commitment {
  date: IsoDate;
  kind: CommitmentKind;
  /** What is due, in a few words, without the page's title: `Milestone: Volume production start`. */
  what: string;
  /** A sentence or two more, when there is more to say. */
  detail?: string;
  /** Unique within the page and stable from build to build: `milestones/2`, `obligations/0/2026-12-31`. */
  key: string;
  /** Who answers for it: people (and an owning team) by id. */
  people: string[];
  /** Whether its day has passed with it still open. */
  late: boolean;
}

/** Every commitment of `page` as of `today`, in date order. */
export function pageCommitments(page: Pick<AttentionPage, 'collection' | 'data'>, today: IsoDate): Commitment[] {
  const data = page.data as { status: string; owner: string; reviewers: string[]; last_reviewed: IsoDate; review_every: string; title: string };
  if (data.status !== 'active') return [];
  const late = (date: IsoDate) => daysBetween(date, today) > 0;
  const nextReview = addInterval(data.last_reviewed, data.review_every);
  const commitments: Commitment[] = [{ date: nextReview, kind: 'page-review', what: 'Page review due', detail: 'Review the page, then record the review with npm run review.', key: 'review', people: unique([data.owner, ...data.reviewers]), late: late(nextReview) }];
  if (page.collection === 'partners') commitments.push(...agreementCommitments(page.data as Partner, today, late));
  if (page.collection === 'handovers') {
    const handover = page.data as Handover;
    if (handover.state !== 'complete') commitments.push({ date: handover.due, kind: 'handover', what: 'Handover due', detail: `Everything handed over from ${handover.from} to ${handover.to}.`, key: 'due', people: unique([data.owner, handover.from, handover.to, ...(handover.mentor ? [handover.mentor] : [])]), late: late(handover.due) });
  }
  return commitments.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}

function agreementCommitments(agreement: Partner, today: IsoDate, late: (date: IsoDate) => boolean): Commitment[] {
  const owner = [agreement.owner];
  const noticeBy = addInterval(agreement.end, agreement.renewal_notice, -1);
  const commitments: Commitment[] = [
    { date: noticeBy, kind: 'renewal-notice', what: 'Last day to give notice of renewal or exit', detail: `The agreement with ${agreement.partner} ends on ${agreement.end}.`, key: 'renewal-notice', people: owner, late: false },
    { date: agreement.end, kind: 'agreement-end', what: 'Agreement ends unless renewed', key: 'end', people: owner, late: false },
  ];
  for (const list of ['deliverables', 'milestones'] as const) {
    agreement[list].forEach((item, index) => {
      if (item.done) return;
      commitments.push({ date: item.due, kind: list === 'deliverables' ? 'deliverable' : 'milestone', what: `${list === 'deliverables' ? 'Deliverable' : 'Milestone'}: ${item.name}`, key: `${list}/${index}`, people: owner, late: late(item.due) });
    });
  }
  const schedule = reviewSchedule(agreement, today);
  if (schedule) commitments.push({ date: schedule.due, kind: 'partnership-review', what: 'Partnership review due', detail: `Reviewed ${agreement.review_cadence}; record the review with its decisions and actions.`, key: 'review-due', people: owner, late: late(schedule.due) });
  agreement.reviews.forEach((review, index) => {
    // A review dated after today is booked; one held is a record, not a commitment.
    if (daysBetween(today, review.on) > 0) {
      commitments.push({ date: review.on, kind: 'partnership-review', what: review.meeting, key: `reviews/${index}`, people: unique([agreement.owner, ...review.attendees]), late: false });
    }
  });
  for (const item of openActions(agreement, today)) {
    commitments.push({ date: item.action.due, kind: 'review-action', what: `Action: ${item.action.action}`, detail: `Agreed at the ${item.review.meeting.toLowerCase()} on ${item.review.on}.`, key: `reviews/${item.review.index}/actions/${item.index}`, people: [item.action.owner], late: late(item.action.due) });
  }
  for (const standing of obligationStandings(agreement, today)) {
    const { obligation } = standing;
    const owedBy = owedByName(obligation, agreement);
    for (const date of standing.open) {
      commitments.push({ date, kind: 'obligation', what: `Obligation: ${obligation.name}`, detail: `Owed by ${owedBy}.${obligation.note ? ` ${obligation.note}` : ''}`, key: `obligations/${standing.index}/${date}`, people: [obligation.owner], late: late(date) });
    }
  }
  for (const position of disputePositions(agreement, today)) {
    if (!position.moveBy) continue;
    commitments.push({
      date: position.moveBy,
      kind: 'dispute',
      what: `Dispute to be settled or taken up from level ${position.level}`,
      detail: `${position.dispute.summary}. At ${position.step.level} since ${position.since}.`,
      key: `disputes/${position.index}`,
      people: unique([agreement.owner, ...(position.step.person ? [position.step.person] : [])]),
      late: late(position.moveBy),
    });
  }
  return commitments;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
