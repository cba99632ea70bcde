/** `mdx-syntax`: an MDX body must parse; MDX is stricter than Markdown about tags and braces. */
import { RULES } from '../../../src/lib/rules.ts';
import { readProblemRule } from './read-problems.ts';

export const mdxSyntax = readProblemRule(RULES.mdxSyntax);
