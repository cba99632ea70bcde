/** `broken-anchor`: A link to a heading (`#anchor`) must name a heading the target page really has, as the site renders it. */
import { docsPath, type Rule } from '../rule.ts';
import { LINK_RULES, linkProblems } from './link-analysis.ts';

export const brokenAnchor: Rule = {
  id: LINK_RULES.anchor,
  group: 'links',
  severity: 'error',
  summary: 'A link to a heading (`#anchor`) must name a heading the target page really has, as the site renders it.',
  docs: docsPath(LINK_RULES.anchor),
  appliesToDocuments: true,
  check: (file, context) => linkProblems(file, context).filter((problem) => problem.ruleId === LINK_RULES.anchor).map((problem) => problem.finding),
};
