/**
 * Search for the preview. `astro dev` renders pages on request and writes no files, so there is no
 * `dist/pagefind/` to load: this builds a Pagefind index in memory by asking the dev server for its
 * own pages (from the home page, following the site's links), exactly as a reader would get them, and
 * serves it at `/pagefind/`. It is built in the background once the server is up and again whenever
 * the content store changes; until the first one is ready, requests for it wait.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegrationLogger } from 'astro';
import { createIndex } from 'pagefind';

/** Marks the requests the indexer makes, so that the dev server's request log can leave them out. */
export const INDEXER_HEADER = 'x-baton-search-indexer';

/** Pages fetched at once while indexing. */
const CONCURRENCY = 4;

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
};

/** An index of the preview's pages, rebuilt on demand, and the middleware that serves it. */
export class DevSearchIndex {
  readonly #logger: AstroIntegrationLogger;
  readonly #quiet = new AsyncLocalStorage<boolean>();
  #origin: string | undefined;
  #files = new Map<string, Uint8Array>();
  #previous = new Map<string, Uint8Array>();
  #failure: string | undefined;
  #ready: Promise<void> | undefined;
  #markReady: (() => void) | undefined;
  #running = false;
  #again = false;

  constructor(logger: AstroIntegrationLogger) {
    this.#logger = logger;
    this.#ready = new Promise((resolve) => (this.#markReady = resolve));
  }

  /** Whether the current request is one of the indexer's own. */
  get indexing(): boolean {
    return this.#quiet.getStore() === true;
  }

  /** Starts indexing the dev server at `origin` (`http://127.0.0.1:4321`). */
  start(origin: string): void {
    this.#origin = origin;
    this.refresh();
  }

  /** Indexes again, after the running build if one is under way. */
  refresh(): void {
    if (!this.#origin) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = true;
    void this.#build(this.#origin).finally(() => {
      this.#running = false;
      if (this.#again) {
        this.#again = false;
        this.refresh();
      }
    });
  }

  /** Connect middleware: tags the indexer's requests, and serves `/pagefind/*` from the index. */
  readonly middleware = (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    if (request.headers[INDEXER_HEADER]) {
      this.#quiet.run(true, next);
      return;
    }
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!path.startsWith('/pagefind/')) return next();
    void this.#ready!.then(() => this.#serve(path, response));
  };

  #serve(path: string, response: ServerResponse): void {
    const file = this.#files.get(path) ?? this.#previous.get(path);
    if (file) {
      const type = TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(file);
      return;
    }
    const reason = this.#files.size === 0 && this.#failure ? `The preview's search index could not be built: ${this.#failure}` : `${path} is not part of the preview's search index`;
    response.writeHead(this.#files.size === 0 && this.#failure ? 503 : 404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    response.end(reason);
  }

  async #build(origin: string): Promise<void> {
    const first = this.#files.size === 0 && this.#failure === undefined;
    const started = performance.now();
    try {
      const { files, pages } = await indexSite(origin);
      // A page left open keeps asking for the fragments of the index it loaded; keep those one round longer.
      this.#previous = this.#files;
      this.#files = files;
      this.#failure = undefined;
      if (first) this.#logger.info(`Search index of the preview ready: ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s; it follows content changes`);
    } catch (error) {
      const failure = error instanceof Error ? error.message : String(error);
      // Said once while the same thing stays wrong, not after every edit.
      if (failure !== this.#failure) this.#logger.warn(`The preview's search index could not be ${first ? 'built' : 'refreshed'}: ${failure}`);
      this.#failure = failure;
    } finally {
      this.#markReady?.();
      this.#markReady = undefined;
    }
  }
}

/** Fetches every page reachable from `origin`'s home page and indexes those marked for search. */
async function indexSite(origin: string): Promise<{ files: Map<string, Uint8Array>; pages: number }> {
  const created = await createIndex({ forceLanguage: 'en' });
  if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
  const index = created.index;
  try {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    let pages = 0;
    const visit = async (path: string) => {
      const response = await fetch(new URL(path, origin), { headers: { [INDEXER_HEADER]: '1' } });
      if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) {
        await response.body?.cancel();
        if (path === '/') throw new Error(`the home page answered ${response.status}; once what the terminal reports is fixed, the index follows`);
        return;
      }
      const html = await response.text();
      for (const link of sitePageLinks(html, path)) {
        if (seen.has(link)) continue;
        seen.add(link);
        queue.push(link);
      }
      if (!html.includes('data-pagefind-body')) return;
      const added = await index.addHTMLFile({ url: path, content: html });
      if (added.errors.length > 0) throw new Error(`${path}: ${added.errors.join('; ')}`);
      pages += 1;
    };
    await new Promise<void>((resolve, reject) => {
      let active = 0;
      let failed = false;
      const pump = () => {
        while (!failed && active < CONCURRENCY && queue.length > 0) {
          active += 1;
          visit(queue.shift()!).then(
            () => {
              active -= 1;
              if (active === 0 && queue.length === 0) resolve();
              else pump();
            },
            (error: unknown) => {
              failed = true;
              reject(error);
            },
          );
        }
      };
      pump();
    });
    const { files, errors } = await index.getFiles();
    if (errors.length > 0) throw new Error(errors.join('; '));
    return { files: new Map(files.map((file) => [`/pagefind/${file.path}`, file.content])), pages };
  } finally {
    await index.deleteIndex();
  }
}

/** The site pages (paths ending in `/`) that `html`, served at `path`, links to. */
export function sitePageLinks(html: string, path: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/\shref="([^"]*)"/g)) {
    const target = new URL(match[1]!.replaceAll('&amp;', '&'), new URL(path, 'http://site'));
    if (target.origin !== 'http://site' || !target.pathname.endsWith('/')) continue;
    if (/^\/(?:_astro|@|pagefind|src|node_modules)\b/.test(target.pathname)) continue;
    links.push(target.pathname);
  }
  return links;
}
