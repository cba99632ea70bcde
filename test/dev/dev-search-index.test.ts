import { describe, expect, it } from 'vitest';
import { sitePageLinks } from '../../src/integrations/dev-search-index.ts';

describe('the preview’s search indexer follows the site’s own page links', () => {
  it('keeps site pages, resolved against the page they are on', () => {
    const html = '<a href="/playbooks/">x</a> <a href="../../roles/head-of-ip/#cover">y</a> <a href="/search/?q=a&amp;b=c">z</a>';
    expect(sitePageLinks(html, '/playbooks/fto/')).toEqual(['/playbooks/', '/roles/head-of-ip/', '/search/']);
  });

  it('leaves out other sites, files and the dev server’s own paths', () => {
    const html = '<a href="https://example.org/a/">x</a> <link href="/favicon.svg"> <a href="/feed.xml">f</a> <script href="/@vite/client/"></script> <a href="/_astro/x/">a</a> <a href="/pagefind/">p</a>';
    expect(sitePageLinks(html, '/')).toEqual([]);
  });
});
