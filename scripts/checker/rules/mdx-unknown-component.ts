/** `mdx-unknown-component`: an MDX page may use only the components it imports. */
import { RULES } from '../../../src/lib/rules.ts';
import { readProblemRule } from './read-problems.ts';

export const mdxUnknownComponent = readProblemRule(RULES.mdxUnknownComponent);
