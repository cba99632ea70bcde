/** `review-action-overdue`: an action a partnership review agreed, past its due date and not done. */
import { RULES } from '../../../src/lib/rules.ts';
import { attentionRule } from './attention-rules.ts';

export const reviewActionOverdue = attentionRule(RULES.reviewActionOverdue);
