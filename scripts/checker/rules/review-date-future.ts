/** `review-date-future`: a `last_reviewed` date after the day the check judges by. */
import { RULES } from '../../../src/lib/rules.ts';
import { attentionRule } from './attention-rules.ts';

export const reviewDateFuture = attentionRule(RULES.reviewDateFuture);
