/**
 * How a partnership is kept on a given day, from its agreement page: when the next review and each
 * KPI's next measurement are due under the review cadence, which review actions are open, where each
 * open dispute sits on the escalation path against its level's time limit, and which obligations fall
 * due or were missed. Pure facts; `attention.ts` decides what needs someone's attention from them,
 * and the site and the calendar show them.
 */
import { addInterval, daysBetween, type IsoDate } from '../calendar.ts';
import type { Partner } from '../../schemas/index.ts';
import { nextAfter, occurrencesThrough } from './cadence.ts';
import { measurementsUpTo } from './kpi-status.ts';

type Review = Partner['reviews'][number];
type Dispute = Partner['disputes'][number];
type Obligation = Partner['obligations'][number];
type EscalationStep = Partner['escalation'][number];

/** When the partnership is next to be reviewed. */
export interface ReviewSchedule {
  cadence: string;
  /** The latest review held on or before today, and its index in `reviews`. */
  last?: { on: IsoDate; index: number };
  /** The next review is due by this day: one cadence after the last, or after `start` when none was held. */
  due: IsoDate;
  /** Days from today to `due`: negative once it has passed. */
  daysLeft: number;
  /** The earliest review booked after today, when one is. */
  booked?: IsoDate;
}

/** The review schedule of an agreement on `today`, or undefined when it has no `review_cadence`. */
export function reviewSchedule(agreement: Pick<Partner, 'start' | 'review_cadence' | 'reviews'>, today: IsoDate): ReviewSchedule | undefined {
  const cadence = agreement.review_cadence;
  if (!cadence) return undefined;
  let last: ReviewSchedule['last'];
  let booked: IsoDate | undefined;
  agreement.reviews.forEach((review, index) => {
    if (daysBetween(review.on, today) >= 0) {
      if (!last || review.on > last.on) last = { on: review.on, index };
    } else if (!booked || review.on < booked) booked = review.on;
  });
  const due = nextAfter(last?.on ?? agreement.start, cadence);
  return { cadence, ...(last && { last }), due, daysLeft: daysBetween(today, due), ...(booked && { booked }) };
}

/** When a KPI is next to be measured. */
export interface MeasurementDue {
  /** The KPI's index in `kpis`. */
  index: number;
  name: string;
  /** The latest measurement on or before today, and its index in the KPI's `measurements`. */
  last?: { on: IsoDate; index: number };
  /** One cadence after the last measurement, or after `start` when there is none. */
  due: IsoDate;
  daysLeft: number;
}

/** For each KPI, when it is next to be measured under the review cadence; empty without a cadence. */
export function measurementsDue(agreement: Pick<Partner, 'start' | 'review_cadence' | 'kpis'>, today: IsoDate): MeasurementDue[] {
  const cadence = agreement.review_cadence;
  if (!cadence) return [];
  return agreement.kpis.map((kpi, index) => {
    const latest = measurementsUpTo(kpi, today).at(-1);
    const last = latest && { on: latest.on, index: kpi.measurements.indexOf(latest) };
    const due = nextAfter(latest?.on ?? agreement.start, cadence);
    return { index, name: kpi.name, ...(last && { last }), due, daysLeft: daysBetween(today, due) };
  });
}

/** A review action not yet done. */
export interface OpenAction {
  review: { index: number; on: IsoDate; meeting: string };
  /** The action's index in its review's `actions`. */
  index: number;
  action: Review['actions'][number];
  daysLeft: number;
}

/** Every action of every review that is not done, soonest due first. */
export function openActions(agreement: Pick<Partner, 'reviews'>, today: IsoDate): OpenAction[] {
  return agreement.reviews
    .flatMap((review, reviewIndex) =>
      review.actions.map((action, index) => ({ review: { index: reviewIndex, on: review.on, meeting: review.meeting }, index, action, daysLeft: daysBetween(today, action.due) })).filter((item) => !item.action.done),
    )
    .sort((a, b) => a.action.due.localeCompare(b.action.due));
}

/** Where an open dispute sits on the escalation path. */
export interface DisputePosition {
  /** The dispute's index in `disputes`. */
  index: number;
  dispute: Dispute;
  /** The escalation step it sits at, and that step's place counting from 1. */
  level: number;
  step: EscalationStep;
  /** The next step up, when there is one. */
  nextStep?: EscalationStep;
  /** The day it reached its level. */
  since: IsoDate;
  daysAtLevel: number;
  /** The last day it may stay at its level (`since` plus the step's `within`), when the step has a limit. */
  moveBy?: IsoDate;
  /** Days from today to `moveBy`: negative once it has passed. */
  daysLeft?: number;
}

/** Every open dispute with where it sits on the escalation path, in the order written. */
export function disputePositions(agreement: Pick<Partner, 'disputes' | 'escalation'>, today: IsoDate): DisputePosition[] {
  return agreement.disputes.flatMap((dispute, index) => {
    const step = agreement.escalation[dispute.level - 1];
    if (dispute.state !== 'open' || !step) return [];
    const since = dispute.level_since ?? dispute.opened;
    const moveBy = step.within ? addInterval(since, step.within) : undefined;
    const nextStep = agreement.escalation[dispute.level];
    return [{ index, dispute, level: dispute.level, step, ...(nextStep && { nextStep }), since, daysAtLevel: daysBetween(since, today), ...(moveBy && { moveBy, daysLeft: daysBetween(today, moveBy) }) }];
  });
}

/** Where an obligation stands: the times it was due and not met, and the next time it falls due. */
export interface ObligationStanding {
  /** The obligation's index in `obligations`. */
  index: number;
  obligation: Obligation;
  /** Due dates before today that are not met, oldest first. */
  missed: IsoDate[];
  /** The next due date from today on that is not yet met, when there is one. */
  next?: IsoDate;
  /** Every due date not yet met, missed or to come, through the last. */
  open: IsoDate[];
}

/** Every due date of `obligation`: `due`, then every `every` through `until` (the agreement's `end` by default). */
export function obligationDates(obligation: Obligation, agreementEnd: IsoDate): IsoDate[] {
  if (!obligation.every) return [obligation.due];
  return occurrencesThrough(obligation.due, obligation.every, obligation.until ?? agreementEnd);
}

/** Where each obligation of the agreement stands on `today`. */
export function obligationStandings(agreement: Pick<Partner, 'obligations' | 'end'>, today: IsoDate): ObligationStanding[] {
  return agreement.obligations.map((obligation, index) => {
    const open = obligationDates(obligation, agreement.end).filter((date) => obligation.done_through === undefined || date > obligation.done_through);
    const missed = open.filter((date) => daysBetween(date, today) > 0);
    const next = open.find((date) => daysBetween(date, today) <= 0);
    return { index, obligation, missed, ...(next && { next }), open };
  });
}

/** Who owes an obligation, in words for a sentence: `us`, the partner's name, `the joint venture`. */
export function owedByName(obligation: Pick<Obligation, 'owed_by'>, agreement: Pick<Partner, 'partner'>): string {
  return { us: 'us', partner: agreement.partner, 'joint-venture': 'the joint venture' }[obligation.owed_by];
}
