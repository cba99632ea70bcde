/**
 * Makes the requests after a content change read the changed content. Under `npm run dev` Astro
 * writes its content store to `.astro/data-store.json` after the loaders store a change, and
 * invalidates the one module that holds the file's text. Two things can still serve the old page
 * until the next change, and they do, one edit in a few, whenever the machine is busy:
 *
 * - the content runtime keeps the store it first read in a module-level singleton, which only
 *   forgets it when that module happens to be evaluated again (a side effect of other files in
 *   `.astro/` changing, which may come before the store is written rather than after);
 * - the route cache (each page route's `getStaticPaths`, which hands the page its entry) is emptied
 *   on a content change, but a request that started before the change and ends after it stores the
 *   old paths into the emptied cache, where they stay.
 *
 * So after every write of the store this hands the runtime's singleton the store as written (through
 * its own `set`, so no module is evaluated again under a running request) and empties the route
 * cache; and it does both again once every request that started before that has ended.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRunnableDevEnvironment, type RunnableDevEnvironment, type ViteDevServer } from 'vite';

/** The content runtime's module that keeps the store it read (`astro/dist/content/data-store.js`). */
const STORE_HOLDER = /[\\/]astro[\\/]dist[\\/]content[\\/]data-store\.js$/;
/** The module that holds the text of `.astro/data-store.json`, as Astro names it once resolved. */
const STORE_TEXT = '\0astro:data-layer-content';
/** The Vite environments Astro renders pages in, which are the ones it tells of content changes. */
const PAGE_ENVIRONMENTS = ['ssr', 'prerender'];

/** What the store holder exports, as far as this needs it. */
interface StoreHolder {
  globalDataStore?: { set?(store: unknown): void };
  ImmutableDataStore?: { fromModule?(): Promise<unknown> };
}

/** Follows writes of the preview's content store and keeps requests from reading an older one. */
export class DevContentRefresh {
  readonly #server: ViteDevServer;
  readonly #warn: (message: string) => void;
  /** How many writes have been taken in; each request notes the count it started under. */
  #takenIn = 0;
  /** Requests running now, by the count they started under. */
  readonly #running = new Map<number, number>();
  #refreshing: Promise<void> = Promise.resolve();
  #warned = false;

  constructor(server: ViteDevServer, warn: (message: string) => void) {
    this.#server = server;
    this.#warn = warn;
  }

  /** Connect middleware: notes when each request starts and ends. */
  readonly middleware = (_request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const startedUnder = this.#takenIn;
    this.#running.set(startedUnder, (this.#running.get(startedUnder) ?? 0) + 1);
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      const left = (this.#running.get(startedUnder) ?? 1) - 1;
      if (left > 0) this.#running.set(startedUnder, left);
      else this.#running.delete(startedUnder);
      // The last request that could have read the store before it was taken in: take it in once more.
      if (startedUnder < this.#takenIn && ![...this.#running.keys()].some((count) => count < this.#takenIn)) void this.#refresh();
    };
    response.once('finish', end);
    response.once('close', end);
    next();
  };

  /** Astro has written the content store; resolves once requests from now on read it. */
  async storeWritten(): Promise<void> {
    await this.#refresh();
    this.#takenIn += 1;
  }

  /** Hands the content runtime the store as written and empties the route cache; one at a time. */
  #refresh(): Promise<void> {
    this.#refreshing = this.#refreshing.then(() => this.#takeIn());
    return this.#refreshing;
  }

  async #takeIn(): Promise<void> {
    for (const name of PAGE_ENVIRONMENTS) {
      const environment = this.#server.environments[name];
      if (!environment || !isRunnableDevEnvironment(environment)) continue;
      try {
        await takeInto(environment, () => this.#warnOnce());
        // Astro's own signal to empty the route cache.
        environment.hot.send('astro:content-changed', {});
      } catch (error) {
        // The server may be closing; a preview that shows an older page is no reason to stop it.
        this.#warn(`Could not refresh the preview's content: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  #warnOnce(): void {
    if (this.#warned) return;
    this.#warned = true;
    this.#warn("This Astro version's content runtime has no `globalDataStore.set`: an edit may show only after the next one");
  }
}

/** Hands the content runtime evaluated in `environment` the store as written, if it has read one yet. */
async function takeInto(environment: RunnableDevEnvironment, unsupported: () => void): Promise<void> {
  // The file's text, transformed and evaluated again on its next import (a module that imports nothing).
  const text = environment.moduleGraph.getModuleById(STORE_TEXT);
  if (text) environment.moduleGraph.invalidateModule(text);
  const modules = environment.runner.evaluatedModules;
  const evaluatedText = modules.getModuleById(STORE_TEXT);
  if (evaluatedText) modules.invalidateModule(evaluatedText);
  // A holder not evaluated yet reads the store as written when it is.
  const holder = [...modules.idToModuleMap.values()].find((node) => STORE_HOLDER.test(node.id) && node.evaluated)?.exports as StoreHolder | undefined;
  if (!holder) return;
  const { globalDataStore, ImmutableDataStore } = holder;
  if (globalDataStore?.set && ImmutableDataStore?.fromModule) globalDataStore.set(await ImmutableDataStore.fromModule());
  else unsupported();
}
