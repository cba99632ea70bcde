/**
 * Builds the Pagefind search index while Astro renders the site, through Pagefind's Node API: each
 * page is handed to Pagefind as soon as it is rendered (Pagefind works in its own process, on
 * another core), and any page Astro wrote without rendering it here is read from the output folder
 * at the end. `npm run build` alone produces a searchable handbook.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { glob } from 'tinyglobby';

type RenderResult = Awaited<ReturnType<AstroPrerenderer['render']>>;

/** An Astro integration that indexes the built site into `dist/pagefind/`. */
export function pagefindIndex(): AstroIntegration {
  let index: PagefindIndex | undefined;
  const seen = new Set<string>();
  const pending: Promise<unknown>[] = [];
  const failures: string[] = [];
  let pages = 0;

  const add = (url: string, content: string) => {
    seen.add(url);
    // Only pages marked for search are indexed; lists, dashboards and the 404 page are not.
    if (!content.includes('data-pagefind-body')) return;
    pages += 1;
    pending.push(
      index!.addHTMLFile({ url, content }).then(({ errors }) => {
        if (errors.length > 0) failures.push(`${url}: ${errors.join('; ')}`);
      }),
    );
  };

  return {
    name: 'baton-pagefind-index',
    hooks: {
      'astro:build:start': async ({ setPrerenderer }) => {
        // Past 1,000 pages Pagefind packs several pages' fragments into one file: a third less time
        // writing the index (measured at 5,000 pages) and half the disk, for a few more kilobytes
        // fetched per search result.
        // No forced language: Pagefind reads each page's `<html lang>` and keeps one index per language,
        // so a translation is found in its own language's index and stemmed by that language's rules.
        const created = await createIndex({ maxFragments: 1000 });
        if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
        index = created.index;
        setPrerenderer((defaults) => indexingPrerenderer(defaults, add));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!index) return;
        const site = fileURLToPath(dir);
        const rendered = pages;
        await addUnrenderedPages(site, seen, add);
        const restored = pages - rendered;
        await Promise.all(pending);
        if (failures.length > 0) throw new Error(`Pagefind could not index some pages:\n${failures.join('\n')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await close();
        report(logger, pages, restored);
      },
    },
  };
}

/** Astro's own prerenderer, with every HTML page it renders also handed to `add`. */
function indexingPrerenderer(defaults: AstroPrerenderer, add: (url: string, content: string) => void): AstroPrerenderer {
  return {
    name: 'baton-pagefind-indexing',
    ...(defaults.setup && { setup: () => defaults.setup!() }),
    getStaticPaths: () => defaults.getStaticPaths(),
    async render(request, options): Promise<RenderResult> {
      const result = await defaults.render(request, options);
      const response = result instanceof Response ? result : result.response;
      if (response.status !== 200 || !response.headers.get('content-type')?.includes('text/html')) return result;
      const html = await response.text();
      add(new URL(request.url).pathname, html);
      const copy = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? copy : { ...result, response: copy };
    },
    ...(defaults.collectStaticImages && { collectStaticImages: () => defaults.collectStaticImages!() }),
    ...(defaults.teardown && { teardown: () => defaults.teardown!() }),
  };
}

/** Pages in the output that did not pass through the prerenderer (none today; a safety net for future Astro features). */
async function addUnrenderedPages(site: string, seen: ReadonlySet<string>, add: (url: string, content: string) => void): Promise<void> {
  const files = await glob('**/*.html', { cwd: site, ignore: ['pagefind/**', '_astro/**', '404.html'] });
  for (const file of files) {
    const url = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
    if (!seen.has(url)) add(url, await readFile(join(site, file), 'utf8'));
  }
}

function report(logger: AstroIntegrationLogger, pages: number, restored: number): void {
  logger.info(`Indexed ${pages} pages for search${restored > 0 ? ` (${restored} read back from the output folder)` : ''}`);
}
