/** `unsafe-path`: Content must not be a symlink that leads outside its folder. */
import { readProblemRule } from './read-problems.ts';

export const unsafePath = readProblemRule('unsafe-path', 'schema', 'Content must not be a symlink that leads outside its folder.');
