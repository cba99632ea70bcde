/**
 * The site build's gate: one run of the checker's content rules over the whole handbook, shared by
 * the five collection loaders, so the build stops on exactly what `npm run check` reports as a
 * content error, in the same words. Under `npm run dev` a change to any file of the handbook runs the
 * gate again; its errors are printed once in the terminal and kept for the dev error page.
 */
import { relative } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import type { Diagnostic } from '../lib/diagnostic.ts';
import { formatDiagnostics } from '../lib/printing/format-diagnostics.ts';
import { countOf } from '../lib/printing/wording.ts';
import { MissingPathError, NoMarkdownError } from '../lib/reading/discover.ts';
import { BASELINE_FILE } from '../lib/judging/baseline.ts';
import { handbookPaths } from '../lib/reading/handbook-paths.ts';
import { CheckSetupError, runCheck, type CheckResult } from '../../scripts/checker/run-check.ts';
import { PlainBuildError } from '../integrations/plain-build-error.ts';
import { publishDevProblems } from './dev-problems.ts';

/** A build-stopping list of content problems, printed exactly as `npm run check` prints them. */
export class HandbookError extends PlainBuildError {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[], message = `The handbook has ${countOf(diagnostics.length, 'content error')}; \`npm run check\` reports the same:\n\n${formatDiagnostics(diagnostics, 'text')}`) {
    super(message);
    this.diagnostics = diagnostics;
    this.name = 'HandbookError';
    if (diagnostics.length > 0) this.hint = 'fix each line above; `npm run check` shows the same lines';
    // The messages already say where each problem is; a stack trace into the loader would only hide them.
    this.stack = '';
  }
}

let current: { key: string; generation: number; result: Promise<CheckResult> } | undefined;
let generation = 0;

/**
 * The gate's verdict on the handbook as it is now; the loaders of one sync share one run. The
 * author's preview (`preview`, under `npm run dev`) shows drafts, so a page can be read while it is
 * written; a build never does.
 */
export function handbookGate(projectRoot: string, handbookOverride: string | undefined, { preview = false }: { preview?: boolean } = {}): Promise<CheckResult> {
  const root = handbookPaths(projectRoot, handbookOverride).root;
  const key = `${root}\0${preview}`;
  if (current?.key === key && current.generation === generation) return current.result;
  const result = runGate(root, preview, generation);
  current = { key, generation, result };
  return result;
}

/** Whether `result` is the gate's run for the handbook as it is now, not one a later change overtook. */
export function isLatestGate(result: Promise<CheckResult>): boolean {
  return current?.result === result && current.generation === generation;
}

async function runGate(root: string, preview: boolean, ofGeneration: number): Promise<CheckResult> {
  let result: CheckResult;
  try {
    result = await runCheck({ root, paths: ['content'], only: [], kinds: ['content'], cachePath: false, keepBodies: true, ...(preview && { previewDrafts: true }) });
  } catch (error) {
    throw setupError(root, error);
  }
  if (!result.handbook.files.some((file) => file.kind === 'entry')) {
    throw new HandbookError([], `\`${root}\` holds no Baton pages: \`content/\` has no \`.md\` or \`.mdx\` file in \`playbooks/\`, \`roles/\`, \`handovers/\`, \`partners/\` or \`people/\`; point \`BATON_HANDBOOK\` at a Baton handbook, or bring this one in with \`npm run import\``);
  }
  // An overtaken run's problems are those of files since changed: the newer run publishes its own.
  if (ofGeneration === generation) publishDevProblems(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error'));
  return result;
}

let knownReported: unknown;

/**
 * The gate's known findings (those of the baseline an import wrote), once per run of the gate: they
 * do not stop the build, and the build says how many there are.
 */
export function reportKnown(result: CheckResult, logger: { warn(message: string): void }): void {
  if (result.known.length === 0 || knownReported === result) return;
  knownReported = result;
  logger.warn(`${countOf(result.known.length, 'known finding')} from \`${BASELINE_FILE}\` did not stop the build; \`npm run report\` lists them by owner`);
}

/** Why the gate could not run at all: a missing content folder or a broken settings file. */
function setupError(root: string, error: unknown): Error {
  if (error instanceof NoMarkdownError) {
    return new HandbookError([], `\`${root}\` holds no Baton pages: \`content/\` has no Markdown; point \`BATON_HANDBOOK\` at a Baton handbook, or bring this one in with \`npm run import\``);
  }
  if (error instanceof MissingPathError) {
    return new HandbookError([], `\`${root}\` is not a Baton handbook: it has no \`content/\` folder; point \`BATON_HANDBOOK\` at the folder that holds \`content/\` and \`baton.config.yml\``);
  }
  if (error instanceof CheckSetupError) return new HandbookError(error.diagnostics, `${error.message}${error.diagnostics.length > 0 ? `:\n\n${formatDiagnostics(error.diagnostics, 'text')}` : ''}`);
  return error as Error;
}

type Watcher = NonNullable<LoaderContext['watcher']>;

let burst: { timer: ReturnType<typeof setTimeout>; waiters: (() => void)[] } | undefined;

/** Resolves once the handbook has been quiet for a moment, with the gate moved on to a new run. */
function nextGeneration(): Promise<void> {
  return new Promise((resolve) => {
    if (burst) clearTimeout(burst.timer);
    const waiting = (burst ??= { timer: setTimeout(() => undefined, 0), waiters: [] });
    waiting.waiters.push(resolve);
    waiting.timer = setTimeout(() => {
      burst = undefined;
      generation += 1;
      for (const waiter of waiting.waiters) waiter();
    }, 50);
  });
}

/**
 * Under `npm run dev`: after any file of the handbook is added, changed, deleted or renamed (or the
 * settings file changes), run the gate again and let the collection store what it now passes (`sync`).
 * Events within a moment of each other are taken together, and the five collections share one run.
 */
export function watchHandbook(watcher: Watcher, projectRoot: string, handbookOverride: string | undefined, sync: () => Promise<void>): void {
  const paths = handbookPaths(projectRoot, handbookOverride);
  watcher.add([paths.content, paths.config]);
  const inHandbook = (path: string) => path === paths.config || !relative(paths.content, path).startsWith('..');
  let scheduled = false;
  const onEvent = (path: string) => {
    if (!inHandbook(path) || scheduled) return;
    scheduled = true;
    void nextGeneration()
      .then(() => {
        scheduled = false;
        return sync();
      })
      // The gate's problems are printed and shown by the dev error page; a failed sync keeps the last good store.
      .catch(() => undefined);
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onEvent);
}
