/**
 * Prints diagnostics for a person at a terminal: grouped by file, one line per problem as
 * `file:line:col  severity  message  rule-id`, then a count. Colour is the caller's decision.
 */
import { styleText } from 'node:util';
import type { Diagnostic } from '../diagnostic.ts';
import { compareDiagnostics } from '../diagnostic.ts';
import { describeCounts, summarize } from './summary.ts';

/** Options for the text report. */
export interface TextFormatOptions {
  /** Whether to use ANSI colours (only on a terminal, and never when `NO_COLOR` is set). */
  color: boolean;
}

/** Formats diagnostics as a human-readable report ending in `N errors, M warnings`. */
export function formatText(diagnostics: readonly Diagnostic[], { color }: TextFormatOptions): string {
  const paint = (style: Parameters<typeof styleText>[0], text: string) =>
    color ? styleText(style, text, { validateStream: false }) : text;
  const sorted = [...diagnostics].sort(compareDiagnostics);
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const diagnostic of sorted) {
    if (diagnostic.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      lines.push(paint('underline', diagnostic.file));
      currentFile = diagnostic.file;
    }
    const where = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
    const severity = diagnostic.severity === 'error' ? paint('red', 'error  ') : diagnostic.severity === 'warning' ? paint('yellow', 'warning') : paint('cyan', 'note   ');
    const message = diagnostic.hint ? `${diagnostic.message}; ${diagnostic.hint}` : diagnostic.message;
    lines.push(`  ${paint('dim', where)}  ${severity}  ${message}  ${paint('dim', diagnostic.ruleId)}`);
  }
  if (lines.length > 0) lines.push('');
  const summary = summarize(diagnostics);
  const { errors, warnings } = summary;
  const counts = describeCounts(summary);
  lines.push(errors > 0 ? paint('red', counts) : warnings > 0 ? paint('yellow', counts) : paint('green', counts));
  return `${lines.join('\n')}\n`;
}

