/** `frontmatter`: Frontmatter must be YAML between two lines of exactly `---`, without tags, anchors, aliases or duplicate fields. */
import { RULES } from '../../../src/lib/rules.ts';
import { readProblemRule } from './read-problems.ts';

export const frontmatter = readProblemRule(RULES.frontmatter);
