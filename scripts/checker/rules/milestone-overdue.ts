/** `milestone-overdue`: a deliverable or milestone past its due date and not done. */
import { RULES } from '../../../src/lib/rules.ts';
import { attentionRule } from './attention-rules.ts';

export const milestoneOverdue = attentionRule(RULES.milestoneOverdue);
