/** `frontmatter`: Frontmatter must be YAML between two lines of exactly `---`, without tags, anchors, aliases or duplicate fields. */
import { readProblemRule } from './read-problems.ts';

export const frontmatter = readProblemRule('frontmatter', 'schema', 'Frontmatter must be YAML between two lines of exactly `---`, without tags, anchors, aliases or duplicate fields.');
