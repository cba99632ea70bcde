/** `mdx-syntax`: an MDX body must parse; MDX is stricter than Markdown about tags and braces. */
import { readProblemRule } from './read-problems.ts';

export const mdxSyntax = readProblemRule('mdx-syntax', 'schema', 'An MDX page must parse: every tag closed, every brace balanced, a literal `<` or `{` escaped.');
