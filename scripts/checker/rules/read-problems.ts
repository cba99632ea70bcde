/** Rules whose findings come from reading the file (encoding, fences, YAML, schema, names, paths). */
import type { Rule, RuleGroup } from '../rule.ts';
import { docsPath } from '../rule.ts';

/** A rule that reports the problems reading a file found under its id. */
export function readProblemRule(id: string, group: RuleGroup, summary: string): Rule {
  return {
    id,
    group,
    severity: 'error',
    summary,
    docs: docsPath(id),
    appliesToDocuments: true,
    check: (file) => file.problems.filter((problem) => problem.ruleId === id).map(({ ruleId: _ruleId, ...finding }) => finding),
  };
}
