/**
 * The site's benchmark: `astro build` plus the Pagefind index of synthetic handbooks of growing size,
 * side by side in the same run with Astro Starlight building the same pages (once with its default
 * sidebar, once with a five-link one), and a rebuild after one page changed. Starlight is installed
 * from the npm registry into the work folder, never into the project.
 *
 * Every build is measured from outside the same way: wall time; peak memory sampled from `/proc`
 * over the whole process tree (Astro's Node process and Pagefind's own process), as the largest sum
 * and as the largest single process; output size as bytes written and as disk blocks used.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './measure.ts';
import { writeSyntheticHandbook, type HandbookShape } from './synthetic-handbook.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const STARLIGHT_PACKAGES = ['@astrojs/starlight@0.42.4', 'astro@7.3.5'];
const TODAY = '2026-11-23';
/** The sentence the rebuild's changed page (the handbook's first playbook) gains. */
const CHANGE = '\nOne more sentence, added between two builds.\n';

/** Options of a site benchmark run. */
export interface SiteBenchOptions {
  /** Handbook sizes in pages, e.g. `[1000, 5000, 10000]`. */
  sizes: number[];
  /** How the synthetic handbook spreads its pages (default `even`). */
  shape?: HandbookShape;
  /** Build Starlight beside Baton (default true); off, only Baton is built. */
  starlight?: boolean;
  /** Builds of each kind per size; the figures are medians. */
  runs?: number;
  /** Where handbooks, outputs and Starlight go (default: a folder under the system's temp folder). */
  workDir?: string;
  /**
   * The largest size Starlight is built with its default sidebar. That sidebar lists every page in
   * every page, so output grows with the square of the handbook (4.4 GB at 5,000 pages).
   */
  defaultSidebarUpTo?: number;
  log(line: string): void;
}

/** What one build cost. */
export interface BuildCost {
  wallMs: number;
  /** The largest total resident memory of the build's processes at one moment, in MB. */
  peakTreeMb: number;
  /** The largest resident memory of any one of its processes, in MB. */
  peakProcessMb: number;
  /** Bytes of all files written to the output folder. */
  outputBytes: number;
  /** Disk space those files take (whole blocks), in bytes. */
  diskBytes: number;
  files: number;
}

/** The medians of one kind of build at one size. */
export type BuildSummary = BuildCost & { runs: number };

/** One size's figures. */
export interface SizeResult {
  pages: number;
  baton: BuildSummary;
  batonRebuild: BuildSummary;
  starlightMinimal?: BuildSummary;
  starlightDefault?: BuildSummary;
}

/** Everything measured, plus the ratios the targets are stated in. */
export interface SiteBenchResult {
  sizes: SizeResult[];
  ratios: {
    /** Starlight (minimal sidebar) time ÷ Baton time, memory and output Baton ÷ Starlight, at each size. */
    versusStarlight: { pages: number; speedup: number; memory: number; processMemory: number; output: number }[];
    /** Baton's time at each size ÷ its time at the size half as large, where both were built. */
    doublingTimes: { from: number; to: number; ratio: number }[];
    /** Baton's cold build time ÷ its rebuild time after one page changed, at each size. */
    rebuildSpeedup: { pages: number; ratio: number }[];
  };
}

/** Runs the benchmark, logs a table, and returns the figures. */
export async function runSiteBench({ sizes, shape = 'even', starlight: withStarlight = true, runs = 3, workDir = join(tmpdir(), 'baton-bench', 'site'), defaultSidebarUpTo = 5000, log }: SiteBenchOptions): Promise<SiteBenchResult> {
  mkdirSync(workDir, { recursive: true });
  const starlight = withStarlight ? installStarlight(join(workDir, 'starlight'), log) : undefined;
  const results: SizeResult[] = [];
  for (const pages of sizes) {
    log(`Generating ${pages} pages, ${shape}...`);
    const handbook = join(workDir, `handbook-${shape}-${pages}`);
    // Without the checker's planted breaks: the build refuses a handbook with broken links.
    const { files } = writeSyntheticHandbook(handbook, pages, { shape, breaks: false });
    if (starlight) copyCorpusToStarlight(handbook, starlight);
    const output = join(workDir, `baton-${shape}-${pages}`);
    const changedPage = files.find((file) => file.startsWith('content/playbooks/'))!;
    const costs = { baton: [] as BuildCost[], batonRebuild: [] as BuildCost[], starlightMinimal: [] as BuildCost[], starlightDefault: [] as BuildCost[] };
    for (let run = 1; run <= runs; run += 1) {
      // Interleaved, so a busy moment on the machine falls on both tools rather than on one.
      log(`  ${pages} pages, run ${run} of ${runs}: Baton cold`);
      costs.baton.push(await buildBaton(handbook, output, { cold: true }));
      log(`  ${pages} pages, run ${run} of ${runs}: Baton rebuild after one page changed`);
      const changed = join(handbook, changedPage);
      const original = readFileSync(changed, 'utf8');
      writeFileSync(changed, `${original}${CHANGE}`);
      costs.batonRebuild.push(await buildBaton(handbook, output, { cold: false }));
      writeFileSync(changed, original);
      if (!starlight) continue;
      log(`  ${pages} pages, run ${run} of ${runs}: Starlight, five-link sidebar`);
      costs.starlightMinimal.push(await buildStarlight(starlight, 'minimal'));
      if (pages <= defaultSidebarUpTo) {
        log(`  ${pages} pages, run ${run} of ${runs}: Starlight, default sidebar`);
        costs.starlightDefault.push(await buildStarlight(starlight, 'default'));
      }
    }
    results.push({
      pages,
      baton: summarise(costs.baton),
      batonRebuild: summarise(costs.batonRebuild),
      ...(costs.starlightMinimal.length > 0 && { starlightMinimal: summarise(costs.starlightMinimal) }),
      ...(costs.starlightDefault.length > 0 && { starlightDefault: summarise(costs.starlightDefault) }),
    });
    rmSync(output, { recursive: true, force: true });
  }
  const result = { sizes: results, ratios: ratios(results) };
  printTable(result, shape, runs, defaultSidebarUpTo, log);
  return result;
}

/** Builds the handbook at `handbook` into `output` with the project's own `astro build`, as `npm run build` does. */
export async function buildBaton(handbook: string, output: string, { cold }: { cold: boolean }): Promise<BuildCost> {
  if (cold) {
    // The cache folder astro.config.mjs derives from BATON_HANDBOOK: removing it makes the build cold.
    rmSync(join(projectRoot, 'node_modules/.astro/handbooks', createHash('sha256').update(handbook).digest('hex').slice(0, 12)), { recursive: true, force: true });
    rmSync(output, { recursive: true, force: true });
  }
  const run = await measureTree(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', output], {
    cwd: projectRoot,
    env: { BATON_HANDBOOK: handbook, BATON_TODAY: TODAY, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  if (run.exitCode !== 0) throw new Error(`Baton's build failed:\n${run.output.slice(-4000)}`);
  return { ...run, ...outputSize(output) };
}

/** Builds the Starlight copy of the corpus from cold, with the five-link or the default sidebar. */
async function buildStarlight(folder: string, sidebar: 'minimal' | 'default'): Promise<BuildCost> {
  for (const cache of ['dist', '.astro', 'node_modules/.astro']) rmSync(join(folder, cache), { recursive: true, force: true });
  const run = await measureTree(process.execPath, [join(folder, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: folder,
    env: { SIDEBAR: sidebar, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  if (run.exitCode !== 0) throw new Error(`Starlight's build failed:\n${run.output.slice(-4000)}`);
  const size = outputSize(join(folder, 'dist'));
  rmSync(join(folder, 'dist'), { recursive: true, force: true });
  return { ...run, ...size };
}

/** Installs Starlight and Astro from the npm registry into `folder`, once; later runs reuse it. */
function installStarlight(folder: string, log: (line: string) => void): string {
  const installed = (name: string) => {
    const manifest = join(folder, 'node_modules', name, 'package.json');
    return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : undefined;
  };
  if (!STARLIGHT_PACKAGES.every((spec) => installed(spec.slice(0, spec.lastIndexOf('@'))) === spec.slice(spec.lastIndexOf('@') + 1))) {
    log(`Installing ${STARLIGHT_PACKAGES.join(' and ')} into ${folder}...`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'package.json'), `${JSON.stringify({ name: 'starlight-bench', private: true, type: 'module' }, null, 2)}\n`);
    // No install scripts: nothing these builds use needs one.
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--save-exact', ...STARLIGHT_PACKAGES], { cwd: folder, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  mkdirSync(join(folder, 'src'), { recursive: true });
  writeFileSync(
    join(folder, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(folder, 'astro.config.mjs'),
    [
      "import starlight from '@astrojs/starlight';",
      "import { defineConfig } from 'astro/config';",
      '// SIDEBAR=minimal: five links; otherwise Starlight builds its default sidebar of every page.',
      "const minimal = process.env.SIDEBAR === 'minimal';",
      'const sidebar = [',
      "  { label: 'Playbooks', link: '/playbooks/playbook-00001/' },",
      "  { label: 'Roles', link: '/roles/role-00015/' },",
      "  { label: 'Handovers', link: '/handovers/handover-00018/' },",
      "  { label: 'Partners', link: '/partners/partner-00019/' },",
      "  { label: 'People', link: '/people/person-00001/' },",
      '];',
      "export default defineConfig({ integrations: [starlight({ title: 'Synthetic handbook', ...(minimal && { sidebar }) })] });",
      '',
    ].join('\n'),
  );
  return folder;
}

/** The same pages for Starlight; a person's page gets the `title` Starlight requires, from their name. */
function copyCorpusToStarlight(handbook: string, starlight: string): void {
  const docs = join(starlight, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  cpSync(join(handbook, 'content'), docs, { recursive: true });
  const people = join(docs, 'people');
  for (const name of readdirSync(people)) {
    const file = join(people, name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: (.*)$/m, 'name: $1\ntitle: $1'));
  }
}

/** Runs a command, sampling the resident memory of it and every process it starts. */
function measureTree(command: string, args: string[], options: { cwd: string; env: Record<string, string> }): Promise<Omit<BuildCost, 'outputBytes' | 'diskBytes' | 'files'> & { exitCode: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let peakTreeKb = 0;
    let peakProcessKb = 0;
    const sample = () => {
      const sizes = [...descendants(child.pid!)].map(residentKb);
      peakTreeKb = Math.max(peakTreeKb, sizes.reduce((sum, size) => sum + size, 0));
      peakProcessKb = Math.max(peakProcessKb, ...sizes);
    };
    const timer = setInterval(sample, 100);
    // Only the tail is kept: a large build logs a line per page.
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearInterval(timer);
      resolve({ wallMs: performance.now() - started, peakTreeMb: peakTreeKb / 1024, peakProcessMb: peakProcessKb / 1024, exitCode, output });
    });
  });
}

/** `pid` and every process below it, from the parent ids in `/proc/<pid>/stat`. */
function descendants(pid: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses; the parent id is the second field after it.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const found = new Set([pid]);
  for (const current of found) for (const child of children.get(current) ?? []) found.add(child);
  return found;
}

function residentKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function outputSize(folder: string): Pick<BuildCost, 'outputBytes' | 'diskBytes' | 'files'> {
  let outputBytes = 0;
  let diskBytes = 0;
  let files = 0;
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else {
        const stat = statSync(child);
        outputBytes += stat.size;
        diskBytes += stat.blocks * 512;
        files += 1;
      }
    }
  };
  walk(folder);
  return { outputBytes, diskBytes, files };
}

function summarise(costs: BuildCost[]): BuildSummary {
  const of = (key: keyof BuildCost) => median(costs.map((cost) => cost[key]));
  return { runs: costs.length, wallMs: of('wallMs'), peakTreeMb: of('peakTreeMb'), peakProcessMb: of('peakProcessMb'), outputBytes: of('outputBytes'), diskBytes: of('diskBytes'), files: of('files') };
}

function ratios(results: SizeResult[]): SiteBenchResult['ratios'] {
  const bySize = new Map(results.map((result) => [result.pages, result]));
  return {
    versusStarlight: results.flatMap(({ pages, baton, starlightMinimal }) =>
      starlightMinimal
        ? [{ pages, speedup: starlightMinimal.wallMs / baton.wallMs, memory: baton.peakTreeMb / starlightMinimal.peakTreeMb, processMemory: baton.peakProcessMb / starlightMinimal.peakProcessMb, output: baton.outputBytes / starlightMinimal.outputBytes }]
        : [],
    ),
    doublingTimes: results.flatMap((result) => {
      const half = bySize.get(result.pages / 2);
      return half ? [{ from: half.pages, to: result.pages, ratio: result.baton.wallMs / half.baton.wallMs }] : [];
    }),
    rebuildSpeedup: results.map(({ pages, baton, batonRebuild }) => ({ pages, ratio: baton.wallMs / batonRebuild.wallMs })),
  };
}

function printTable(result: SiteBenchResult, shape: HandbookShape, runs: number, defaultSidebarUpTo: number, log: (line: string) => void): void {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const row = (cells: string[]) => log(`| ${cells.join(' | ')} |`);
  log('');
  log(`Site build plus search index, ${shape} handbook, medians of ${runs} runs (memory: whole process tree / largest process)`);
  log('');
  row(['Pages', 'Build', 'Wall time', 'Peak memory', 'Output (bytes / on disk, files)']);
  row(['---:', '---', '---:', '---:', '---:']);
  for (const size of result.sizes) {
    const builds: [string, BuildSummary | undefined][] = [
      ['Baton, cold', size.baton],
      ['Baton, one page changed', size.batonRebuild],
      ['Starlight, five-link sidebar', size.starlightMinimal],
      ['Starlight, default sidebar', size.starlightDefault],
    ];
    for (const [name, cost] of builds) {
      if (!cost) {
        if (name === 'Starlight, default sidebar' && size.starlightMinimal) row([String(size.pages), name, `not built (over ${defaultSidebarUpTo} pages)`, '', '']);
        continue;
      }
      row([String(size.pages), name, seconds(cost.wallMs), `${cost.peakTreeMb.toFixed(0)} MB / ${cost.peakProcessMb.toFixed(0)} MB`, `${megabytes(cost.outputBytes)} / ${megabytes(cost.diskBytes)}, ${cost.files}`]);
    }
  }
  log('');
  for (const ratio of result.ratios.versusStarlight) {
    log(`${ratio.pages} pages: Baton is ${ratio.speedup.toFixed(2)}x as fast as Starlight (five-link sidebar), with ${(ratio.memory * 100).toFixed(0)}% of its peak memory (${(ratio.processMemory * 100).toFixed(0)}% by largest process) and ${(ratio.output * 100).toFixed(0)}% of its output`);
  }
  for (const doubling of result.ratios.doublingTimes) log(`${doubling.to} pages take ${doubling.ratio.toFixed(2)}x the time of ${doubling.from}`);
  for (const rebuild of result.ratios.rebuildSpeedup) log(`${rebuild.pages} pages: a rebuild after one page changed is ${rebuild.ratio.toFixed(2)}x as fast as a cold build`);
}
