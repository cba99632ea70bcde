/** `departed-owner`: a person who has left still owns, holds or takes over something. */
import { RULES } from '../../../src/lib/rules.ts';
import { attentionRule } from './attention-rules.ts';

export const departedOwner = attentionRule(RULES.departedOwner);
