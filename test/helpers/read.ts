/** Reads content text the way every Baton tool does, for tests that assert exact messages. */
import { readEntry, type ReadEntry } from '../../src/lib/reading/read-entry.ts';
import type { CollectionName } from '../../src/schemas/index.ts';

/** Reads `text` as a file of `collection` named `name`. */
export function read(collection: CollectionName, text: string | Uint8Array, name = 'example.md'): ReadEntry {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return readEntry(collection, `content/${collection}/${name}`, bytes);
}

/** Each problem as `line:column severity message; hint [rule]`, in position order. */
export function problems(collection: CollectionName, text: string | Uint8Array, name?: string): string[] {
  return read(collection, text, name)
    .problems.toSorted((a, b) => a.line - b.line || a.column - b.column)
    .map((problem) => `${problem.line}:${problem.column} ${problem.severity} ${problem.message}${problem.hint ? `; ${problem.hint}` : ''} [${problem.ruleId}]`);
}

/** Frontmatter text from lines, fenced. */
export function frontmatter(...lines: string[]): string {
  return `---\n${lines.join('\n')}\n---\n\nBody text.\n`;
}
