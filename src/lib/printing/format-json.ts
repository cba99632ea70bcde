/** Prints diagnostics as a stable JSON array for tools: sorted, every key present, `hint` null if none. */
import type { Diagnostic } from '../diagnostic.ts';
import { compareDiagnostics } from '../diagnostic.ts';

/** Formats diagnostics as `[{file, line, column, severity, ruleId, message, hint}]`. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const records = [...diagnostics].sort(compareDiagnostics).map((diagnostic) => ({
    file: diagnostic.file,
    line: diagnostic.line,
    column: diagnostic.column,
    severity: diagnostic.severity,
    ruleId: diagnostic.ruleId,
    message: diagnostic.message,
    hint: diagnostic.hint ?? null,
  }));
  return `${JSON.stringify(records, null, 2)}\n`;
}
