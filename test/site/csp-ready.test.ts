import { describe, expect, inject, it } from 'vitest';
import { parsePage } from '../helpers/html.ts';
import { readSitePages } from '../helpers/site-files.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/site/security-policy.ts';

const sites = { starter: inject('starterSite'), fixture: inject('fixtureSite') };

// A strict Content-Security-Policy (script-src 'self'; style-src 'self') blocks inline code and styles.
describe('pages ready for a strict Content-Security-Policy', () => {
  for (const [name, site] of Object.entries(sites)) {
    const pages = readSitePages(site).map((file) => ({ path: file.path, page: parsePage(file.text) }));

    it(`load every script of the ${name} site from a file`, () => {
      const inline = pages.filter(({ page }) => page.all((element) => element.tagName === 'script' && !element.properties.src).length > 0);
      expect(inline.map(({ path }) => path)).toEqual([]);
    });

    it(`load every style of the ${name} site from a stylesheet, with no style elements or attributes`, () => {
      const inline = pages.filter(({ page }) => page.all((element) => element.tagName === 'style' || element.properties.style !== undefined).length > 0);
      expect(inline.map(({ path }) => path)).toEqual([]);
    });

    it(`carries the strict Content-Security-Policy, first in the head, on every page of the ${name} site`, () => {
      expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
      for (const loophole of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:']) expect(CONTENT_SECURITY_POLICY).not.toContain(loophole);
      const without = pages.filter(({ page }) => {
        const head = page.find((element) => element.tagName === 'head');
        const children = (head?.children ?? []).filter((child) => (child as { type: string }).type === 'element') as unknown as { tagName: string; properties: Record<string, unknown> }[];
        const policy = children.findIndex((child) => child.tagName === 'meta' && String(child.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy');
        const firstLoad = children.findIndex((child) => child.tagName === 'script' || child.tagName === 'link');
        return policy === -1 || children[policy]!.properties.content !== CONTENT_SECURITY_POLICY || (firstLoad !== -1 && firstLoad < policy);
      });
      expect(without.map(({ path }) => path)).toEqual([]);
    });

    it(`use no inline event handlers or javascript: links in the ${name} site`, () => {
      const handlers = pages.filter(({ page }) =>
        page.all((element) => Object.keys(element.properties).some((key) => /^on[A-Z]/.test(key)) || String(element.properties.href ?? '').startsWith('javascript:')).length > 0,
      );
      expect(handlers.map(({ path }) => path)).toEqual([]);
    });
  }
});
