/** `value-cut-by-comment`: A plain frontmatter value must not run into ` #`, which YAML reads as the start of a comment: `title: Step #1` is the title `Step`. */
import { RULES } from '../../../src/lib/rules.ts';
import { readProblemRule } from './read-problems.ts';

export const valueCutByComment = readProblemRule(RULES.valueCutByComment);
