/** Counts diagnostics by severity. */
import type { Diagnostic } from '../diagnostic.ts';

/** How many errors and warnings a list of diagnostics holds. */
export function summarize(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const diagnostic of diagnostics) if (diagnostic.severity === 'error') errors += 1;
  return { errors, warnings: diagnostics.length - errors };
}
