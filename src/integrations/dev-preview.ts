/**
 * What `npm run dev` needs to preview the handbook as the built site shows it: the strict policy with
 * a nonce for the dev server's own styles (`dev-security-policy.ts`), a page's content errors in the
 * error overlay instead of the page (`dev-content-errors.ts`), every edit on the next request
 * (`dev-content-refresh.ts`), and search over an index built in the
 * background (`dev-search-index.ts`). It also keeps the editor's frontmatter schemas in step
 * with the pages on disk (`scripts/commands/schema/editor-schemas.ts`). Nothing here runs in
 * `astro build`: the built pages carry the production policy untouched and the build writes its own index.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { close } from 'pagefind';
import type { Plugin } from 'vite';
import { writeEditorSchemas } from '../../scripts/commands/schema/editor-schemas.ts';
import { handbookPaths } from '../lib/reading/handbook-paths.ts';
import { DevContentRefresh } from './dev-content-refresh.ts';
import { DevSearchIndex } from './dev-search-index.ts';

/** The Astro integration of the preview; a no-op outside `astro dev`. */
export function devPreview(): AstroIntegration {
  let projectRoot = '';
  let dotAstro = '';
  let search: DevSearchIndex | undefined;
  let pending: NodeJS.Timeout | undefined;
  let editorPending: NodeJS.Timeout | undefined;
  return {
    name: 'baton-dev-preview',
    hooks: {
      'astro:config:setup': ({ command, config, addMiddleware, updateConfig }) => {
        if (command !== 'dev') return;
        projectRoot = fileURLToPath(config.root);
        dotAstro = join(projectRoot, '.astro');
        addMiddleware({ entrypoint: new URL('./dev-security-policy.ts', import.meta.url), order: 'pre' });
        addMiddleware({ entrypoint: new URL('./dev-content-errors.ts', import.meta.url), order: 'pre' });
        updateConfig({
          // The toolbar is not part of the site, and its components write <style> into shadow roots,
          // which only 'unsafe-inline' would let through: leaving it out keeps the preview's policy strict.
          devToolbar: { enabled: false },
          vite: { plugins: [overlayStyleNonce()] },
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        search = new DevSearchIndex(logger.fork('search'));
        leaveOutIndexerRequests(logger, search);
        const refresh = new DevContentRefresh(server, (message) => logger.warn(message));
        server.middlewares.use(refresh.middleware);
        server.middlewares.use(search.middleware);
        const paths = handbookPaths(projectRoot, process.env.BATON_HANDBOOK);
        const editor = logger.fork('editor');
        const writeEditorFiles = () => {
          // The editor opens this repository; another handbook folder (the tests' fixtures) is not in it.
          if (process.env.BATON_HANDBOOK) return;
          writeEditorSchemas(projectRoot, paths.root).catch((error: unknown) => {
            editor.warn(`Could not write the editor's frontmatter schemas: ${error instanceof Error ? error.message : String(error)}`);
          });
        };
        writeEditorFiles();
        const schemas = join(projectRoot, 'public', 'schemas');
        server.watcher.add(paths.content);
        server.watcher.on('all', (_event, file) => {
          // Astro writes its content store after every change the loaders make; the index follows it,
          // once a burst of writes has settled.
          if (file.startsWith(dotAstro) && file.slice(dotAstro.length + 1).startsWith('data-store')) {
            const takenIn = refresh.storeWritten();
            clearTimeout(pending);
            pending = setTimeout(() => void takenIn.finally(() => search?.refresh()), 150);
          }
          // The settings are read once per module load, and Vite does not know pages depend on the file:
          // after it changes, every server module is loaded afresh on the next request.
          if (file === paths.config) {
            for (const environment of Object.values(server.environments)) environment.moduleGraph.invalidateAll();
            server.ws.send({ type: 'full-reload' });
          }
          // Any change to the content (a person added or gone, a page renamed) or a schema regenerated:
          // the editor's manifest and the ids it suggests follow.
          if (file.startsWith(paths.content) || file === paths.config || file.startsWith(schemas)) {
            clearTimeout(editorPending);
            editorPending = setTimeout(writeEditorFiles, 150);
          }
        });
      },
      'astro:server:start': ({ address }) => search?.start(origin(address)),
      'astro:server:done': async () => {
        clearTimeout(pending);
        clearTimeout(editorPending);
        await close();
      },
    },
  };
}

/** The URL the dev server answers on, for its own requests. */
function origin(address: AddressInfo): string {
  const wildcard = address.address === '::' || address.address === '0.0.0.0';
  const host = wildcard ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/**
 * The dev server logs every request it answers; the indexer's (every page, at start and after each
 * change) would bury what the author needs to read. Their info lines are dropped; warnings and errors
 * still print. Astro gives integrations no other hook into its request log.
 */
function leaveOutIndexerRequests(logger: AstroIntegrationLogger, search: DevSearchIndex): void {
  activeSearch = search;
  const destination = logger.options.destination;
  // Astro restarts the server (not the process) when its config changes: wrap the destination once.
  if (quietedDestinations.has(destination)) return;
  quietedDestinations.add(destination);
  const write = destination.write.bind(destination);
  destination.write = (event) => {
    if (event.level === 'info' && activeSearch?.indexing) return;
    write(event);
  };
}

let activeSearch: DevSearchIndex | undefined;
const quietedDestinations = new WeakSet<object>();

/**
 * Astro's error overlay (patched into Vite's client) writes its stylesheet into a shadow root as a
 * `<style>` without a nonce, so under the preview's policy an error would show unstyled. This gives
 * that one element the nonce Vite's client already read from `<meta property="csp-nonce">`.
 */
function overlayStyleNonce(): Plugin {
  const template = 'this.root.innerHTML = overlayTemplate;';
  return {
    name: 'baton-overlay-style-nonce',
    enforce: 'post',
    transform(code, id) {
      if (!/vite\/dist\/client\/client\.mjs/.test(id) || !code.includes(template)) return undefined;
      return code.replace(template, 'this.root.innerHTML = cspNonce ? overlayTemplate.replace("<style>", `<style nonce="${cspNonce}">`) : overlayTemplate;');
    },
  };
}
