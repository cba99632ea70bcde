/**
 * Finding, as a reader feels it: Baton's site is built from a synthetic handbook, served on
 * 127.0.0.1, and Debian's Chromium (driven by playwright-core) types a query on `/search/` at a quick
 * typist's pace. Measured in the page, from the last keystroke to the first of that query's results
 * on screen (search runs as you type, so there is no Enter to wait for), and from the network, the
 * bytes and requests fetched while typing it. Each query is typed in a fresh browser context, so
 * nothing is cached from an earlier one: a reader's first search. Beside it, what browsing adds to
 * the output: the section navigation and the indexed facts of every entry page.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
// The browser and the static host the browser tests use, so the bench measures what they test.
import { CHROMIUM, CHROMIUM_FLAGS } from '../../test/helpers/browser.ts';
import { serveStatic } from '../../test/helpers/static-server.ts';
import { median } from './measure.ts';
import { buildBaton } from './site-bench.ts';
import { writeSyntheticHandbook, type HandbookShape } from './synthetic-handbook.ts';

/** Queries a reader might type: one common word, one rarer, two words, a prefix. */
const QUERIES = ['royalty', 'examiner', 'freedom operate', 'prosec'];
/** The pause between keystrokes: a quick typist. */
const KEYSTROKE_MS = 110;
/** The targets the issue on find and browse sets, at 10,000 pages. */
const TARGET = { latencyMs: 150, kib: 300 };

/** Options of a search benchmark run. */
export interface SearchBenchOptions {
  sizes: number[];
  shapes: readonly HandbookShape[];
  /** Times each query is typed, each in a fresh browser context. */
  runs: number;
  workDir: string;
  log(line: string): void;
}

/** One typed query's cost. */
interface QueryCost {
  latencyMs: number;
  bytes: number;
  requests: number;
}

/** What a build's pages carry for browsing. */
interface BrowsingOutput {
  entryPages: number;
  htmlBytes: number;
  indexBytes: number;
  /** Bytes of `<nav class="section-nav">` over every entry page. */
  navigationBytes: number;
  /** Bytes of the indexed facts over every entry page. */
  factBytes: number;
}

/** Builds a site per shape and size, types the queries, and prints two tables. */
export async function runSearchBench({ sizes, shapes, runs, workDir, log }: SearchBenchOptions): Promise<void> {
  const rows: { shape: HandbookShape; pages: number; output: BrowsingOutput; costs: QueryCost[][] }[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    for (const shape of shapes) {
      for (const pages of sizes) {
        const handbook = join(workDir, `handbook-${shape}-${pages}`);
        const output = join(workDir, `site-${shape}-${pages}`);
        log(`Generating ${pages} pages, ${shape}, and building the site...`);
        // Without the checker's planted breaks: the build refuses a handbook with broken links.
        writeSyntheticHandbook(handbook, pages, { shape, breaks: false });
        const build = await buildBaton(handbook, output, { cold: true });
        log(`  built in ${(build.wallMs / 1000).toFixed(1)} s`);
        const browsing = measureBrowsingOutput(output);
        const server = await serveStatic(output);
        const costs: QueryCost[][] = QUERIES.map(() => []);
        try {
          // Interleaved, so a busy moment of the machine falls on every query alike.
          for (let run = 1; run <= runs; run += 1) {
            for (const [index, query] of QUERIES.entries()) {
              log(`  ${shape}, ${pages} pages, run ${run} of ${runs}: typing “${query}”`);
              costs[index]!.push(await typeQuery(browser, server.url, query));
            }
          }
        } finally {
          await server.close();
          rmSync(output, { recursive: true, force: true });
        }
        rows.push({ shape, pages, output: browsing, costs });
      }
    }
  } finally {
    await browser.close();
  }
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  log('');
  log(`Search in Chromium, typed at ${KEYSTROKE_MS} ms a key in a fresh context: from the last keystroke to the first result on screen, and what was fetched while typing; medians over ${runs} runs of each query (target at 10,000 pages: ${TARGET.latencyMs} ms, ${TARGET.kib} KiB)`);
  log('');
  log(`| Shape | Pages | ${QUERIES.map((query) => `“${query}”`).join(' | ')} | All queries | Bytes per query | Requests per query |`);
  log(`| --- | ---: | ${QUERIES.map(() => '---:').join(' | ')} | ---: | ---: | ---: |`);
  for (const { shape, pages, costs } of rows) {
    const all = costs.flat();
    const perQuery = costs.map((ofQuery) => `${median(ofQuery.map((cost) => cost.latencyMs)).toFixed(0)} ms`);
    log(`| ${shape} | ${pages.toLocaleString('en')} | ${perQuery.join(' | ')} | ${median(all.map((cost) => cost.latencyMs)).toFixed(0)} ms | ${kib(median(all.map((cost) => cost.bytes)))} | ${median(all.map((cost) => cost.requests))} |`);
  }
  log('');
  log('What browsing adds to the output: the section navigation and the indexed facts, per entry page');
  log('');
  log('| Shape | Pages | HTML | Search index | Navigation per page | Facts per page |');
  log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const { shape, pages, output } of rows) {
    const perPage = (bytes: number) => `${(bytes / Math.max(output.entryPages, 1) / 1024).toFixed(2)} KiB`;
    log(`| ${shape} | ${pages.toLocaleString('en')} | ${megabytes(output.htmlBytes)} | ${megabytes(output.indexBytes)} | ${perPage(output.navigationBytes)} | ${perPage(output.factBytes)} |`);
  }
}

/** Opens `/search/` in a fresh context, types `query` key by key, and times its first result after the last key. */
async function typeQuery(browser: Browser, base: string, query: string): Promise<QueryCost> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/search/`);
    // The page has loaded Pagefind and its filters once the status asks for a word.
    await page.locator('#search-status').filter({ hasText: 'Type a word' }).waitFor();
    await page.evaluate((expected) => {
      const input = document.querySelector('#search-query')!;
      const list = document.querySelector<HTMLElement>('#search-results')!;
      const state = window as unknown as { lastKey: number; firstResult: Promise<number> };
      state.lastKey = 0;
      input.addEventListener('keydown', () => (state.lastKey = performance.now()), { capture: true });
      state.firstResult = new Promise((resolve) => {
        new MutationObserver((_, observer) => {
          // Results of the whole query, not of a prefix typed on the way.
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
    // The first page of results has every fragment it needs once the status counts the matches.
    await page.locator('#search-status').filter({ hasText: /match/ }).waitFor();
    const bytes = (await Promise.all(fetched)).reduce((sum, size) => sum + size, 0);
    return { latencyMs, bytes, requests: fetched.length };
  } finally {
    await context.close();
  }
}

/** Sums the HTML, the search index, and the navigation and facts of every entry page of a build. */
function measureBrowsingOutput(folder: string): BrowsingOutput {
  const output: BrowsingOutput = { entryPages: 0, htmlBytes: 0, indexBytes: 0, navigationBytes: 0, factBytes: 0 };
  const walk = (path: string, relative: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const child = join(path, entry.name);
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        walk(child, name);
        continue;
      }
      if (name.startsWith('pagefind/')) output.indexBytes += statSync(child).size;
      if (!name.endsWith('.html')) continue;
      output.htmlBytes += statSync(child).size;
      const html = readFileSync(child, 'utf8');
      const navigation = /<nav class="section-nav"[\s\S]*?<\/nav>/.exec(html)?.[0];
      if (navigation === undefined) continue;
      output.entryPages += 1;
      output.navigationBytes += Buffer.byteLength(navigation);
      output.factBytes += Buffer.byteLength(/<div class="indexed-facts"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '');
    }
  };
  walk(folder, '');
  return output;
}
