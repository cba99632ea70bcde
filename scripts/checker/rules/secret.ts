/** `secret`: a credential committed into content (frontmatter, body or HTML comment). */
import { RULES } from '../../../src/lib/rules.ts';
import { readProblemRule } from './read-problems.ts';

export const secret = readProblemRule(RULES.secret);
