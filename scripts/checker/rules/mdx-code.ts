/** `mdx-code`: MDX may import only the project's own components, may not `export`, and may hold only literals, names and `frontmatter` fields in braces: nothing that runs code at build time. */
import { RULES } from '../../../src/lib/rules.ts';
import { readProblemRule } from './read-problems.ts';

export const mdxCode = readProblemRule(RULES.mdxCode);
