/** `file-name`: File names must be ids the site can route: kebab-case, `.md` or `.mdx` in lower case, inside a collection folder. */
import { readProblemRule } from './read-problems.ts';

export const fileName = readProblemRule('file-name', 'schema', 'File names must be ids the site can route: kebab-case, `.md` or `.mdx` in lower case, inside a collection folder.');
