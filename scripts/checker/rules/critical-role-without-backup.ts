/** `critical-role-without-backup`: a critical role with nobody to stand in. */
import { RULES } from '../../../src/lib/rules.ts';
import { attentionRule } from './attention-rules.ts';

export const criticalRoleWithoutBackup = attentionRule(RULES.criticalRoleWithoutBackup);
