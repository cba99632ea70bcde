/** `external-link`: an `http(s)` link that is broken or unreachable (only with `--external`). */
import { RULES } from '../../../src/lib/rules.ts';
import { defineRule } from '../rule.ts';
import type { RuleFinding } from '../model.ts';

export const externalLink = defineRule(RULES.externalLink, {
  appliesToDocuments: true,
  check(file, context) {
    const verdicts = context.externalVerdicts;
    if (!verdicts) return [];
    return (file.outline?.links ?? []).flatMap((link): RuleFinding[] => {
      const verdict = verdicts.get(link.url.trim());
      if (!verdict || verdict.state === 'ok') return [];
      const at = { line: link.line, column: link.column };
      const written = `\`${link.url}\``;
      if (verdict.state === 'broken') {
        return [{ ...at, message: `External link ${written} answered ${verdict.status}${verdict.redirects > 0 ? ` after ${verdict.redirects} redirect${verdict.redirects === 1 ? '' : 's'}` : ''}`, hint: verdict.status === 404 || verdict.status === 410 ? 'find where the page moved, or remove the link' : 'check the address in a browser' }];
      }
      if (verdict.state === 'too-many-redirects') {
        return [{ ...at, message: `External link ${written} redirects more than ${verdict.redirects - 1} times`, hint: 'link to the final address' }];
      }
      return [{ ...at, severity: 'warning', message: `External link ${written} ${verdict.reason}`, hint: 'try again later; add it to `check.external.ignore` if the host is often down' }];
    });
  },
});
