/** `unsafe-path`: Content must not be a symlink that leads outside its folder. */
import { RULES } from '../../../src/lib/rules.ts';
import { readProblemRule } from './read-problems.ts';

export const unsafePath = readProblemRule(RULES.unsafePath);
