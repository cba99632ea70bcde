/**
 * How a partnership is doing, for readers: each KPI's status, latest reading and trend chart; the
 * review schedule; reviews with their actions; open disputes on the escalation path; obligations and
 * their next due dates; and the next milestone. What is late, stale or overstayed is marked from the
 * attention judgement's findings, so the page, the portfolio and the dashboard say what the checker
 * and the weekly report say.
 */
import { formatDate, type IsoDate } from '../lib/calendar.ts';
import type { AttentionFinding } from '../lib/judging/attention.ts';
import { describeCadence } from '../lib/judging/cadence.ts';
import { formatTarget, formatValue, KPI_STATE_LABELS, kpiStatus, measurementState, measurementsUpTo, type KpiState, type KpiStatus, type Measurement } from '../lib/judging/kpi-status.ts';
import { disputePositions, obligationStandings, reviewSchedule, type DisputePosition, type ObligationStanding, type ReviewSchedule } from '../lib/judging/partnership-health.ts';
import { RULES, type RuleInfo } from '../lib/rules.ts';
import type { Partner } from '../schemas/index.ts';
import { renderTrendChart } from './svg-trend-chart.ts';

/** KPI statuses in the order the site lists them. */
export const KPI_STATES: KpiState[] = ['on-track', 'at-risk', 'off-track', 'not-measured'];

/** One KPI as the page shows it. */
export interface KpiView {
  name: string;
  /** The target as written, or in signs when it is a number: `≥ 92 %`. */
  target: string;
  status: KpiStatus;
  label: string;
  /** The latest reading in words: `91.4 % on 31 Oct 2026`. */
  latest?: string;
  /** Whether it is overdue for measuring (`kpi-not-measured`). */
  stale: boolean;
  /** Every reading up to today, oldest first, with its status. */
  readings: (Measurement & { state?: Exclude<KpiState, 'not-measured'>; shown: string })[];
  /** The trend chart, when the target is a number and there are readings to draw. */
  chart?: string;
}

/** The health of one agreement on one day. */
export interface AgreementHealth {
  kpis: KpiView[];
  kpiCounts: Record<KpiState, number>;
  schedule?: ReviewSchedule;
  reviewOverdue: boolean;
  /** Reviews held and booked, latest first, each action marked when it is late. */
  reviews: (Partner['reviews'][number] & { index: number; booked: boolean; lateActions: ReadonlySet<number> })[];
  disputes: (DisputePosition & { overstayed: boolean })[];
  resolvedDisputes: Partner['disputes'];
  obligations: (ObligationStanding & { missedNow: boolean })[];
  /** The soonest deliverable or milestone not done, late or not. */
  nextMilestone?: { name: string; due: IsoDate; late: boolean };
}

/** The health of `agreement` on `today`, given the attention findings on its page. */
export function agreementHealth(agreement: Partner, findings: readonly AttentionFinding[], today: IsoDate, idPrefix: string): AgreementHealth {
  const flagged = (rule: RuleInfo, depth: number) => new Set(findings.filter((finding) => finding.rule === rule).map((finding) => finding.field.slice(0, depth).join('/')));
  const staleKpis = flagged(RULES.kpiNotMeasured, 2);
  const lateActions = flagged(RULES.reviewActionOverdue, 4);
  const overstayed = flagged(RULES.disputeOverstayed, 2);
  const missed = flagged(RULES.obligationMissed, 2);
  const kpis = agreement.kpis.map((kpi, index): KpiView => {
    const status = kpiStatus(kpi, today);
    const unit = status.target?.unit ?? '';
    const readings = measurementsUpTo(kpi, today).map((reading) => {
      const state = measurementState(kpi, reading);
      return { ...reading, ...(state && { state }), shown: reading.value !== undefined ? formatValue(reading.value, unit) : KPI_STATE_LABELS[state ?? 'not-measured'] };
    });
    const latest = readings.at(-1);
    const numeric = status.target ? readings.filter((reading) => reading.value !== undefined) : [];
    const chart =
      status.target && numeric.length > 0
        ? renderTrendChart({
            id: `${idPrefix}-kpi-${index + 1}`,
            title: `${kpi.name}: readings over time`,
            description: `${numeric.length === 1 ? 'One reading' : `${numeric.length} readings`} from ${formatDate(numeric[0]!.on)} to ${formatDate(numeric.at(-1)!.on)} against a target of ${formatTarget(status.target)}; the latest, ${latest!.shown}, is ${KPI_STATE_LABELS[status.state].toLowerCase()}. The table below gives every reading.`,
            points: numeric.map((reading) => ({ date: reading.on, value: reading.value!, status: reading.state ?? 'not-measured', label: `${formatDate(reading.on)}: ${reading.shown} (${KPI_STATE_LABELS[reading.state ?? 'not-measured'].toLowerCase()})` })),
            target: { value: status.target.value, label: `target ${formatTarget(status.target)}` },
            formatValue: (value) => formatValue(value, unit),
            formatDate,
          })
        : undefined;
    return {
      name: kpi.name,
      target: status.target ? formatTarget(status.target) : kpi.target,
      status,
      label: KPI_STATE_LABELS[status.state],
      ...(latest && { latest: `${latest.shown} on ${formatDate(latest.on)}` }),
      stale: staleKpis.has(`kpis/${index}`),
      readings,
      ...(chart && { chart }),
    };
  });
  const kpiCounts = Object.fromEntries(KPI_STATES.map((state) => [state, kpis.filter((kpi) => kpi.status.state === state).length])) as Record<KpiState, number>;
  const schedule = reviewSchedule(agreement, today);
  const dueItems = (['deliverables', 'milestones'] as const)
    .flatMap((list) => agreement[list].filter((item) => !item.done))
    .sort((a, b) => a.due.localeCompare(b.due));
  const next = dueItems[0];
  return {
    kpis,
    kpiCounts,
    ...(schedule && { schedule }),
    reviewOverdue: findings.some((finding) => finding.rule === RULES.agreementReviewOverdue),
    reviews: agreement.reviews
      .map((review, index) => ({ ...review, index, booked: review.on > today, lateActions: new Set([...review.actions.keys()].filter((at) => lateActions.has(`reviews/${index}/actions/${at}`))) }))
      .sort((a, b) => b.on.localeCompare(a.on)),
    disputes: disputePositions(agreement, today).map((position) => ({ ...position, overstayed: overstayed.has(`disputes/${position.index}`) })),
    resolvedDisputes: agreement.disputes.filter((dispute) => dispute.state === 'resolved'),
    obligations: obligationStandings(agreement, today).map((standing) => ({ ...standing, missedNow: missed.has(`obligations/${standing.index}`) })),
    ...(next && { nextMilestone: { name: next.name, due: next.due, late: next.due < today } }),
  };
}

/** The review cadence in words, or a note that the agreement has none. */
export function cadenceText(agreement: Pick<Partner, 'review_cadence'>): string {
  return agreement.review_cadence ? `Reviewed ${describeCadence(agreement.review_cadence)}` : 'No review cadence set';
}
