/** `page-limits`: A page must stay within `check.max_page_bytes` (1 MB) and nest quotes and lists at most `check.max_nesting` (32) levels deep; a page past either limit is refused unread. */
import { RULES } from '../../../src/lib/rules.ts';
import { readProblemRule } from './read-problems.ts';

export const pageLimits = readProblemRule(RULES.pageLimits);
