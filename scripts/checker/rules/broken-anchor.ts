/** `broken-anchor`: A link to a heading (`#anchor`) must name a heading the target page really has, as the site renders it. */
import { RULES } from '../../../src/lib/rules.ts';
import { linkRule } from './link-analysis.ts';

export const brokenAnchor = linkRule(RULES.brokenAnchor);
