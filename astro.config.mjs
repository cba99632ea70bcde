// @ts-check
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { dropUnreadHeadInjectDirective, plainBundlerWarnings } from './src/integrations/build-output.ts';
import { devPreview } from './src/integrations/dev-preview.ts';
import { handbookPublic } from './src/integrations/handbook-public.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { releaseMemory } from './src/integrations/release-memory.ts';
import { sourceFingerprint } from './src/integrations/source-fingerprint.ts';
import { handbookPaths } from './src/lib/reading/handbook-paths.ts';
import { readProjectConfig } from './src/lib/reading/project-config.ts';
import { readRedirects } from './src/lib/reading/redirects-file.ts';
import { rewriteLinksPlugin } from './src/site/markdown/rewrite-links-plugin.ts';
import { stripCommentsPlugin } from './src/site/markdown/strip-html-comments.ts';

// `BATON_HANDBOOK` builds another handbook folder (tests build fixtures this way); each keeps its own
// content cache so switching between them never mixes their entries.
const handbook = process.env.BATON_HANDBOOK;
const cacheDir = handbook
  ? `./node_modules/.astro/handbooks/${createHash('sha256').update(handbook).digest('hex').slice(0, 12)}`
  : './node_modules/.astro';
const projectRoot = fileURLToPath(new URL('./', import.meta.url));
const paths = handbookPaths(projectRoot, handbook);
// A broken settings file is reported by the content loader with positions; here it only costs the sitemap its base URL.
const settings = readProjectConfig(paths.root, paths.config).config;
// An imported handbook's old addresses (`baton.redirects.yml`), each served as a page that redirects.
const redirects = readRedirects(paths.root);
// The sitemap names pages by their escaped address (`/team%20notes/`), the redirects file by the path (`/team notes/`).
const isRedirect = (/** @type {string} */ pathname) => pathname in redirects || decodeURI(pathname) in redirects;

const renderingCode = [
  'src/site/markdown/rewrite-links-plugin.ts',
  'src/site/markdown/content-links.ts',
  'src/site/markdown/strip-html-comments.ts',
  'src/lib/judging/link-target.ts',
  'src/lib/reading/entry-id.ts',
].map((file) => new URL(`./${file}`, import.meta.url));

export default defineConfig({
  ...(settings && { site: settings.site.url }),
  integrations: [releaseMemory(), mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') && !isRedirect(new URL(page).pathname) }), pagefindIndex(), devPreview(), handbookPublic({ handbookRoot: paths.root, projectRoot })],
  redirects,
  markdown: {
    processor: satteri({ hastPlugins: [stripCommentsPlugin, rewriteLinksPlugin({ handbookRoot: paths.root, version: sourceFingerprint(renderingCode) })] }),
    // Prism marks tokens with classes; Shiki writes inline `style` attributes a strict CSP would block.
    syntaxHighlight: 'prism',
  },
  trailingSlash: 'always',
  prerenderConflictBehavior: 'error',
  // No inline <style> or <script>: every stylesheet and script is a file, ready for a strict CSP.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Both keep the build's output about the handbook: see src/integrations/build-output.ts.
  vite: { build: { assetsInlineLimit: 0 }, plugins: [dropUnreadHeadInjectDirective(), plainBundlerWarnings()] },
  cacheDir,
});
