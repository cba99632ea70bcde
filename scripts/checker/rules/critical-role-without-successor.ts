/** `critical-role-without-successor`: a critical role with no successor and no handover under way. */
import { RULES } from '../../../src/lib/rules.ts';
import { attentionRule } from './attention-rules.ts';

export const criticalRoleWithoutSuccessor = attentionRule(RULES.criticalRoleWithoutSuccessor);
