/** `schema`: Every frontmatter field must match its content type's schema: required fields present, values of the right kind, no unknown fields. */
import { RULES } from '../../../src/lib/rules.ts';
import { readProblemRule } from './read-problems.ts';

export const schema = readProblemRule(RULES.schema);
