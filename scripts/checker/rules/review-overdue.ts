/** `review-overdue`: an active page past its next review date. */
import { RULES } from '../../../src/lib/rules.ts';
import { attentionRule } from './attention-rules.ts';

export const reviewOverdue = attentionRule(RULES.reviewOverdue);
