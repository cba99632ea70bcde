/** `review-overdue`: an active page past its next review date. */
import { locate } from '../locate.ts';
import { docsPath, type Rule } from '../rule.ts';
import { pageReview, relativeDays } from './page-review.ts';

export const reviewOverdue: Rule = {
  id: 'review-overdue',
  group: 'review',
  severity: 'error',
  summary: 'An active page must be reviewed by `last_reviewed` plus `review_every`.',
  docs: docsPath('review-overdue'),
  check(file, context) {
    const review = pageReview(file, context);
    if (review?.state !== 'overdue') return [];
    return [{
      ...locate(file, ['last_reviewed']),
      message: `Review was due on ${review.nextReview} (${relativeDays(review.daysLeft)})`,
      hint: `review the page, then record it with \`npm run review -- ${file.path}\``,
    }];
  },
};
