/** `agreement-expired`: an active agreement past its end date. */
import { RULES } from '../../../src/lib/rules.ts';
import { attentionRule } from './attention-rules.ts';

export const agreementExpired = attentionRule(RULES.agreementExpired);
