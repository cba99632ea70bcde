/**
 * `npm run check`: the gate of the handbook. Reports like a compiler and exits 0 when clean, 1 when
 * the content has problems, 2 when the tool itself could not run. The only file of the checker that
 * touches argv, the terminal, the environment and the exit code.
 */
import { createHash } from 'node:crypto';
import { relative, resolve } from 'node:path';
import type { Diagnostic } from '../src/lib/diagnostic.ts';
import { BASELINE_FILE, shrinkBaseline, type BaselineEntry } from '../src/lib/judging/baseline.ts';
import { countOf } from '../src/lib/printing/wording.ts';
import { writeBaseline } from '../src/lib/reading/baseline-file.ts';
import { fileURLToPath } from 'node:url';
import { formatDiagnostics, summarize } from '../src/lib/printing/format-diagnostics.ts';
import { HELP, parseCliOptions, UsageError } from './checker/cli-options.ts';
import { MissingPathError, NoMarkdownError } from '../src/lib/reading/discover.ts';
import { openUrlCache } from './checker/external/url-cache.ts';
import { createProgress } from './checker/progress.ts';
import { filesChangedSince, GitChangesError } from './checker/git-changes.ts';
import { CheckSetupError, runCheck } from './checker/run-check.ts';

const EXIT_CLEAN = 0;
const EXIT_PROBLEMS = 1;
const EXIT_TOOL_FAILED = 2;

async function main(): Promise<number> {
  let options;
  try {
    options = parseCliOptions(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) return failTool(error.message, 'run `npm run check -- --help` for the options');
    throw error;
  }
  if (options.help) {
    process.stdout.write(HELP);
    return EXIT_CLEAN;
  }
  const root = process.cwd();
  const color = options.format === 'text' && process.stdout.isTTY === true && process.stdout.hasColors?.() === true && !process.env.NO_COLOR;
  const progress = createProgress({ enabled: !options.quiet && !process.env.CI && process.stderr.isTTY === true, write: (text) => process.stderr.write(text) });
  const projectRoot = fileURLToPath(new URL('../', import.meta.url));
  const cacheKey = createHash('sha1').update(root).digest('hex').slice(0, 12);

  let result;
  try {
    const changedFiles = options.changedSince === undefined ? undefined : filesChangedSince(root, options.changedSince);
    result = await runCheck({
      root,
      paths: options.paths,
      only: options.only,
      ...(options.today && { today: options.today }),
      ...(options.config && { configPath: resolve(root, options.config) }),
      cachePath: options.cache ? resolve(projectRoot, 'node_modules/.cache/baton', `check-${cacheKey}.json`) : false,
      ...(options.external && { external: { cache: openUrlCache(resolve(root, options.externalCache ?? '.cache/baton/external-links.json')) } }),
      onFileRead: progress.onFileRead,
      ...(changedFiles && { changedFiles }),
      routing: options.routing,
    });
  } catch (error) {
    progress.finish();
    if (error instanceof CheckSetupError) {
      if (error.diagnostics.length > 0) process.stderr.write(formatDiagnostics(error.diagnostics, 'text', { color }));
      return failTool(error.message, error.hint);
    }
    if (error instanceof NoMarkdownError) return failTool(error.message, 'give a folder that holds `.md` files, or a Markdown file');
    if (error instanceof MissingPathError) return failTool(error.message, 'check the path, relative to the handbook root');
    if (error instanceof GitChangesError) return failTool(error.message, 'name a branch, tag or commit, e.g. `origin/main`; in CI, fetch it first');
    return failTool(`The checker failed: ${(error as Error).message}`, 'this is a bug in Baton; please report it with the file that triggered it');
  }
  progress.finish();
  const baseline = result.baseline;
  if (options.updateBaseline && !baseline) return failTool(`There is no \`${BASELINE_FILE}\` to update`, 'a baseline is written by `npm run import`; a handbook without one fails on every finding');
  let diagnostics = result.diagnostics;
  if (baseline && options.updateBaseline) {
    const remaining = shrinkBaseline(baseline.entries, baseline.fixed);
    writeBaseline(baseline.path, remaining);
    process.stderr.write(`Dropped ${countOf(baseline.fixed.length, 'fixed finding')} from \`${BASELINE_FILE}\`; ${remaining.length} remain${remaining.length === 1 ? 's' : ''}.\n`);
  } else if (baseline) {
    // A fixed finding left in the baseline would let the same break come back unnoticed.
    diagnostics = [...diagnostics, ...baseline.fixed.map((entry) => fixedEntryDiagnostic(entry, relative(root, baseline.path) || BASELINE_FILE))];
  }
  process.stdout.write(formatDiagnostics(diagnostics, options.format, { color }));
  if (result.known.length > 0) {
    const note = `${countOf(result.known.length, 'known finding')} from \`${BASELINE_FILE}\` not counted; \`npm run report\` lists them by owner, and \`npm run check -- --update-baseline\` drops each one fixed`;
    if (options.format === 'text') process.stdout.write(`warning: ${note}\n`);
    else if (options.format === 'github') process.stdout.write(`::warning title=baseline::${note}\n`);
    else process.stderr.write(`${note}\n`);
  }
  const { errors, warnings } = summarize(diagnostics);
  return errors > 0 || (options.strict && warnings > 0) ? EXIT_PROBLEMS : EXIT_CLEAN;
}

/** A finding the baseline still lists though the check no longer finds it. */
function fixedEntryDiagnostic(entry: BaselineEntry, file: string): Diagnostic {
  const message = entry.message.length > 80 ? `${entry.message.slice(0, 77)}...` : entry.message;
  return { file, line: 1, column: 1, severity: 'error', ruleId: 'baseline', message: `The known \`${entry.rule}\` finding of \`${entry.file}\` is fixed (${message})`, hint: 'run `npm run check -- --update-baseline` to drop it from the baseline, so it cannot come back unnoticed' };
}

function failTool(message: string, hint?: string): number {
  process.stderr.write(`${message}${hint ? `; ${hint}` : ''}\n`);
  return EXIT_TOOL_FAILED;
}

process.exitCode = await main();
