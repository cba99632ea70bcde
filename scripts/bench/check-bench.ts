/**
 * The checker's benchmark: `check` on synthetic handbooks of growing size, cold and warm, side by
 * side in the same run with remark-validate-links on the same files, plus precision and recall of
 * the broken links and anchors found against the planted ground truth.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, median, type Measurement } from './measure.ts';
import { writeSyntheticHandbook, type PlantedBreak } from './synthetic-handbook.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const checkScript = join(projectRoot, 'scripts/check.ts');
const REMARK_PACKAGES = ['remark-cli@12.0.1', 'remark-validate-links@13.1.0', 'vfile-reporter-json@4.0.0'];

/** Options of a checker benchmark run. */
export interface CheckBenchOptions {
  sizes: number[];
  runs: number;
  workDir: string;
  log(line: string): void;
}

/** One size's figures. */
interface Row {
  pages: number;
  megabytes: number;
  baton: Measurement[];
  remark: Measurement[];
  precision: number;
  recall: number;
  remarkPrecision: number;
  remarkRecall: number;
}

/** Runs the benchmark and prints its table. */
export async function runCheckBench({ sizes, runs, workDir, log }: CheckBenchOptions): Promise<void> {
  const remarkDir = installRemark(join(workDir, 'remark-validate-links'), log);
  const rows: Row[] = [];
  let warm: number[] = [];
  for (const pages of sizes) {
    const root = join(workDir, `handbook-${pages}`);
    log(`Generating ${pages} pages...`);
    const handbook = writeSyntheticHandbook(root, pages);
    const baton: Measurement[] = [];
    const remark: Measurement[] = [];
    for (let run = 0; run < runs; run += 1) {
      log(`  check, cold, run ${run + 1} of ${runs}`);
      baton.push(await measure(process.execPath, [checkScript, '--no-cache', '--quiet', '--only', 'links', '--format', 'json', '--today', '2026-11-23'], { cwd: root, env: { CI: 'true' } }));
      log(`  remark-validate-links, run ${run + 1} of ${runs}`);
      remark.push(await measure(process.execPath, [join(remarkDir, 'node_modules/remark-cli/cli.js'), '--use', `${join(remarkDir, 'node_modules/remark-validate-links/index.js')}=repository:false`, '--report', join(remarkDir, 'node_modules/vfile-reporter-json/index.js'), '--quiet', '--no-config', '--no-ignore', 'content/'], { cwd: root }));
    }
    const found = (JSON.parse(baton[0]!.stdout) as { file: string; line: number; column: number }[]).map(({ file, line, column }) => `${file}:${line}:${column}`);
    const remarkFound = remarkFindings(remark[0]!.stderr + remark[0]!.stdout);
    const truth = handbook.planted.map((planted: PlantedBreak) => `${planted.file}:${planted.line}:${planted.column}`);
    rows.push({ pages, megabytes: handbook.bytes / 1e6, baton, remark, ...score(found, truth), ...prefix('remark', score(remarkFound, truth)) });
    if (pages === Math.max(...sizes)) warm = await warmRechecks(root, runs, log);
  }
  printTable(rows, warm, Math.max(...sizes), log);
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

function prefix(name: 'remark', { precision, recall }: { precision: number; recall: number }) {
  return { [`${name}Precision`]: precision, [`${name}Recall`]: recall } as { remarkPrecision: number; remarkRecall: number };
}

/** Re-checks after changing one page each time, with a warm cache: what an author waits for. */
async function warmRechecks(root: string, runs: number, log: (line: string) => void): Promise<number[]> {
  const args = [checkScript, '--quiet', '--only', 'links', '--format', 'json', '--today', '2026-11-23'];
  log('  warm cache: first run fills it');
  await measure(process.execPath, args, { cwd: root, env: { CI: 'true' } });
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const page = join(root, 'content/playbooks', `playbook-${String(run + 1).padStart(5, '0')}.md`);
    writeFileSync(page, `${readFileSync(page, 'utf8')}\nEdited in warm run ${run + 1}.\n`);
    log(`  warm re-check after one change, run ${run + 1} of ${runs}`);
    times.push((await measure(process.execPath, args, { cwd: root, env: { CI: 'true' } })).wallMs);
  }
  return times;
}

function printTable(rows: Row[], warm: number[], warmSize: number, log: (line: string) => void): void {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  log('');
  log('check (links): cold, median of runs; peak memory of the median run');
  log('pages   size     baton check         remark-validate-links   speed-up   baton P/R    remark P/R');
  for (const row of rows) {
    const baton = median(row.baton.map((run) => run.wallMs));
    const remark = median(row.remark.map((run) => run.wallMs));
    const batonMemory = median(row.baton.map((run) => run.peakMb));
    const remarkMemory = median(row.remark.map((run) => run.peakMb));
    log(
      `${String(row.pages).padEnd(7)} ${`${row.megabytes.toFixed(1)} MB`.padEnd(8)} ${`${seconds(baton)}, ${batonMemory.toFixed(0)} MB`.padEnd(19)} ${`${seconds(remark)}, ${remarkMemory.toFixed(0)} MB`.padEnd(23)} ${`${(remark / baton).toFixed(1)}x`.padEnd(10)} ${`${row.precision.toFixed(2)}/${row.recall.toFixed(2)}`.padEnd(12)} ${row.remarkPrecision.toFixed(2)}/${row.remarkRecall.toFixed(2)}`,
    );
  }
  if (warm.length > 0) log(`warm re-check after one page changed, ${warmSize} pages: median ${seconds(median(warm))} (runs: ${warm.map(seconds).join(', ')})`);
}
