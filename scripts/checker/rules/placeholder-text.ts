/** `placeholder-text`: a page that is not a draft still holds a placeholder sentence of its template. */
import { RULES } from '../../../src/lib/rules.ts';
import { readProblemRule } from './read-problems.ts';

export const placeholderText = readProblemRule(RULES.placeholderText);
