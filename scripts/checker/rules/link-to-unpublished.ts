/** `link-to-unpublished`: A published page must not link to a draft or confidential page: the site leaves those out, so the link leads nowhere. */
import { docsPath, type Rule } from '../rule.ts';
import { LINK_RULES, linkProblems } from './link-analysis.ts';

export const linkToUnpublished: Rule = {
  id: LINK_RULES.unpublished,
  group: 'confidentiality',
  severity: 'error',
  summary: 'A published page must not link to a draft or confidential page: the site leaves those out, so the link leads nowhere.',
  docs: docsPath(LINK_RULES.unpublished),
  appliesToDocuments: true,
  check: (file, context) => linkProblems(file, context).filter((problem) => problem.ruleId === LINK_RULES.unpublished).map((problem) => problem.finding),
};
