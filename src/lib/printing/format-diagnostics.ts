/** One formatter for every tool: the checker's output and the site build's errors read the same. */
import type { Diagnostic } from '../diagnostic.ts';
import { formatGithub } from './format-github.ts';
import { formatJson } from './format-json.ts';
import { formatText } from './format-text.ts';

/** The output formats every Baton command accepts with `--format`. */
export const REPORT_FORMATS = ['text', 'json', 'github'] as const;

/** One of `text`, `json` or `github`. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Formats diagnostics in the chosen format. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], format: ReportFormat, options: { color: boolean } = { color: false }): string {
  if (format === 'json') return formatJson(diagnostics);
  if (format === 'github') return formatGithub(diagnostics);
  return formatText(diagnostics, options);
}

export { describeCounts, summarize } from './summary.ts';
