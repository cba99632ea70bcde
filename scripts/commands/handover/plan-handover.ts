/**
 * Moves everything one person owns, reviews, holds or stands in for to another person, page by page:
 * owner, reviewers, role holder, backup and successor, a handover's successor and mentor, escalation
 * contacts, open review actions and obligations. `from` of a handover stays as it is (it records who
 * handed over), as do `to` and `mentor` of a completed handover, who attended an agreement's reviews
 * and who did its done actions, and every review date: a handover changes who answers for a page, not
 * what happened or when it was last checked.
 */
import type { FrontmatterEdit } from '../frontmatter-edit.ts';
import { personReferences, RECORD_FIELDS, type PersonReference } from '../../../src/lib/judging/person-references.ts';
import { CommandError } from '../cli.ts';
import { editPage, readableFrontmatter } from '../editable-page.ts';
import type { FileChange } from '../file-changes.ts';
import type { HandbookFile } from '../handbook.ts';

/** Who hands over to whom. */
export interface Handover {
  from: string;
  to: string;
}

/** What handing over changes in one page, and anything that deserves a second look afterwards. */
export interface PlannedHandover {
  change: FileChange;
  moved: number;
  warnings: string[];
}

/** The change that hands `page` over, or undefined when the page does not name `from`. */
export function planHandover(page: HandbookFile, handover: Handover): PlannedHandover | undefined {
  const raw = readableFrontmatter(page);
  const data = page.data as Record<string, unknown> | undefined;
  if (!data) {
    if (!JSON.stringify(raw).includes(JSON.stringify(handover.from))) return undefined;
    throw new CommandError(`\`${page.path}\` names \`${handover.from}\` but has errors, so Baton cannot tell which fields to move`, 'fix them first; `npm run check` shows them');
  }
  const mentions = personReferences(page.collection, data).filter((reference) => reference.id === handover.from && !isRecord(page, data, reference));
  if (mentions.length === 0) return undefined;

  const edits: FrontmatterEdit[] = [];
  const notes: string[] = [];
  const reviewers = new Set((data.reviewers as string[] | undefined) ?? []);
  for (const mention of mentions) {
    const field = fieldName(mention);
    if (mention.field === 'reviewer' && reviewers.has(handover.to)) {
      edits.push({ kind: 'remove', key: 'reviewers', index: mention.path[1] as number });
      notes.push(`${field}: removed ${handover.from} (${handover.to} is already a reviewer)`);
      continue;
    }
    if (mention.field === 'reviewer') reviewers.add(handover.to);
    edits.push({ kind: 'set', path: mention.path, value: handover.to });
    notes.push(`${field}: ${handover.from} → ${handover.to}`);
  }
  const change = editPage(page, edits, notes);
  return { change, moved: mentions.length, warnings: doubledRoles(page, data, handover) };
}

/** Fields that record what happened rather than who answers now: who handed over, attended or did, and, once a handover is done, to whom and with whose mentoring. */
function isRecord(page: HandbookFile, data: Record<string, unknown>, reference: PersonReference): boolean {
  if (RECORD_FIELDS.has(reference.field)) return true;
  return page.collection === 'handovers' && data.state === 'complete' && (reference.field === 'to' || reference.field === 'mentor');
}

/** `reviewers[1]`, `escalation[0].person`: where in the frontmatter, as an author would write it. */
function fieldName(reference: PersonReference): string {
  return reference.path.map((step, index) => (typeof step === 'number' ? `[${step}]` : index === 0 ? step : `.${step}`)).join('');
}

/** One person left in two places that need two people: holder and backup, or both ends of a handover. */
function doubledRoles(page: HandbookFile, data: Record<string, unknown>, handover: Handover): string[] {
  const after = (key: string) => (data[key] === handover.from ? handover.to : data[key]);
  const page_ = `\`${page.collection}/${page.id}\``;
  const warnings: string[] = [];
  if (page.collection === 'roles') {
    if (after('holder') === after('backup')) warnings.push(`${handover.to} is now both holder and backup of ${page_}; name another backup`);
    if (after('holder') === after('successor')) warnings.push(`${handover.to} is now both holder and successor of ${page_}; name another successor or remove \`successor\``);
  }
  if (page.collection === 'handovers' && data.from === after('to')) warnings.push(`${page_} now hands over from ${handover.to} to ${handover.to}; name the real successor in \`to\``);
  return warnings;
}
