/** `handover-overdue`: a handover past its due date with checklist items still open. */
import { RULES } from '../../../src/lib/rules.ts';
import { attentionRule } from './attention-rules.ts';

export const handoverOverdue = attentionRule(RULES.handoverOverdue);
