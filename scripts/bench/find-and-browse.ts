/**
 * What finding and browsing cost, on synthetic handbooks of growing size (the same generator as the
 * rest of the benchmark): the output of a build with the section navigation and the indexed facts,
 * beside a baseline checkout built from the same pages, and search as a reader feels it in Chromium:
 * from the last keystroke of a query typed at reading speed to the first of its results on screen,
 * and the bytes fetched while typing it. Each query is typed in a fresh browser context, so nothing
 * is cached from an earlier one: a reader's first search.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { median } from './measure.ts';
import { writeSyntheticHandbook, type SyntheticHandbook } from './synthetic-handbook.ts';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TODAY = '2026-11-23';
/** Queries a reader might type: one common word, one rarer, two words, a name. */
const QUERIES = ['royalty', 'examiner', 'freedom operate', 'partner 00019'];
/** The pause between keystrokes: a quick typist. */
const KEYSTROKE_MS = 110;

/** Options of a run. */
export interface FindBenchOptions {
  sizes: number[];
  /** Times each query is typed, each in a fresh browser context. */
  runs: number;
  workDir: string;
  /** This project's folder. */
  projectRoot: string;
  /** Another Baton checkout with dependencies, built from the same pages for comparison. */
  baseline?: string;
  log(line: string): void;
}

/** The output of one build. */
interface Output {
  bytes: number;
  htmlBytes: number;
  indexBytes: number;
  /** Bytes of `<nav class="section-nav">` over every page. */
  navigationBytes: number;
  /** Bytes of the indexed facts over every page. */
  factBytes: number;
  pages: number;
}

/** One typed query. */
interface QueryCost {
  latencyMs: number;
  bytes: number;
}

/** Builds each size, measures, and prints two tables. */
export async function runFindBench({ sizes, runs, workDir, projectRoot, baseline, log }: FindBenchOptions): Promise<void> {
  const rows: { pages: number; ours: Output; theirs?: Output; costs: QueryCost[][] }[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    for (const pages of sizes) {
      const handbook = join(workDir, `handbook-${pages}`);
      log(`Generating ${pages} pages...`);
      mendPlantedBreaks(writeSyntheticHandbook(handbook, pages));
      let theirs: Output | undefined;
      if (baseline) {
        log(`  building ${pages} pages with the baseline`);
        const output = join(workDir, `baseline-${pages}`);
        await build(baseline, handbook, output);
        theirs = measureOutput(output);
        rmSync(output, { recursive: true, force: true });
      }
      log(`  building ${pages} pages`);
      const output = join(workDir, `site-${pages}`);
      await build(projectRoot, handbook, output);
      const ours = measureOutput(output);
      const server = await serve(output);
      const costs: QueryCost[][] = QUERIES.map(() => []);
      try {
        for (let run = 1; run <= runs; run += 1) {
          for (const [index, query] of QUERIES.entries()) {
            log(`  ${pages} pages, run ${run} of ${runs}: typing “${query}”`);
            costs[index]!.push(await typeQuery(browser, server.url, query));
          }
        }
      } finally {
        await server.close();
        rmSync(output, { recursive: true, force: true });
      }
      rows.push({ pages, ours, ...(theirs && { theirs }), costs });
    }
  } finally {
    await browser.close();
  }
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const perPage = (bytes: number, pages: number) => `${(bytes / pages / 1024).toFixed(2)} KiB`;
  log('');
  log('Output of a build: in all, the section navigation and the indexed facts (per page), and against the baseline built from the same pages');
  log('');
  log('| Pages | Output | HTML | Search index | Navigation per page | Facts per page | Baseline output | Growth |');
  log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { pages, ours, theirs } of rows) {
    const growth = theirs ? `${(((ours.bytes - theirs.bytes) / theirs.bytes) * 100).toFixed(1)}%` : 'n/a';
    log(`| ${pages.toLocaleString('en')} | ${megabytes(ours.bytes)} | ${megabytes(ours.htmlBytes)} | ${megabytes(ours.indexBytes)} | ${perPage(ours.navigationBytes, ours.pages)} | ${perPage(ours.factBytes, ours.pages)} | ${theirs ? megabytes(theirs.bytes) : 'n/a'} | ${growth} |`);
  }
  log('');
  log(`Search in Chromium, typed at ${KEYSTROKE_MS} ms a key in a fresh context: last keystroke to first result on screen, and bytes fetched while typing; medians of ${runs} runs`);
  log('');
  log(`| Pages | ${QUERIES.map((query) => `“${query}”`).join(' | ')} | Median | Bytes per query (median) |`);
  log(`| ---: | ${QUERIES.map(() => '---:').join(' | ')} | ---: | ---: |`);
  for (const { pages, costs } of rows) {
    const latencies = costs.map((runsOfQuery) => median(runsOfQuery.map((cost) => cost.latencyMs)));
    const all = costs.flat();
    log(`| ${pages.toLocaleString('en')} | ${latencies.map((ms) => `${ms.toFixed(0)} ms`).join(' | ')} | ${median(all.map((cost) => cost.latencyMs)).toFixed(0)} ms | ${(median(all.map((cost) => cost.bytes)) / 1024).toFixed(0)} KiB |`);
  }
}

/**
 * Points the generator's deliberately broken links (there for the checker's benchmark) at pages and
 * headings that exist: the build refuses a handbook with broken links, as `npm run check` does.
 */
function mendPlantedBreaks(handbook: SyntheticHandbook): void {
  for (const planted of handbook.planted) {
    const file = join(handbook.root, planted.file);
    const mended = planted.kind === 'missing-page' ? planted.url.replace('-retired', '') : planted.url.replace(/#[^#]*$/, '');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(planted.url, mended));
  }
}

/** Builds `handbook` with the project at `root`, cold, as `npm run build` does. */
function build(root: string, handbook: string, output: string): Promise<void> {
  // The content cache astro.config.mjs derives from BATON_HANDBOOK: removed, so every build is cold.
  rmSync(join(root, 'node_modules/.astro/handbooks', createHash('sha256').update(handbook).digest('hex').slice(0, 12)), { recursive: true, force: true });
  rmSync(output, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', output], {
      cwd: root,
      env: { ...process.env, BATON_HANDBOOK: handbook, BATON_TODAY: TODAY, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-8000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`The build in ${root} failed:\n${tail}`))));
  });
}

function measureOutput(folder: string): Output {
  const output: Output = { bytes: 0, htmlBytes: 0, indexBytes: 0, navigationBytes: 0, factBytes: 0, pages: 0 };
  const walk = (path: string, relative: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const child = join(path, entry.name);
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        walk(child, name);
        continue;
      }
      const size = statSync(child).size;
      output.bytes += size;
      if (name.startsWith('pagefind/')) output.indexBytes += size;
      if (!name.endsWith('.html')) continue;
      output.htmlBytes += size;
      const html = readFileSync(child, 'utf8');
      const navigation = /<nav class="section-nav"[\s\S]*?<\/nav>/.exec(html)?.[0];
      if (navigation) {
        output.pages += 1;
        output.navigationBytes += Buffer.byteLength(navigation);
      }
      const facts = /<div class="indexed-facts"[\s\S]*?<\/div>/.exec(html)?.[0];
      if (facts) output.factBytes += Buffer.byteLength(facts);
    }
  };
  walk(folder, '');
  output.pages ||= 1;
  return output;
}

/** Opens `/search/` in a fresh context, types `query` key by key, and times its first result after the last key. */
async function typeQuery(browser: Browser, base: string, query: string): Promise<QueryCost> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/search/`);
    await page.locator('#search-status').filter({ hasText: 'Type a word' }).waitFor();
    await page.evaluate((expected) => {
      const input = document.querySelector('#search-query')!;
      const list = document.querySelector<HTMLElement>('#search-results')!;
      const state = window as unknown as { lastKey: number; firstResult: Promise<number> };
      state.lastKey = 0;
      input.addEventListener('keydown', () => (state.lastKey = performance.now()), { capture: true });
      state.firstResult = new Promise((resolve) => {
        new MutationObserver((_, observer) => {
          if (list.dataset.query === expected && list.querySelector('.search-result')) {
            observer.disconnect();
            // The frame that shows the result is painted after this callback.
            requestAnimationFrame(() => resolve(performance.now() - state.lastKey));
          }
        }).observe(list, { childList: true, subtree: true, attributes: true });
      });
    }, query);
    const fetched: Promise<number>[] = [];
    page.on('requestfinished', (request) => fetched.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize)));
    await page.locator('#search-query').pressSequentially(query, { delay: KEYSTROKE_MS });
    const latencyMs = await page.evaluate(() => (window as unknown as { firstResult: Promise<number> }).firstResult);
    await page.locator('#search-status').filter({ hasText: /match/ }).waitFor();
    const bytes = (await Promise.all(fetched)).reduce((sum, size) => sum + size, 0);
    return { latencyMs, bytes };
  } finally {
    await context.close();
  }
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };

/** Serves a built site on 127.0.0.1 as a static host does (`/x/` serves `x/index.html`). */
async function serve(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    const found = file.startsWith(root + sep) && (await stat(file).catch(() => undefined))?.isFile();
    const served = found ? file : join(root, '404.html');
    response.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream' });
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
