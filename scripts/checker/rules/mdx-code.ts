/** `mdx-code`: MDX may import only the project's own components, may not `export`, and may hold only literals, names and `frontmatter` fields in braces: nothing that runs code at build time. */
import { readProblemRule } from './read-problems.ts';

export const mdxCode = readProblemRule('mdx-code', 'security', 'MDX may import only the project\'s own components, may not `export`, and may hold only literals, names and `frontmatter` fields in braces: nothing that runs code at build time.');
