/**
 * Records a review of one page: `last_reviewed` moves to the day of the review and, when the reviewer
 * is named and not yet listed, they join `reviewers`. Nothing else in the file changes: a review is an
 * event of its own, never a side effect of an edit.
 */
import { daysBetween, isCalendarDate } from '../../../src/lib/calendar.ts';
import type { FrontmatterEdit } from '../frontmatter-edit.ts';
import { CommandError } from '../cli.ts';
import { editPage, readableFrontmatter } from '../editable-page.ts';
import type { FileChange } from '../file-changes.ts';
import type { HandbookFile } from '../handbook.ts';

/** A review to record: its day and, optionally, who did it. */
export interface Review {
  date: string;
  by?: string;
}

/** The change that records `review` on `page`, or undefined when it is already recorded. */
export function planReview(page: HandbookFile, review: Review & { today: string }): FileChange | undefined {
  const data = readableFrontmatter(page);
  const current = typeof data.last_reviewed === 'string' ? data.last_reviewed : undefined;
  // A recorded review in the future is a mistake (`review-date-future`); a real review may replace it.
  const recorded = current !== undefined && isCalendarDate(current) && daysBetween(current, review.today) >= 0 ? current : undefined;
  if (recorded !== undefined && daysBetween(recorded, review.date) < 0) {
    throw new CommandError(`\`${page.path}\` was last reviewed on ${current}, after ${review.date}`, 'a review only moves `last_reviewed` forward; give the day of the latest review with `--date`');
  }
  const edits: FrontmatterEdit[] = [];
  const notes: string[] = [];
  if (current !== review.date) {
    edits.push({ kind: 'set', path: ['last_reviewed'], value: review.date, after: ['reviewers', 'owner'] });
    notes.push(`last_reviewed: ${current ?? '(none)'} → ${review.date}`);
  }
  const reviewers = Array.isArray(data.reviewers) ? data.reviewers : [];
  if (review.by !== undefined && review.by !== data.owner && !reviewers.includes(review.by)) {
    edits.push({ kind: 'append', key: 'reviewers', value: review.by, after: ['owner'] });
    notes.push(`reviewers: added ${review.by}`);
  }
  return edits.length === 0 ? undefined : editPage(page, edits, notes);
}
