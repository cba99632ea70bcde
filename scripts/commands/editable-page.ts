/** Edits a page's frontmatter for a command, refusing pages whose frontmatter cannot be read. */
import type { Finding } from '../../src/lib/diagnostic.ts';
import { RULES } from '../../src/lib/rules.ts';
import { editFrontmatter, type FrontmatterEdit } from './frontmatter-edit.ts';
import { CommandError } from './cli.ts';
import type { FileChange } from './file-changes.ts';
import type { HandbookFile } from './handbook.ts';

/** The page's frontmatter as written, or a refusal saying why it cannot be edited. */
export function readableFrontmatter(page: HandbookFile): Record<string, unknown> {
  if (page.source !== undefined && page.rawData !== undefined) return page.rawData;
  const unreadable = page.problems.find((problem) => problem.severity === 'error' && (problem.ruleId === RULES.fileEncoding.id || problem.ruleId === RULES.frontmatter.id));
  const problem: { line: number; column: number; message: string; hint?: string | undefined } = unreadable ?? { line: 1, column: 1, message: 'Frontmatter could not be read' };
  throw fileProblem(page.path, { ...problem, hint: problem.hint ?? 'fix it first; `npm run check` shows every problem' });
}

/** The change that applies `edits` to `page`, described by `notes`. */
export function editPage(page: HandbookFile, edits: readonly FrontmatterEdit[], notes: string[]): FileChange {
  readableFrontmatter(page);
  const edited = editFrontmatter(page.source!, edits);
  if (!edited.ok) throw fileProblem(page.path, edited.problem);
  return { path: page.path, absolutePath: page.absolutePath, text: edited.text, create: false, notes };
}

/** A refusal that points at a place in a file, compiler style: `file:line:column: message; hint`. */
export function fileProblem(path: string, finding: Finding): CommandError {
  return new CommandError(`${path}:${finding.line}:${finding.column}: ${finding.message}`, finding.hint);
}
