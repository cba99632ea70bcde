/**
 * Search latency in a real browser: Baton's site is built from a synthetic handbook, served on
 * 127.0.0.1, and Debian's Chromium (driven by playwright-core) types a query on `/search/` and
 * presses Enter. Measured in the page, from that last keystroke to the first result on screen, and
 * from the network, the bytes fetched for the query (index chunks and result fragments). Each query
 * runs in a fresh browser context, so nothing is cached from an earlier one: a reader's first search.
 */
import { createReadStream, rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { median } from './measure.ts';
import { buildBaton } from './site-bench.ts';
import { writeSyntheticHandbook, type HandbookShape } from './synthetic-handbook.ts';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Queries a reader might type: one common word, one rarer, two words, a prefix. */
const QUERIES = ['royalty', 'examiner', 'freedom operate', 'prosec'];

/** Options of a search benchmark run. */
export interface SearchBenchOptions {
  sizes: number[];
  shapes: readonly HandbookShape[];
  /** Times each query is run, each in a fresh browser context. */
  runs: number;
  workDir: string;
  log(line: string): void;
}

/** One query's cost. */
interface QueryCost {
  latencyMs: number;
  bytes: number;
  requests: number;
}

/** Builds a site per shape and size, times the queries, and prints a table. */
export async function runSearchBench({ sizes, shapes, runs, workDir, log }: SearchBenchOptions): Promise<void> {
  const rows: { shape: HandbookShape; pages: number; costs: QueryCost[] }[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    for (const shape of shapes) {
      for (const pages of sizes) {
        const handbook = join(workDir, `handbook-${shape}-${pages}`);
        const output = join(workDir, `site-${shape}-${pages}`);
        log(`Generating ${pages} pages, ${shape}, and building the site...`);
        writeSyntheticHandbook(handbook, pages, { shape });
        const build = await buildBaton(handbook, output, { cold: true });
        log(`  built in ${(build.wallMs / 1000).toFixed(1)} s`);
        const server = await serve(output);
        const costs: QueryCost[] = [];
        try {
          for (let run = 1; run <= runs; run += 1) {
            for (const query of QUERIES) {
              log(`  ${shape}, ${pages} pages, run ${run} of ${runs}: “${query}”`);
              costs.push(await timeQuery(browser, server.url, query));
            }
          }
        } finally {
          await server.close();
          rmSync(output, { recursive: true, force: true });
        }
        rows.push({ shape, pages, costs });
      }
    }
  } finally {
    await browser.close();
  }
  log('');
  log(`Search in Chromium, first search in a fresh context: medians over ${runs} runs of ${QUERIES.length} queries (${QUERIES.map((query) => `“${query}”`).join(', ')})`);
  log('');
  log('| Shape | Pages | Enter to first result | Slowest query (median of its runs) | Bytes fetched per query | Requests per query |');
  log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const { shape, pages, costs } of rows) {
    const slowest = Math.max(...QUERIES.map((_, index) => median(costs.filter((_, at) => at % QUERIES.length === index).map((cost) => cost.latencyMs))));
    log(`| ${shape} | ${pages.toLocaleString('en')} | ${median(costs.map((cost) => cost.latencyMs)).toFixed(0)} ms | ${slowest.toFixed(0)} ms | ${(median(costs.map((cost) => cost.bytes)) / 1024).toFixed(0)} KiB | ${median(costs.map((cost) => cost.requests))} |`);
  }
}

/** Opens `/search/` in a fresh context, types `query`, presses Enter and waits for the first result. */
async function timeQuery(browser: Browser, base: string, query: string): Promise<QueryCost> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/search/`);
    // The page has loaded Pagefind and its filters once the status asks for a word.
    await page.locator('#search-status').filter({ hasText: 'Type a word' }).waitFor();
    await page.locator('#search-query').fill(query);
    await page.evaluate(() => {
      const input = document.querySelector('#search-query')!;
      (window as unknown as { firstResult: Promise<number> }).firstResult = new Promise((resolve) => {
        let pressed = 0;
        input.addEventListener('keydown', (event) => {
          if ((event as KeyboardEvent).key === 'Enter') pressed = performance.now();
        }, { capture: true });
        new MutationObserver((_, observer) => {
          if (pressed > 0 && document.querySelector('#search-results .search-result')) {
            observer.disconnect();
            // The frame that shows the result is painted after this callback.
            requestAnimationFrame(() => resolve(performance.now() - pressed));
          }
        }).observe(document.querySelector('#search-results')!, { childList: true, subtree: true });
      });
    });
    const fetched: Promise<number>[] = [];
    page.on('requestfinished', (request) => fetched.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize)));
    await page.locator('#search-query').press('Enter');
    const latencyMs = await page.evaluate(() => (window as unknown as { firstResult: Promise<number> }).firstResult);
    // The first page of results has every fragment it needs once the status counts the matches.
    await page.locator('#search-status').filter({ hasText: /match/ }).waitFor();
    const bytes = (await Promise.all(fetched)).reduce((sum, size) => sum + size, 0);
    return { latencyMs, bytes, requests: fetched.length };
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
