import { describe, expect, inject, it } from 'vitest';
import { parsePage } from '../helpers/html.ts';
import { readSitePages } from '../helpers/site-files.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/site/security-policy.ts';

const sites = { starter: inject('starterSite'), fixture: inject('fixtureSite') };

// The policy as it stood before the preview got its own: written out here so that any change to the
// production policy, deliberate or not, has to change this line too.
const PRODUCTION_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'self'";

describe('the built site keeps the production Content-Security-Policy, with nothing of the preview', () => {
  it('is the production policy, character for character', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(PRODUCTION_POLICY);
  });

  for (const [name, site] of Object.entries(sites)) {
    const pages = readSitePages(site).map((file) => ({ path: file.path, page: parsePage(file.text) }));

    it(`carries exactly the production policy on every page of the ${name} site`, () => {
      expect(pages.length).toBeGreaterThan(10);
      const policies = new Set(pages.flatMap(({ page }) => page.all((element) => element.tagName === 'meta' && String(element.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy').map((meta) => String(meta.properties.content))));
      expect([...policies]).toEqual([PRODUCTION_POLICY]);
    });

    it(`has no nonce, no csp-nonce meta and no dev-server style on any page of the ${name} site`, () => {
      const leaks = pages.filter(({ page }) => page.all((element) => element.properties.nonce !== undefined || element.properties.property === 'csp-nonce' || element.properties.dataViteDevId !== undefined).length > 0 || page.html.includes("'nonce-"));
      expect(leaks.map(({ path }) => path)).toEqual([]);
    });
  }
});
