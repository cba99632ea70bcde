/** `unsafe-link`: A link or image may point only at `http(s):`, `mailto:`, `tel:` or a relative address; `javascript:` and other schemes are refused in every spelling. */
import { RULES } from '../../../src/lib/rules.ts';
import { readProblemRule } from './read-problems.ts';

export const unsafeLink = readProblemRule(RULES.unsafeLink);
