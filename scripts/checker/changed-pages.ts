/**
 * The pull-request gate's view of time: a page that fell due while nobody touched it is its owner's
 * business, not the business of whoever fixes a typo elsewhere. Time findings stay errors only in the
 * files the pull request changed and become warnings everywhere else; and where a changed page links
 * to a page that is overdue, a note says so, because staleness is best seen where people already work.
 */
import type { Diagnostic, Severity } from '../../src/lib/diagnostic.ts';
import { ruleById } from '../../src/lib/rules.ts';
import type { CheckContext } from './model.ts';
import { linkedEntry } from './rules/link-analysis.ts';

/** `diagnostics` as the gate reports them for a change to `changed` (handbook-relative paths). */
export function gateChanges(diagnostics: readonly Diagnostic[], context: CheckContext, changed: ReadonlySet<string>, configured: (ruleId: string) => Severity | 'off' | undefined): Diagnostic[] {
  const gated = diagnostics.map((diagnostic) =>
    diagnostic.severity === 'error' && isTimeRule(diagnostic.ruleId) && !changed.has(diagnostic.file) && !causedByChangedPerson(diagnostic, context, changed)
      ? { ...diagnostic, severity: 'warning' as const }
      : diagnostic,
  );
  return [...gated, ...overdueLinkNotes(context, changed, configured)];
}

/**
 * Whether a finding about someone who left is this change's doing: the change edited that person's
 * page (marked them as left), so the pages that still name them are its to mend, or at least to see.
 */
function causedByChangedPerson(diagnostic: Diagnostic, context: CheckContext, changed: ReadonlySet<string>): boolean {
  const file = context.byPath.get(diagnostic.file);
  if (!file || file.kind !== 'entry') return false;
  return context.attention(file).some((finding) => {
    if (!finding.person || finding.rule.id !== diagnostic.ruleId || finding.message !== diagnostic.message) return false;
    return (context.entries.get(`people/${finding.person.id}`) ?? []).some((person) => changed.has(person.path));
  });
}

function isTimeRule(ruleId: string): boolean {
  return ruleById(ruleId)?.kind === 'time';
}

/** A note at each link from a changed page to a page with a time finding that is an error. */
function overdueLinkNotes(context: CheckContext, changed: ReadonlySet<string>, configured: (ruleId: string) => Severity | 'off' | undefined): Diagnostic[] {
  const notes: Diagnostic[] = [];
  for (const path of changed) {
    const file = context.byPath.get(path);
    if (!file || file.kind !== 'entry' || !file.outline) continue;
    for (const link of file.outline.links) {
      const target = linkedEntry(file, link.url, context);
      // A page that was changed itself already carries its own errors.
      if (!target || changed.has(target.path)) continue;
      for (const finding of context.attention(target)) {
        if (finding.rule.kind !== 'time' || (configured(finding.rule.id) ?? finding.rule.severity) !== 'error') continue;
        notes.push({
          file: file.path,
          line: link.line,
          column: link.column,
          severity: 'note',
          ruleId: finding.rule.id,
          message: `Linked page \`${target.path}\` needs attention: ${finding.message}`,
          hint: 'its owner is told by the weekly report; if this change relies on it, check it is still right',
        });
      }
    }
  }
  return notes;
}
