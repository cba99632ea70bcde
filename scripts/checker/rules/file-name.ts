/** `file-name`: File names must be ids the site can route: kebab-case, `.md` or `.mdx` in lower case, inside a collection folder. */
import { RULES } from '../../../src/lib/rules.ts';
import { readProblemRule } from './read-problems.ts';

export const fileName = readProblemRule(RULES.fileName);
