/** `review-due-soon`: an active page whose next review falls within the due-soon window. */
import { RULES } from '../../../src/lib/rules.ts';
import { attentionRule } from './attention-rules.ts';

export const reviewDueSoon = attentionRule(RULES.reviewDueSoon);
