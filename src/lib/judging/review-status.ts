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

/** A page's review fields and its status, as every page type but a person carries them. */
export interface ReviewedPage extends Reviewable {
  status: string;
}

/**
 * Where a page stands on review, or undefined when review does not apply: only an `active` page falls
 * due. A draft is not yet reviewed and a retired page no longer is, so neither is ever due or overdue.
 */
export function pageReview(page: ReviewedPage, today: IsoDate, dueSoonWindow: string): ReviewStatus | undefined {
  return page.status === 'active' ? reviewStatus(page, today, dueSoonWindow) : undefined;
}

/** Where a page stands on review as readers see it: a review state, or `not-reviewed` for a page that is not active. */
export type ReviewStanding = ReviewState | 'not-reviewed';

/** A page's review standing: its state, and the date it is (or would be) next due. */
export interface ReviewStandingStatus extends Omit<ReviewStatus, 'state'> {
  state: ReviewStanding;
}

/** A page's standing on `today`: its review status, or `not-reviewed` (with the date it would have been due) when it is not active. */
export function reviewStanding(page: ReviewedPage, today: IsoDate, dueSoonWindow: string): ReviewStandingStatus {
  const review = pageReview(page, today, dueSoonWindow);
  if (review) return review;
  const nextReview = addInterval(page.last_reviewed, page.review_every);
  return { state: 'not-reviewed', nextReview, daysLeft: daysBetween(today, nextReview) };
}

/** Reader-facing words for each standing. */
export const REVIEW_STATE_LABELS: Record<ReviewStanding, string> = {
  fresh: 'Fresh',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
  future: 'Review date in the future',
  'not-reviewed': 'Not under review',
};
