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

describe('the preview’s search index when it cannot be built', () => {
  it('answers Pagefind’s requests with the reason, once the attempt is over', async () => {
    const { createServer } = await import('node:http');
    const { close } = await import('pagefind');
    const { DevSearchIndex } = await import('../../src/integrations/dev-search-index.ts');
    const warnings: string[] = [];
    const logger = { info: () => {}, warn: (message: string) => warnings.push(message) } as unknown as ConstructorParameters<typeof DevSearchIndex>[0];
    const search = new DevSearchIndex(logger);
    // A dev server whose home page fails, as it does while the handbook has errors.
    const broken = createServer((request, response) => {
      if (request.url?.startsWith('/pagefind/')) search.middleware(request, response, () => response.end());
      else response.writeHead(500, { 'content-type': 'text/html' }).end('<h1>error</h1>');
    });
    await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(broken.address() as { port: number }).port}`;
    try {
      search.start(origin);
      const response = await fetch(`${origin}/pagefind/pagefind.js`);
      expect(response.status).toBe(503);
      expect(await response.text()).toBe('The preview\'s search index could not be built: the home page answered 500; once what the terminal reports is fixed, the index follows');
      expect(warnings).toEqual(['The preview\'s search index could not be built: the home page answered 500; once what the terminal reports is fixed, the index follows']);
    } finally {
      await new Promise((resolve) => broken.close(resolve));
      await close();
    }
  });
});
