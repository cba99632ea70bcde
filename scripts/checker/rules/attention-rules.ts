/**
 * Rules whose findings come from the one judgement of attention (`src/lib/judging/attention.ts`):
 * the checker only places each finding at its frontmatter value; it decides nothing itself.
 */
import type { RuleInfo } from '../../../src/lib/rules.ts';
import { locate } from '../locate.ts';
import { defineRule, type Rule } from '../rule.ts';

/** The rule that reports the attention findings of `info`. */
export function attentionRule(info: RuleInfo): Rule {
  return defineRule(info, {
    check: (file, context) =>
      context
        .attention(file)
        .filter((finding) => finding.rule.id === info.id)
        .map((finding) => ({ ...locate(file, finding.field), message: finding.message, hint: finding.hint })),
  });
}
