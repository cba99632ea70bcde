/** `review-due-soon`: an active page whose next review falls within the due-soon window. */
import { locate } from '../locate.ts';
import { docsPath, type Rule } from '../rule.ts';
import { pageReview, relativeDays } from './page-review.ts';

export const reviewDueSoon: Rule = {
  id: 'review-due-soon',
  group: 'review',
  severity: 'warning',
  summary: 'An active page whose next review falls within `check.due_soon` (30 days by default) is flagged ahead of time.',
  docs: docsPath('review-due-soon'),
  check(file, context) {
    const review = pageReview(file, context);
    if (review?.state !== 'due-soon') return [];
    return [{ ...locate(file, ['last_reviewed']), message: `Review is due on ${review.nextReview} (${relativeDays(review.daysLeft)})`, hint: 'plan the review with the owner' }];
  },
};
