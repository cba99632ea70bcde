/** `link-outside-handbook`: A relative link must not climb out of the repository with `../`, even to a file that exists. */
import { docsPath, type Rule } from '../rule.ts';
import { LINK_RULES, linkProblems } from './link-analysis.ts';

export const linkOutsideHandbook: Rule = {
  id: LINK_RULES.outside,
  group: 'links',
  severity: 'error',
  summary: 'A relative link must not climb out of the repository with `../`, even to a file that exists.',
  docs: docsPath(LINK_RULES.outside),
  appliesToDocuments: true,
  check: (file, context) => linkProblems(file, context).filter((problem) => problem.ruleId === LINK_RULES.outside).map((problem) => problem.finding),
};
