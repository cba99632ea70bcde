/** `review-date-future`: a `last_reviewed` date after the day the check judges by. */
import { locate } from '../locate.ts';
import { docsPath, type Rule } from '../rule.ts';
import { pageReview } from './page-review.ts';

export const reviewDateFuture: Rule = {
  id: 'review-date-future',
  group: 'review',
  severity: 'error',
  summary: '`last_reviewed` must not be in the future: a review is recorded after it happens.',
  docs: docsPath('review-date-future'),
  check(file, context) {
    const review = pageReview(file, context);
    if (review?.state !== 'future') return [];
    const written = (file.data as { last_reviewed: string }).last_reviewed;
    return [{ ...locate(file, ['last_reviewed']), message: `Field \`last_reviewed\` is in the future: \`${written}\` is after ${context.today}`, hint: 'write the day the review actually happened' }];
  },
};
