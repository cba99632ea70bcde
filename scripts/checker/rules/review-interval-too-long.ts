/** `review-interval-too-long`: a `review_every` longer than `check.max_review_every`. */
import { isLongerThan } from '../../../src/lib/calendar.ts';
import { RULES } from '../../../src/lib/rules.ts';
import { locate } from '../locate.ts';
import { defineRule } from '../rule.ts';

export const reviewIntervalTooLong = defineRule(RULES.reviewIntervalTooLong, {
  check(file, context) {
    const data = file.data as { review_every?: string; last_reviewed?: string } | undefined;
    if (file.kind !== 'entry' || !data?.review_every || !data.last_reviewed) return [];
    const limit = context.config.check.max_review_every;
    if (!isLongerThan(data.review_every, limit, data.last_reviewed)) return [];
    return [{
      ...locate(file, ['review_every']),
      message: `Review interval \`${data.review_every}\` is longer than \`${limit}\`, the longest \`check.max_review_every\` allows`,
      hint: `review the page at least every \`${limit}\``,
    }];
  },
});
