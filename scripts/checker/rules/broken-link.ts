/** `broken-link`: Every link must lead to a page, file or section of the site that exists: relative `.md` links, site paths, images and files under `public/`. */
import { docsPath, type Rule } from '../rule.ts';
import { LINK_RULES, linkProblems } from './link-analysis.ts';

export const brokenLink: Rule = {
  id: LINK_RULES.broken,
  group: 'links',
  severity: 'error',
  summary: 'Every link must lead to a page, file or section of the site that exists: relative `.md` links, site paths, images and files under `public/`.',
  docs: docsPath(LINK_RULES.broken),
  appliesToDocuments: true,
  check: (file, context) => linkProblems(file, context).filter((problem) => problem.ruleId === LINK_RULES.broken).map((problem) => problem.finding),
};
