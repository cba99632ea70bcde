/**
 * What needs attention in the handbook, grouped by the owner who must act. The findings are the
 * attention judgement's (`src/lib/judging/attention.ts`), word for word what the checker and the site
 * say; the report only groups them by owner and sorts them.
 */
import { pageAttention, responsibilitiesByPerson, type AttentionPage, type AttentionWorld } from '../../../src/lib/judging/attention.ts';
import { resolveOwners, type OwnerDirectory } from '../../../src/lib/judging/codeowners.ts';
import { RULE_LIST } from '../../../src/lib/rules.ts';

/** One thing an owner should do something about: a finding of the attention judgement, on a page. */
export interface AttentionItem {
  /** The rule that reports it, e.g. `review-overdue`. */
  kind: string;
  /** The page's file, relative to the handbook root. */
  path: string;
  title: string;
  /** What is wrong, in a sentence with values in backticks. */
  message: string;
  /** What to do about it. */
  action: string;
  /** The day it falls (or fell) due, when it has one. */
  due?: string;
  /** A finding the handbook came with, known from its baseline (`baton.baseline.json`). */
  known?: true;
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
export type ReportPage = AttentionPage;

/** The day and the windows the report judges by. */
export interface ReportWindow {
  today: string;
  /** A review due within this is listed as due soon, e.g. `30d`. */
  dueSoon: string;
  /** An agreement whose notice date falls within this is listed, e.g. `90d`. */
  renewal: string;
}

/** Everything that needs attention in `pages`, by owner (sorted by id); owners with nothing to do are left out. */
export function needsAttention(pages: readonly ReportPage[], directory: OwnerDirectory & { names: ReadonlyMap<string, string>; handovers: AttentionWorld['handovers'] }, window: ReportWindow, known: readonly { owner: string; item: AttentionItem }[] = []): OwnerAttention[] {
  const world: AttentionWorld = {
    today: window.today,
    dueSoon: window.dueSoon,
    renewalWindow: window.renewal,
    people: directory.people as AttentionWorld['people'],
    handovers: directory.handovers,
    responsibilities: responsibilitiesByPerson(pages),
  };
  const byOwner = new Map<string, AttentionItem[]>();
  for (const page of pages) {
    const title = typeof page.data.title === 'string' ? page.data.title : page.id;
    const items = pageAttention(page, world).map((finding): AttentionItem => ({ kind: finding.rule.id, path: page.path, title, message: finding.message, action: finding.hint, ...(finding.due && { due: finding.due }) }));
    if (items.length === 0) continue;
    const owner = String(page.data.owner);
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), ...items]);
  }
  for (const { owner, item } of known) byOwner.set(owner, [...(byOwner.get(owner) ?? []), item]);
  return [...byOwner.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([owner, items]) => ({ ...describeOwner(owner, directory), items: items.sort(byRuleThenPath) }));
}

function describeOwner(owner: string, directory: OwnerDirectory & { names: ReadonlyMap<string, string> }): Omit<OwnerAttention, 'items'> {
  const person = directory.people.get(owner);
  const team = directory.teams[owner];
  const kind = person ? 'person' : team ? 'team' : 'unknown';
  const left = person?.status === 'left' ? (person as { left_on?: string }).left_on : undefined;
  return { owner, kind, name: directory.names.get(owner) ?? team?.name ?? owner, handles: resolveOwners(owner, directory).handles, ...(left && { left }) };
}

const RULE_ORDER = RULE_LIST.map((rule) => rule.id);

function byRuleThenPath(a: AttentionItem, b: AttentionItem): number {
  return RULE_ORDER.indexOf(a.kind) - RULE_ORDER.indexOf(b.kind) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
