/** `obligation-missed`: an obligation past a due date and not met. */
import { RULES } from '../../../src/lib/rules.ts';
import { attentionRule } from './attention-rules.ts';

export const obligationMissed = attentionRule(RULES.obligationMissed);
