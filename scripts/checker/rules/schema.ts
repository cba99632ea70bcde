/** `schema`: Every frontmatter field must match its content type's schema: required fields present, values of the right kind, no unknown fields. */
import { readProblemRule } from './read-problems.ts';

export const schema = readProblemRule('schema', 'schema', 'Every frontmatter field must match its content type\'s schema: required fields present, values of the right kind, no unknown fields.');
