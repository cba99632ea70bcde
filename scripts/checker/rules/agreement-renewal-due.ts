/** `agreement-renewal-due`: an agreement whose renewal notice date is near or has passed. */
import { RULES } from '../../../src/lib/rules.ts';
import { attentionRule } from './attention-rules.ts';

export const agreementRenewalDue = attentionRule(RULES.agreementRenewalDue);
