/**
 * What `npm run dev` needs to preview the handbook as the built site shows it: the strict policy with
 * a nonce for the dev server's own styles (`dev-security-policy.ts`), and search over an index built
 * in the background (`dev-search-index.ts`). Nothing here runs in `astro build`: the built pages carry
 * the production policy untouched and the build writes its own index.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The Astro integration of the preview; a no-op outside `astro dev`. */
export function devPreview(): AstroIntegration {
  return {
    name: 'baton-dev-preview',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware, updateConfig }) => {
        if (command !== 'dev') return;
        addMiddleware({ entrypoint: new URL('./dev-security-policy.ts', import.meta.url), order: 'pre' });
        updateConfig({
          // The toolbar is not part of the site, and its components write <style> into shadow roots,
          // which only 'unsafe-inline' would let through: leaving it out keeps the preview's policy strict.
          devToolbar: { enabled: false },
          vite: { plugins: [overlayStyleNonce()] },
        });
      },
    },
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
