/** Counts diagnostics by severity. */
import type { Diagnostic } from '../diagnostic.ts';
import { countOf } from './wording.ts';

/** How many errors, warnings and notes a list of diagnostics holds. */
export function summarize(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number; notes: number } {
  const counts = { errors: 0, warnings: 0, notes: 0 };
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') counts.errors += 1;
    else if (diagnostic.severity === 'warning') counts.warnings += 1;
    else counts.notes += 1;
  }
  return counts;
}

/** The closing count line: `2 errors, 1 warning`, with the notes when there are any. */
export function describeCounts({ errors, warnings, notes }: ReturnType<typeof summarize>): string {
  return [countOf(errors, 'error'), countOf(warnings, 'warning'), ...(notes > 0 ? [countOf(notes, 'note')] : [])].join(', ');
}
