// @ts-check
import { createHash } from 'node:crypto';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';

// `BATON_HANDBOOK` builds another handbook folder (tests build fixtures this way); each keeps its own
// content cache so switching between them never mixes their entries.
const handbook = process.env.BATON_HANDBOOK;
const cacheDir = handbook
  ? `./node_modules/.astro/handbooks/${createHash('sha256').update(handbook).digest('hex').slice(0, 12)}`
  : './node_modules/.astro';

export default defineConfig({
  integrations: [mdx(), pagefindIndex()],
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir,
});
