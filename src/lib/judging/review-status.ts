/**
 * When a page is next due for review and how urgent that is. The checker's review rule, the site's
 * badges and banners, the dashboard and the report all ask this one module.
 */
import { addInterval, daysBetween, type IsoDate } from '../calendar.ts';

/** `fresh`, `due-soon` (within the window), `overdue` (past its date), or `future` (reviewed after today). */
export type ReviewState = 'fresh' | 'due-soon' | 'overdue' | 'future';

/** A page's review position as of a given day. */
export interface ReviewStatus {
  state: ReviewState;
  /** The day the next review is due. */
  nextReview: IsoDate;
  /** Days from today to the next review: negative when overdue. */
  daysLeft: number;
}

/** The review fields every page carries. */
export interface Reviewable {
  last_reviewed: IsoDate;
  review_every: string;
}

/** Where a page stands on `today`, given a due-soon window such as `30d`. */
export function reviewStatus(page: Reviewable, today: IsoDate, dueSoonWindow: string): ReviewStatus {
  const nextReview = addInterval(page.last_reviewed, page.review_every);
  const daysLeft = daysBetween(today, nextReview);
  if (daysBetween(today, page.last_reviewed) > 0) return { state: 'future', nextReview, daysLeft };
  if (daysLeft < 0) return { state: 'overdue', nextReview, daysLeft };
  const soonFrom = addInterval(today, dueSoonWindow);
  if (daysBetween(nextReview, soonFrom) >= 0) return { state: 'due-soon', nextReview, daysLeft };
  return { state: 'fresh', nextReview, daysLeft };
}

/** Reader-facing words for each state. */
export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  fresh: 'Fresh',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
  future: 'Review date in the future',
};
