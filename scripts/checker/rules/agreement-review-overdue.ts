/** `agreement-review-overdue`: an agreement not reviewed within its review cadence. */
import { RULES } from '../../../src/lib/rules.ts';
import { attentionRule } from './attention-rules.ts';

export const agreementReviewOverdue = attentionRule(RULES.agreementReviewOverdue);
