/** `bidi-control`: Frontmatter and headings must not hold invisible bidi control characters (`U+202A`–`U+202E`, `U+2066`–`U+2069`), which show text in another order than it is written. */
import { RULES } from '../../../src/lib/rules.ts';
import { readProblemRule } from './read-problems.ts';

export const bidiControl = readProblemRule(RULES.bidiControl);
