/** `departed-reviewer`: a person who has left is still listed as a reviewer. */
import { RULES } from '../../../src/lib/rules.ts';
import { attentionRule } from './attention-rules.ts';

export const departedReviewer = attentionRule(RULES.departedReviewer);
