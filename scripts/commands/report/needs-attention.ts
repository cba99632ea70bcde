/**
 * What needs attention in the handbook, grouped by the owner who must act: reviews overdue and due
 * soon, people who left still named on a page, succession gaps, agreements ending or renewing,
 * deliverables and milestones past due, handovers past due. Judged by the same domain modules as the
 * checker and the site, so the report never disagrees with them.
 */
import { agreementStatus } from '../../../src/lib/judging/agreement-status.ts';
import { resolveOwners, type OwnerDirectory } from '../../../src/lib/judging/codeowners.ts';
import { handoverProgress, isHandoverOverdue } from '../../../src/lib/judging/handover-progress.ts';
import { PERSON_FIELD_LABELS, personReferences } from '../../../src/lib/judging/person-references.ts';
import { reviewStatus } from '../../../src/lib/judging/review-status.ts';
import { successionGaps } from '../../../src/lib/judging/succession.ts';
import type { CollectionName, Handover, Partner, Role } from '../../../src/schemas/index.ts';

/** The kinds of thing the report lists, in the order it lists them. */
export const ATTENTION_KINDS = ['review-overdue', 'review-due-soon', 'departed-person', 'succession-gap', 'handover-overdue', 'agreement-expired', 'agreement-renewal-due', 'milestone-overdue'] as const;

/** One of `ATTENTION_KINDS`. */
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

/** One thing an owner should do something about. */
export interface AttentionItem {
  kind: AttentionKind;
  /** The page's file, relative to the handbook root. */
  path: string;
  title: string;
  /** What is wrong, in a sentence with values in backticks. */
  message: string;
  /** What to do about it, when a command does it. */
  action?: string;
  /** The day it falls (or fell) due, when it has one. */
  due?: string;
}

/** Everything one owner should look at. */
export interface OwnerAttention {
  owner: string;
  kind: 'person' | 'team' | 'unknown';
  /** The person's or team's name, or the id when neither is known. */
  name: string;
  /** Who to notify on the forge: the person, the team's handle or its members. */
  handles: string[];
  /** The day the owner left, when they have. */
  left?: string;
  items: AttentionItem[];
}

/** A page as the report reads it: its file and validated frontmatter. */
export interface ReportPage {
  path: string;
  collection: Exclude<CollectionName, 'people'>;
  id: string;
  data: Record<string, unknown>;
}

/** The day and the windows the report judges by. */
export interface ReportWindow {
  today: string;
  /** A review due within this is listed as due soon, e.g. `30d`. */
  dueSoon: string;
  /** An agreement whose notice date falls within this is listed, e.g. `90d`. */
  renewal: string;
}

/** Everything that needs attention in `pages`, by owner (sorted by id); owners with nothing to do are left out. */
export function needsAttention(pages: readonly ReportPage[], directory: OwnerDirectory & { names: ReadonlyMap<string, string> }, window: ReportWindow): OwnerAttention[] {
  const handovers = pages.filter((page) => page.collection === 'handovers').map((page) => ({ data: page.data as Handover }));
  const byOwner = new Map<string, AttentionItem[]>();
  for (const page of pages) {
    const items = pageItems(page, handovers, directory, window);
    if (items.length === 0) continue;
    const owner = String(page.data.owner);
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), ...items]);
  }
  return [...byOwner.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([owner, items]) => ({ ...describeOwner(owner, directory), items: items.sort(byKindThenPath) }));
}

function describeOwner(owner: string, directory: OwnerDirectory & { names: ReadonlyMap<string, string> }): Omit<OwnerAttention, 'items'> {
  const person = directory.people.get(owner);
  const team = directory.teams[owner];
  const kind = person ? 'person' : team ? 'team' : 'unknown';
  const left = person?.status === 'left' ? (person as { left_on?: string }).left_on : undefined;
  return { owner, kind, name: directory.names.get(owner) ?? team?.name ?? owner, handles: resolveOwners(owner, directory).handles, ...(left && { left }) };
}

function pageItems(page: ReportPage, handovers: { data: Handover }[], directory: OwnerDirectory, window: ReportWindow): AttentionItem[] {
  const title = typeof page.data.title === 'string' ? page.data.title : page.id;
  const item = (kind: AttentionKind, message: string, extra: { action?: string; due?: string } = {}): AttentionItem => ({ kind, path: page.path, title, message, ...extra });
  const items: AttentionItem[] = [];
  const active = page.data.status === 'active';

  if (active) {
    const review = reviewStatus(page.data as { last_reviewed: string; review_every: string }, window.today, window.dueSoon);
    const action = `review it, then run \`npm run review -- ${page.path} --by <your-id>\``;
    if (review.state === 'overdue') items.push(item('review-overdue', `Review was due on ${review.nextReview} (${relative(review.daysLeft)})`, { action, due: review.nextReview }));
    if (review.state === 'due-soon') items.push(item('review-due-soon', `Review is due on ${review.nextReview} (${relative(review.daysLeft)})`, { action, due: review.nextReview }));
  }

  for (const reference of personReferences(page.collection, page.data)) {
    const person = directory.people.get(reference.id) as { status: string; left_on?: string } | undefined;
    if (reference.field === 'from' || person?.status !== 'left') continue;
    const label = PERSON_FIELD_LABELS[reference.field];
    items.push(item('departed-person', `${label.charAt(0).toUpperCase()}${label.slice(1)} \`${reference.id}\` left on ${person.left_on}`, { action: `run \`npm run handover -- --from ${reference.id} --to <person>\`` }));
  }

  if (page.collection === 'roles') {
    for (const gap of successionGaps(page.data as Role, page.id, handovers)) {
      items.push(item('succession-gap', gap === 'no-backup' ? 'Critical role has no `backup` to stand in today' : 'Critical role has no `successor` and no handover under way', { action: gap === 'no-backup' ? 'name a `backup`' : 'name a `successor`, or start a handover with `npm run new -- handover`' }));
    }
  }

  if (page.collection === 'handovers' && active) {
    const handover = page.data as Handover;
    if (isHandoverOverdue(handover, window.today)) {
      const open = handoverProgress(handover).open.length;
      items.push(item('handover-overdue', `Handover was due on ${handover.due} and ${open} checklist item${open === 1 ? ' is' : 's are'} still open`, { action: 'finish them and mark them `done: true`, or agree a new `due` date', due: handover.due }));
    }
  }

  if (page.collection === 'partners' && active) {
    const agreement = page.data as Partner;
    const status = agreementStatus(agreement, window.today, window.renewal);
    if (status.state === 'expired') items.push(item('agreement-expired', `Agreement ended on ${agreement.end}`, { action: 'renew it and record the new `end`, or set `status: retired`', due: agreement.end }));
    if (status.state === 'renewal-due') {
      const when = status.daysToNotice < 0 ? `passed on ${status.noticeBy}` : `is ${status.noticeBy} (${relative(status.daysToNotice)})`;
      items.push(item('agreement-renewal-due', `The last day to give notice of renewal or exit ${when}; the term ends on ${agreement.end}`, { action: 'decide with the partner whether to renew, and record the decision on the page', due: status.noticeBy }));
    }
    for (const overdue of status.overdue) {
      const what = overdue.list === 'milestones' ? 'Milestone' : 'Deliverable';
      items.push(item('milestone-overdue', `${what} \`${overdue.name}\` was due on ${overdue.due} (${relative(-overdue.daysLate)}) and is not done`, { action: 'mark it `done: true` once delivered, or agree a new `due` date', due: overdue.due }));
    }
  }
  return items;
}

function byKindThenPath(a: AttentionItem, b: AttentionItem): number {
  return ATTENTION_KINDS.indexOf(a.kind) - ATTENTION_KINDS.indexOf(b.kind) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** `in 3 days`, `today`, `3 days ago`. */
function relative(days: number): string {
  if (days === 0) return 'today';
  const span = `${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'}`;
  return days > 0 ? `in ${span}` : `${span} ago`;
}
