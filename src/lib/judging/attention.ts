/**
 * What needs attention on a page on a given day, and why: reviews overdue, due soon or dated in the
 * future; renewal notices and agreements that ended; late deliverables and milestones; partnership
 * reviews, review actions and KPI measurements past due; disputes that overstayed their escalation
 * level; missed obligations; late handovers; people who left still named; succession gaps. Each
 * finding carries the rule that reports it, where in the frontmatter it sits, the words and the fix. The checker's time rules, the upkeep
 * report, the dashboard and the entry pages all take their findings from here and only present them.
 */
import { daysBetween, describeInterval, type IsoDate } from '../calendar.ts';
import { countOf, nounFor, relativeDays } from '../printing/wording.ts';
import { RULES, type RuleInfo } from '../rules.ts';
import type { CollectionName, Handover, Partner, Person, Role } from '../../schemas/index.ts';
import { agreementStatus } from './agreement-status.ts';
import { describeCadence } from './cadence.ts';
import { parseTarget } from './kpi-status.ts';
import { disputePositions, measurementsDue, obligationStandings, openActions, owedByName, reviewSchedule } from './partnership-health.ts';
import { handoverProgress, isHandoverOverdue } from './handover-progress.ts';
import { PERSON_FIELD_LABELS, personReferences, RESPONSIBLE_FIELDS, type PersonReference } from './person-references.ts';
import { pageReview } from './review-status.ts';
import { successionGaps } from './succession.ts';

/** A page as judged here: where it is and its validated frontmatter. */
export interface AttentionPage {
  collection: Exclude<CollectionName, 'people'>;
  id: string;
  /** The file, relative to the handbook root. */
  path: string;
  data: Record<string, unknown>;
}

/** What the judgement depends on beyond the page: the day, the windows and the rest of the handbook. */
export interface AttentionWorld {
  today: IsoDate;
  /** A review due within this is due soon, e.g. `30d` (`check.due_soon`). */
  dueSoon: string;
  /** A renewal notice date within this is flagged, e.g. `90d` (`check.renewal_window`). */
  renewalWindow: string;
  /** The valid people of the directory, by id. */
  people: ReadonlyMap<string, Pick<Person, 'status' | 'left_on'>>;
  /** Every handover, for the succession of roles. */
  handovers: readonly { data: Pick<Handover, 'role' | 'state'> }[];
  /** What each person answers for across the handbook (`owner of \`playbooks/x\``), for departures. */
  responsibilities: ReadonlyMap<string, readonly string[]>;
}

/** One thing someone should act on. */
export interface AttentionFinding {
  rule: RuleInfo;
  /** Where in the frontmatter the finding sits: `['end']`, `['milestones', 2, 'due']`. */
  field: readonly (string | number)[];
  message: string;
  hint: string;
  /** The day it falls (or fell) due, when it has one. */
  due?: IsoDate;
  /** For a departure: who left, and as what the page names them. */
  person?: PersonReference;
}

/** Everything that needs attention on `page` in `world`, in the registry's order of rules. */
export function pageAttention(page: AttentionPage, world: AttentionWorld): AttentionFinding[] {
  const status = page.data.status;
  // A retired page needs nothing from anyone: it is never due, and who it names no longer matters.
  if (status === 'retired') return [];
  return [...reviewFindings(page, world), ...departureFindings(page, world), ...successionFindings(page, world), ...(status === 'active' ? [...handoverFindings(page, world), ...agreementFindings(page, world)] : [])].sort(
    (a, b) => RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule),
  );
}

const RULE_ORDER: readonly RuleInfo[] = Object.values(RULES);

function reviewFindings(page: AttentionPage, world: AttentionWorld): AttentionFinding[] {
  const review = pageReview(page.data as { status: string; last_reviewed: string; review_every: string }, world.today, world.dueSoon);
  if (!review) return [];
  const recordIt = `review the page, then record it with \`npm run review -- ${page.path}\``;
  switch (review.state) {
    case 'overdue':
      return [{ rule: RULES.reviewOverdue, field: ['last_reviewed'], message: `Review was due on ${review.nextReview} (${relativeDays(review.daysLeft)})`, hint: recordIt, due: review.nextReview }];
    case 'due-soon':
      return [{ rule: RULES.reviewDueSoon, field: ['last_reviewed'], message: `Review is due on ${review.nextReview} (${relativeDays(review.daysLeft)})`, hint: `review it before then, and record it with \`npm run review -- ${page.path}\``, due: review.nextReview }];
    case 'future':
      return [{ rule: RULES.reviewDateFuture, field: ['last_reviewed'], message: `Field \`last_reviewed\` is in the future: \`${page.data.last_reviewed}\` is after ${world.today}`, hint: 'write the day the review actually happened' }];
    case 'fresh':
      return [];
  }
}

function departureFindings(page: AttentionPage, world: AttentionWorld): AttentionFinding[] {
  return personReferences(page.collection, page.data).flatMap((reference): AttentionFinding[] => {
    const person = world.people.get(reference.id);
    if (person?.status !== 'left') return [];
    if (reference.field === 'reviewer') {
      return [{ rule: RULES.departedReviewer, field: reference.path, person: reference, message: `Reviewer \`${reference.id}\` left on ${person.left_on}`, hint: 'remove them from `reviewers`, or name someone who is still here' }];
    }
    if (!RESPONSIBLE_FIELDS.has(reference.field)) return [];
    const held = world.responsibilities.get(reference.id) ?? [];
    return [{
      rule: RULES.departedOwner,
      field: reference.path,
      person: reference,
      message: `${fieldLabel(reference)} \`${reference.id}\` left on ${person.left_on} and still holds ${held.length === 1 ? 'one thing' : countOf(held.length, 'thing')}: ${held.join(', ')}`,
      hint: `hand everything over with \`npm run handover -- --from ${reference.id} --to <person>\``,
    }];
  });
}

function successionFindings(page: AttentionPage, world: AttentionWorld): AttentionFinding[] {
  if (page.collection !== 'roles') return [];
  return successionGaps(page.data as Role, page.id, world.handovers).map((gap) =>
    gap === 'no-backup'
      ? { rule: RULES.criticalRoleWithoutBackup, field: ['critical'], message: 'Critical role has no `backup`', hint: 'add `backup: <person>`; a critical role needs someone to stand in today' }
      : { rule: RULES.criticalRoleWithoutSuccessor, field: ['critical'], message: 'Critical role has no `successor` and no handover under way', hint: 'name a `successor`, or start a handover with `npm run new -- handover`' },
  );
}

function handoverFindings(page: AttentionPage, world: AttentionWorld): AttentionFinding[] {
  if (page.collection !== 'handovers') return [];
  const handover = page.data as Handover;
  if (!isHandoverOverdue(handover, world.today)) return [];
  const open = handoverProgress(handover).open;
  const listed = open.slice(0, 3).map((item) => `\`${item.label}\``).join(', ') + (open.length > 3 ? ', ...' : '');
  return [{
    rule: RULES.handoverOverdue,
    field: ['due'],
    message: `Handover was due on ${handover.due} and ${countOf(open.length, 'checklist item')} ${nounFor(open.length, { one: 'is', other: 'are' })} still open: ${listed}`,
    hint: 'finish them and mark them `done: true`, or agree a new `due` date',
    due: handover.due,
  }];
}

function agreementFindings(page: AttentionPage, world: AttentionWorld): AttentionFinding[] {
  if (page.collection !== 'partners') return [];
  const agreement = page.data as Partner;
  const status = agreementStatus(agreement, world.today, world.renewalWindow);
  const findings: AttentionFinding[] = [];
  if (status.state === 'expired') {
    findings.push({ rule: RULES.agreementExpired, field: ['end'], message: `Agreement with ${agreement.partner} ended on ${agreement.end} (${relativeDays(status.daysToEnd)})`, hint: 'record the renewal with a new `end` date, or set `status: retired`', due: agreement.end });
  }
  if (status.state === 'renewal-due') {
    const notice = status.daysToNotice >= 0 ? `notice to renew or exit is due by ${status.noticeBy} (${relativeDays(status.daysToNotice)})` : `the notice date ${status.noticeBy} has passed`;
    findings.push({ rule: RULES.agreementRenewalDue, field: ['end'], message: `Agreement with ${agreement.partner} ends on ${agreement.end}; ${notice}`, hint: 'decide with the partner whether to renew, and record the decision on this page', due: status.noticeBy });
  }
  for (const item of status.overdue) {
    findings.push({
      rule: RULES.milestoneOverdue,
      field: [item.list, item.index, 'due'],
      message: `${item.list === 'milestones' ? 'Milestone' : 'Deliverable'} \`${item.name}\` was due on ${item.due} (${relativeDays(-item.daysLate)}) and is not done`,
      hint: 'mark it `done: true` once delivered, or agree a new `due` date with the partner',
      due: item.due,
    });
  }
  return [...findings, ...healthFindings(agreement, world.today)];
}

/** What keeping the partnership healthy asks for today: reviews, actions, measurements, disputes, obligations. */
function healthFindings(agreement: Partner, today: IsoDate): AttentionFinding[] {
  const findings: AttentionFinding[] = [];
  const schedule = reviewSchedule(agreement, today);
  if (schedule && schedule.daysLeft < 0) {
    const since = schedule.last ? `the last was on ${schedule.last.on}` : `none is recorded since the start on ${agreement.start}`;
    findings.push({
      rule: RULES.agreementReviewOverdue,
      field: schedule.last ? ['reviews', schedule.last.index, 'on'] : ['review_cadence'],
      message: `Partnership review was due on ${schedule.due} (${relativeDays(schedule.daysLeft)}): reviewed ${describeCadence(schedule.cadence)}, ${since}`,
      hint: schedule.booked ? `hold the review booked for ${schedule.booked}, then record its decisions and actions` : 'hold the review, then add it to `reviews` with its decisions and actions',
      due: schedule.due,
    });
  }
  for (const item of openActions(agreement, today)) {
    if (item.daysLeft >= 0) continue;
    findings.push({
      rule: RULES.reviewActionOverdue,
      field: ['reviews', item.review.index, 'actions', item.index, 'due'],
      message: `Action \`${item.action.action}\` from the review on ${item.review.on} was due on ${item.action.due} (${relativeDays(item.daysLeft)}) and is not done`,
      hint: `mark it \`done: true\` once done, or agree a new \`due\` date with \`${item.action.owner}\``,
      due: item.action.due,
    });
  }
  for (const item of measurementsDue(agreement, today)) {
    if (item.daysLeft >= 0) continue;
    const kpi = agreement.kpis[item.index]!;
    const cadence = describeCadence(agreement.review_cadence!);
    const since = item.last
      ? `was last measured on ${item.last.on}; measured ${cadence}, the next measurement was due on ${item.due}`
      : `has no measurement; measured ${cadence} from the start on ${agreement.start}, the first was due on ${item.due}`;
    findings.push({
      rule: RULES.kpiNotMeasured,
      field: item.last ? ['kpis', item.index, 'measurements', item.last.index, 'on'] : ['kpis', item.index, 'name'],
      message: `KPI \`${item.name}\` ${since} (${relativeDays(item.daysLeft)})`,
      hint: `add a measurement with \`on\` and ${parseTarget(kpi.target) ? '`value`' : '`status`'} to its \`measurements\``,
      due: item.due,
    });
  }
  for (const position of disputePositions(agreement, today)) {
    if (position.daysLeft === undefined || position.daysLeft >= 0) continue;
    const up = position.nextStep ? `, or take it to level ${position.level + 1} (\`${position.nextStep.level}\`) and record \`level: ${position.level + 1}\` with \`level_since\`` : '; it is at the last level of the path';
    findings.push({
      rule: RULES.disputeOverstayed,
      field: ['disputes', position.index, 'level'],
      message: `Dispute \`${position.dispute.summary}\` has sat at level ${position.level} (\`${position.step.level}\`) since ${position.since} (${countOf(position.daysAtLevel, 'day')}); the level allows ${describeInterval(position.step.within!)}, so it was to move on by ${position.moveBy}`,
      hint: `settle it${up}`,
      due: position.moveBy!,
    });
  }
  for (const standing of obligationStandings(agreement, today)) {
    const first = standing.missed[0];
    if (first === undefined) continue;
    const { obligation } = standing;
    const latest = standing.missed.at(-1)!;
    const owedBy = owedByName(obligation, agreement);
    const times = standing.missed.length === 1 ? '' : ` (${countOf(standing.missed.length, 'due date')} missed, the latest on ${latest})`;
    findings.push({
      rule: RULES.obligationMissed,
      field: ['obligations', standing.index, obligation.done_through === undefined ? 'due' : 'done_through'],
      message: `Obligation \`${obligation.name}\` owed by ${owedBy} was due on ${first} (${relativeDays(daysBetween(today, first))}) and is not met${times}`,
      hint: `${obligation.owed_by === 'us' ? 'meet it' : `chase ${owedBy} for it`}, then record \`done_through: ${latest}\``,
      due: first,
    });
  }
  return findings;
}

/** For each person, every responsibility they are named for in `pages` (`owner of \`playbooks/x\``). */
export function responsibilitiesByPerson(pages: Iterable<Pick<AttentionPage, 'collection' | 'id' | 'data'>>): Map<string, string[]> {
  const byPerson = new Map<string, string[]>();
  for (const page of pages) {
    for (const reference of personReferences(page.collection, page.data)) {
      if (!RESPONSIBLE_FIELDS.has(reference.field)) continue;
      const held = byPerson.get(reference.id) ?? [];
      held.push(`${PERSON_FIELD_LABELS[reference.field]} of \`${page.collection}/${page.id}\``);
      byPerson.set(reference.id, held);
    }
  }
  return byPerson;
}

/** The field's label with a capital, to start a message: `Owner`, `Escalation contact`. */
export function fieldLabel(reference: PersonReference): string {
  const label = PERSON_FIELD_LABELS[reference.field];
  return label.charAt(0).toUpperCase() + label.slice(1);
}
