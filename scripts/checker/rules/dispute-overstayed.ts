/** `dispute-overstayed`: an open dispute that has sat at its escalation level longer than the level allows. */
import { RULES } from '../../../src/lib/rules.ts';
import { attentionRule } from './attention-rules.ts';

export const disputeOverstayed = attentionRule(RULES.disputeOverstayed);
