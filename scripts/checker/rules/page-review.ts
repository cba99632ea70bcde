/** A page's review status as the review rules see it, computed once per file. */
import { reviewStatus, type ReviewStatus } from '../../../src/lib/judging/review-status.ts';
import type { CheckContext, CheckedFile } from '../model.ts';

/** The review status of an active page; undefined otherwise. */
export function pageReview(file: CheckedFile, context: CheckContext): ReviewStatus | undefined {
  return context.memo(file, 'page-review', () => {
    const data = file.data as { status?: string; last_reviewed?: string; review_every?: string } | undefined;
    // Drafts are not yet reviewed and retired pages no longer are; only active pages fall due.
    if (file.kind !== 'entry' || file.collection === 'people' || data?.status !== 'active' || !data.last_reviewed || !data.review_every) return undefined;
    return reviewStatus({ last_reviewed: data.last_reviewed, review_every: data.review_every }, context.today, context.config.check.due_soon);
  });
}

/** `in 3 days`, `today`, `3 days ago`. */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  const count = Math.abs(days);
  const span = `${count} day${count === 1 ? '' : 's'}`;
  return days > 0 ? `in ${span}` : `${span} ago`;
}
