/** Rules whose findings come from reading the file (encoding, fences, YAML, schema, names, paths, safety). */
import type { RuleInfo } from '../../../src/lib/rules.ts';
import { defineRule, type Rule } from '../rule.ts';

/** The rule that reports what reading a file found under the id of `info`. */
export function readProblemRule(info: RuleInfo): Rule {
  return defineRule(info, {
    appliesToDocuments: true,
    appliesToTranslations: true,
    check: (file) => file.problems.filter((problem) => problem.ruleId === info.id).map(({ ruleId: _ruleId, ...finding }) => finding),
  });
}
