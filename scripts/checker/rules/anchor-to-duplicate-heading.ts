/** `anchor-to-duplicate-heading`: a link to a heading whose title repeats an earlier one, by its numbered id. */
import { RULES } from '../../../src/lib/rules.ts';
import { linkRule } from './link-analysis.ts';

export const anchorToDuplicateHeading = linkRule(RULES.anchorToDuplicateHeading);
