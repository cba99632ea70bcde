/** `empty-heading-id`: A heading needs a letter or digit to make its id from: `## 🔥` gets none, so no link can lead to it. */
import { RULES } from '../../../src/lib/rules.ts';
import { readProblemRule } from './read-problems.ts';

export const emptyHeadingId = readProblemRule(RULES.emptyHeadingId);
