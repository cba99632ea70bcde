/** What a rule is to the checker: its entry in the registry plus the check itself. */
import { ruleDocsPath, type RuleInfo } from '../../src/lib/rules.ts';
import type { CheckContext, CheckedFile, RuleFinding } from './model.ts';

export { RULE_GROUPS, type RuleGroup } from '../../src/lib/rules.ts';

/** A rule: the registry's facts, where its documentation is, and the pure function that judges one file. */
export interface Rule extends RuleInfo {
  /** The rule's documentation page (ok and not-ok examples), relative to the project root. */
  docs: string;
  /** Whether the rule reads Markdown documents outside `content/` too (link rules do). */
  appliesToDocuments?: boolean;
  /** Whether the rule judges translations (`content/translations/`) too; most rules judge the source page only. */
  appliesToTranslations?: boolean;
  check(file: CheckedFile, context: CheckContext): RuleFinding[];
}

/** The rule described by `info` in the registry, judging with `check`. */
export function defineRule(info: RuleInfo, implementation: Pick<Rule, 'check' | 'appliesToDocuments' | 'appliesToTranslations'>): Rule {
  return { ...info, docs: ruleDocsPath(info.id), ...implementation };
}
