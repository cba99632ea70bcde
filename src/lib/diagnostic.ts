/**
 * A problem found in a file: where it is, how bad it is, which rule found it, what is wrong and how to
 * fix it. Deep code returns these; it never throws or logs them. One formatter prints them everywhere.
 */

/** How serious a problem is. `error` fails the check and the build; `warning` is reported only. */
export type Severity = 'error' | 'warning';

/**
 * How a diagnostic is printed: a severity, or `note` for context that asks nothing of the change at
 * hand (the pull-request gate names overdue pages a changed page links to).
 */
export type DiagnosticSeverity = Severity | 'note';

/** A problem at a place in a file, with the rule that found it. Lines and columns count from 1. */
export interface Diagnostic {
  /** The file's path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  severity: DiagnosticSeverity;
  /** The permanent kebab-case id of the rule, e.g. `schema` or `broken-link`. */
  ruleId: string;
  /** What is wrong, with values in backticks. No location and no "Error:" prefix. */
  message: string;
  /** What to do about it, when there is something to say. */
  hint?: string | undefined;
}

/** A position in a file, counted from 1. */
export interface Position {
  line: number;
  column: number;
}

/** A problem before it is attached to a file and a rule: what a parser or validator reports. */
export interface Finding extends Position {
  message: string;
  hint?: string | undefined;
}

/** Orders diagnostics by file, then line, then column, then rule, so output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
