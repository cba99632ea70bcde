/** `empty-link`: A link or image must have an address: `[text]()`, `[text](#)` and a reference definition without one lead nowhere. */
import { RULES } from '../../../src/lib/rules.ts';
import { readProblemRule } from './read-problems.ts';

export const emptyLink = readProblemRule(RULES.emptyLink);
