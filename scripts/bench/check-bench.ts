/**
 * The checker's benchmark: `check` on synthetic handbooks of each shape and size, cold, as links
 * only (side by side in the same run with remark-validate-links on the same files), as every rule
 * but the secret scan, and as the full check; a warm re-check after one page changed; and precision
 * and recall of the broken links and anchors found against the planted ground truth. Every kind of
 * run is repeated, interleaved, so a busy moment on the machine falls on all of them; the figures are
 * medians, and the ratios are taken between medians of the same run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_GROUPS } from '../checker/rule.ts';
import { measure, median, type Measurement } from './measure.ts';
import { writeSyntheticHandbook, type HandbookShape, type PlantedBreak } from './synthetic-handbook.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const REMARK_PACKAGES = ['remark-cli@12.0.1', 'remark-validate-links@13.1.0', 'vfile-reporter-json@4.0.0'];
const TODAY = '2026-11-23';
/** Every group a plain `check` runs except the secret scan (`external` needs `--external` and the network). */
const ALL_BUT_SECRETS = RULE_GROUPS.filter((group) => group !== 'secrets' && group !== 'external');
/** The full check's target: at most this many times the check without the secret rule. */
export const FULL_CHECK_TARGET = 1.5;

/** Options of a checker benchmark run. */
export interface CheckBenchOptions {
  sizes: number[];
  shapes: readonly HandbookShape[];
  runs: number;
  workDir: string;
  /** The largest size remark-validate-links is run at (it takes minutes and gigabytes beyond 10,000 pages). */
  remarkUpTo: number;
  /** Another checkout of Baton (with its dependencies installed) whose full and all-but-secrets checks are timed beside this one's. */
  baseline?: string;
  log(line: string): void;
}

/** The kinds of run, and the arguments `check` gets for each. */
const KINDS = {
  links: ['--only', 'links'],
  allButSecrets: ['--only', ALL_BUT_SECRETS.join(',')],
  full: [],
} as const;
type Kind = keyof typeof KINDS;

/** One shape and size's figures. */
interface Row {
  shape: HandbookShape;
  pages: number;
  megabytes: number;
  runs: Record<Kind, Measurement[]>;
  baseline: Partial<Record<Exclude<Kind, 'links'>, Measurement[]>>;
  remark: Measurement[];
  precision: number;
  recall: number;
  remarkPrecision?: number;
  remarkRecall?: number;
  warm: number[];
}

/** Runs the benchmark and prints its tables. */
export async function runCheckBench({ sizes, shapes, runs, workDir, remarkUpTo, baseline, log }: CheckBenchOptions): Promise<void> {
  const remarkDir = sizes.some((size) => size <= remarkUpTo) ? installRemark(join(workDir, 'remark-validate-links'), log) : undefined;
  const rows: Row[] = [];
  for (const shape of shapes) {
    for (const pages of sizes) {
      const root = join(workDir, `handbook-${shape}-${pages}`);
      log(`Generating ${pages} pages, ${shape}...`);
      const handbook = writeSyntheticHandbook(root, pages, { shape });
      const row: Row = { shape, pages, megabytes: handbook.bytes / 1e6, runs: { links: [], allButSecrets: [], full: [] }, baseline: {}, remark: [], precision: 0, recall: 0, warm: [] };
      for (let run = 1; run <= runs; run += 1) {
        for (const kind of Object.keys(KINDS) as Kind[]) {
          log(`  ${shape}, ${pages} pages, run ${run} of ${runs}: check, ${kind}`);
          row.runs[kind].push(await check(join(projectRoot, 'scripts/check.ts'), root, KINDS[kind]));
          if (baseline && kind !== 'links') {
            log(`  ${shape}, ${pages} pages, run ${run} of ${runs}: baseline check, ${kind}`);
            (row.baseline[kind] ??= []).push(await check(join(baseline, 'scripts/check.ts'), root, KINDS[kind]));
          }
        }
        if (remarkDir && pages <= remarkUpTo) {
          log(`  ${shape}, ${pages} pages, run ${run} of ${runs}: remark-validate-links`);
          row.remark.push(await measure(process.execPath, [join(remarkDir, 'node_modules/remark-cli/cli.js'), '--use', `${join(remarkDir, 'node_modules/remark-validate-links/index.js')}=repository:false`, '--report', join(remarkDir, 'node_modules/vfile-reporter-json/index.js'), '--quiet', '--no-config', '--no-ignore', 'content/'], { cwd: root }));
        }
      }
      const truth = handbook.planted.map((planted: PlantedBreak) => `${planted.file}:${planted.line}:${planted.column}`);
      const found = (JSON.parse(row.runs.links[0]!.stdout) as { file: string; line: number; column: number }[]).map(({ file, line, column }) => `${file}:${line}:${column}`);
      Object.assign(row, score(found, truth));
      if (row.remark.length > 0) {
        const remarkScore = score(remarkFindings(row.remark[0]!.stderr + row.remark[0]!.stdout), truth);
        Object.assign(row, { remarkPrecision: remarkScore.precision, remarkRecall: remarkScore.recall });
      }
      if (pages === Math.max(...sizes)) {
        const changed = handbook.files.filter((file) => file.startsWith('content/playbooks/')).slice(0, runs);
        row.warm = await warmRechecks(root, changed, log);
      }
      rows.push(row);
    }
  }
  printTables(rows, runs, baseline, log);
}

/** One cold check (no cache, JSON out) of the handbook at `root`, with `args` choosing the rules. */
async function check(script: string, root: string, args: readonly string[]): Promise<Measurement> {
  const run = await measure(process.execPath, [script, '--no-cache', '--quiet', ...args, '--format', 'json', '--today', TODAY], { cwd: root, env: { CI: 'true' } });
  if (run.exitCode !== 0 && run.exitCode !== 1) throw new Error(`\`check ${args.join(' ')}\` could not run (exit ${run.exitCode}):\n${run.stderr.slice(-4000)}`);
  return run;
}

function installRemark(dir: string, log: (line: string) => void): string {
  if (!existsSync(join(dir, 'node_modules/remark-validate-links'))) {
    log(`Installing ${REMARK_PACKAGES.join(', ')} into ${dir}...`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact', ...REMARK_PACKAGES], { cwd: dir, stdio: 'ignore' });
  }
  return dir;
}

/** Positions of the link problems remark-validate-links reported, from its JSON report. */
function remarkFindings(output: string): string[] {
  const start = output.indexOf('[');
  if (start === -1) return [];
  const files = JSON.parse(output.slice(start)) as { path: string; messages: { line: number; column: number; source: string }[] }[];
  return files.flatMap((file) => file.messages.filter((message) => message.source.startsWith('remark-validate-links')).map((message) => `${file.path}:${message.line}:${message.column}`));
}

function score(found: string[], truth: string[]): { precision: number; recall: number } {
  const planted = new Set(truth);
  const hits = found.filter((position) => planted.has(position)).length;
  return { precision: found.length === 0 ? 1 : hits / found.length, recall: truth.length === 0 ? 1 : new Set(found.filter((position) => planted.has(position))).size / truth.length };
}

/** Re-checks links after changing one page each time, with a warm cache: what an author waits for. */
async function warmRechecks(root: string, pagesToChange: readonly string[], log: (line: string) => void): Promise<number[]> {
  const args = [join(projectRoot, 'scripts/check.ts'), '--quiet', '--only', 'links', '--format', 'json', '--today', TODAY];
  log('  warm cache: first run fills it');
  await measure(process.execPath, args, { cwd: root, env: { CI: 'true' } });
  const times: number[] = [];
  for (const [index, relative] of pagesToChange.entries()) {
    const page = join(root, relative);
    writeFileSync(page, `${readFileSync(page, 'utf8')}\nEdited in warm run ${index + 1}.\n`);
    log(`  warm re-check after one change, run ${index + 1} of ${pagesToChange.length}`);
    times.push((await measure(process.execPath, args, { cwd: root, env: { CI: 'true' } })).wallMs);
  }
  return times;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const timeAndMemory = (runs: readonly Measurement[]) => `${seconds(median(runs.map((run) => run.wallMs)))} (CPU ${seconds(median(runs.map((run) => run.cpuMs)))}), ${median(runs.map((run) => run.peakMb)).toFixed(0)} MB`;
const ratio = (top: readonly Measurement[], bottom: readonly Measurement[], of: 'wallMs' | 'cpuMs' = 'wallMs') => median(top.map((run) => run[of])) / median(bottom.map((run) => run[of]));
const ratios = (top: readonly Measurement[], bottom: readonly Measurement[]) => `${ratio(top, bottom).toFixed(2)}x (CPU ${ratio(top, bottom, 'cpuMs').toFixed(2)}x)`;

function printTables(rows: Row[], runs: number, baseline: string | undefined, log: (line: string) => void): void {
  const row = (cells: (string | number)[]) => log(`| ${cells.join(' | ')} |`);
  log('');
  log(`Checking, cold (no cache): medians of ${runs} runs, wall time (CPU time) and peak resident memory; ratios between medians`);
  log('');
  row(['Shape', 'Pages', 'Corpus', 'Links only', 'All but secrets', 'Full check', 'Full ÷ all but secrets', ...(baseline ? ['Baseline all but secrets', 'Baseline full', 'Baseline full ÷ all but secrets'] : [])]);
  row(['---', '---:', '---:', '---:', '---:', '---:', '---:', ...(baseline ? ['---:', '---:', '---:'] : [])]);
  for (const result of rows) {
    const baselineCells = baseline && result.baseline.full && result.baseline.allButSecrets ? [timeAndMemory(result.baseline.allButSecrets), timeAndMemory(result.baseline.full), ratios(result.baseline.full, result.baseline.allButSecrets)] : [];
    row([result.shape, result.pages.toLocaleString('en'), `${result.megabytes.toFixed(1)} MB`, timeAndMemory(result.runs.links), timeAndMemory(result.runs.allButSecrets), timeAndMemory(result.runs.full), ratios(result.runs.full, result.runs.allButSecrets), ...baselineCells]);
  }
  log('');
  for (const result of rows) {
    const verdict = (of: 'wallMs' | 'cpuMs') => (ratio(result.runs.full, result.runs.allButSecrets, of) <= FULL_CHECK_TARGET ? 'met' : 'NOT met');
    log(`${result.shape}, ${result.pages} pages: the full check costs ${ratios(result.runs.full, result.runs.allButSecrets)} the check without the secret rule; target at most ${FULL_CHECK_TARGET}x: ${verdict('wallMs')} on wall time, ${verdict('cpuMs')} on CPU time`);
  }

  log('');
  log('Checking links (`--only links`) against remark-validate-links on the same corpus');
  log('');
  row(['Shape', 'Pages', 'Baton', 'remark-validate-links', 'Speed-up', 'Baton precision / recall', 'remark’s']);
  row(['---', '---:', '---:', '---:', '---:', '---:', '---:']);
  for (const result of rows) {
    const remark = result.remark.length > 0;
    row([
      result.shape,
      result.pages.toLocaleString('en'),
      timeAndMemory(result.runs.links),
      remark ? timeAndMemory(result.remark) : 'not run',
      remark ? `${ratio(result.remark, result.runs.links).toFixed(1)}x` : '',
      `${result.precision.toFixed(2)} / ${result.recall.toFixed(2)}`,
      remark ? `${result.remarkPrecision!.toFixed(2)} / ${result.remarkRecall!.toFixed(2)}` : '',
    ]);
  }
  for (const result of rows.filter((candidate) => candidate.warm.length > 0)) {
    log(`warm re-check of links after one page changed, ${result.shape}, ${result.pages} pages: median ${seconds(median(result.warm))} (runs: ${result.warm.map(seconds).join(', ')})`);
  }
}
