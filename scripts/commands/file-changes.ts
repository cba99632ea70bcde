/**
 * Changes a command is about to make to files: planned in full first, printed the same way by every
 * command, and written only when every one of them could be planned (so a refusal writes nothing).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A new or changed file, and what changed in it, in words. */
export interface FileChange {
  /** Path relative to the handbook root, as printed. */
  path: string;
  absolutePath: string;
  /** The whole new text of the file. */
  text: string;
  /** A new file: never written over an existing one. */
  create: boolean;
  /** One line per change: `holder: helena-brandt → ada-okafor`. */
  notes: string[];
}

/** The changes as printed: each file, then its changes indented under it. */
export function describeChanges(changes: readonly FileChange[]): string {
  return changes.map((change) => [change.path, ...change.notes.map((note) => `  ${note}`)].join('\n')).join('\n') + (changes.length > 0 ? '\n' : '');
}

/** Writes every change; a new file is created only if nothing is at its path yet. */
export function writeChanges(changes: readonly FileChange[]): void {
  for (const change of changes) {
    if (change.create) mkdirSync(dirname(change.absolutePath), { recursive: true });
    writeFileSync(change.absolutePath, change.text, change.create ? { flag: 'wx' } : {});
  }
}

/** The closing line of a command's output, saying when nothing was written. */
export function dryRunNote(dryRun: boolean): string {
  return dryRun ? 'Dry run: nothing was written.\n' : '';
}
