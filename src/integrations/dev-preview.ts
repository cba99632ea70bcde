/**
 * What `npm run dev` needs to preview the handbook as the built site shows it: the strict policy with
 * a nonce for the dev server's own styles (`dev-security-policy.ts`), and search over an index built
 * in the background (`dev-search-index.ts`). Nothing here runs in `astro build`: the built pages carry
 * the production policy untouched and the build writes its own index.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { close } from 'pagefind';
import type { Plugin } from 'vite';
import { DevSearchIndex } from './dev-search-index.ts';

/** The Astro integration of the preview; a no-op outside `astro dev`. */
export function devPreview(): AstroIntegration {
  let dotAstro = '';
  let search: DevSearchIndex | undefined;
  let pending: NodeJS.Timeout | undefined;
  return {
    name: 'baton-dev-preview',
    hooks: {
      'astro:config:setup': ({ command, config, addMiddleware, updateConfig }) => {
        if (command !== 'dev') return;
        dotAstro = join(fileURLToPath(config.root), '.astro');
        addMiddleware({ entrypoint: new URL('./dev-security-policy.ts', import.meta.url), order: 'pre' });
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
        server.middlewares.use(search.middleware);
        // Astro writes its content store after every change the loaders make; the index follows it,
        // once a burst of writes has settled.
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(dotAstro) || !file.slice(dotAstro.length + 1).startsWith('data-store')) return;
          clearTimeout(pending);
          pending = setTimeout(() => search?.refresh(), 150);
        });
      },
      'astro:server:start': ({ address }) => search?.start(origin(address)),
      'astro:server:done': async () => {
        clearTimeout(pending);
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
  const destination = logger.options.destination;
  const write = destination.write.bind(destination);
  destination.write = (event) => {
    if (event.level === 'info' && search.indexing) return;
    write(event);
  };
}

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
