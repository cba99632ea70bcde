/**
 * The content errors of the handbook as the last run of the gate found them, kept where the dev
 * server's pages can read them: the loaders run in Astro's own process, pages in Vite's module
 * runner, and the one thing both see is the global object. Only `npm run dev` shows them; a build
 * stops on them instead.
 */
import type { Diagnostic } from '../lib/diagnostic.ts';

const KEY = Symbol.for('baton.dev-problems');
const holder = globalThis as { [KEY]?: readonly Diagnostic[] };

/** Records the errors of the latest gate run (none once they are fixed). */
export function publishDevProblems(problems: readonly Diagnostic[]): void {
  holder[KEY] = problems;
}

/** The errors of the latest gate run. */
export function devProblems(): readonly Diagnostic[] {
  return holder[KEY] ?? [];
}
