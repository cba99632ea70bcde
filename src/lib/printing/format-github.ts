/**
 * Prints diagnostics as GitHub Actions workflow commands, so each problem shows as an annotation on
 * the changed line of a pull request.
 */
import type { Diagnostic } from '../diagnostic.ts';
import { compareDiagnostics } from '../diagnostic.ts';
import { describeCounts, summarize } from './summary.ts';

/** Formats diagnostics as `::error file=…,line=…,col=…,title=…::message` lines. */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  const lines = [...diagnostics].sort(compareDiagnostics).map((diagnostic) => {
    const command = diagnostic.severity === 'note' ? 'notice' : diagnostic.severity;
    const properties = [
      `file=${escapeProperty(diagnostic.file)}`,
      `line=${diagnostic.line}`,
      `col=${diagnostic.column}`,
      `title=${escapeProperty(diagnostic.ruleId)}`,
    ].join(',');
    const message = diagnostic.hint ? `${diagnostic.message}; ${diagnostic.hint}` : diagnostic.message;
    return `::${command} ${properties}::${escapeData(message)}`;
  });
  lines.push(describeCounts(summarize(diagnostics)));
  return `${lines.join('\n')}\n`;
}

/** Escapes a message the way the Actions runner unescapes it. */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Property values must also escape the separators `:` and `,`. */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
