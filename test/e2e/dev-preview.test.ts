/**
 * The author's loop: `npm run dev` on a copy of the fixture handbook, read in Debian's Chromium. The
 * preview must look and behave like the built site, under its Content-Security-Policy.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type TestBrowser } from '../helpers/browser.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { createFixtureRepository } from '../helpers/fixture-repo.ts';
import { scratchDir } from '../helpers/project.ts';
import { FIXTURE } from '../site/global-setup.ts';

let server: DevServer;
let browser: TestBrowser;

beforeAll(async () => {
  const handbook = join(scratchDir('handbooks'), 'fieldnotes-dev');
  createFixtureRepository(FIXTURE, handbook);
  server = await startDevServer(handbook);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens `path` with every Content-Security-Policy violation recorded, as events and as console errors. */
async function open(path: string): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.context.newPage();
  const violations: string[] = [];
  // Added through the DevTools protocol, which the page's policy does not govern.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`));
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  return { page, violations };
}

describe('npm run dev', () => {
  it('shows a playbook styled by the site’s stylesheet, with no Content-Security-Policy violation', async () => {
    const { page, violations } = await open('/playbooks/labelling-rules/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Labelling rules');
    // Only the stylesheet makes the header a flex row; unstyled, it is a block.
    expect(await page.locator('.site-header').evaluate((header) => getComputedStyle(header).display)).toBe('flex');
    // The theme script ran: the toggle it reveals is visible.
    expect(await page.locator('#theme-toggle').isVisible()).toBe(true);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('finds the playbook from the search page, with no Content-Security-Policy violation', async () => {
    const { page, violations } = await open('/search/?q=quokka');
    await page.locator('#search-status').filter({ hasText: /match|No pages|not available/ }).waitFor();
    expect(await page.locator('#search-status').textContent()).toBe('1 page match “quokka”.');
    expect(await page.locator('.search-result h2 a').allTextContents()).toEqual(['Labelling rules']);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('keeps the indexer’s own requests out of the terminal', () => {
    expect(server.output()).toMatch(/Search index of the preview ready: \d+ pages/);
    // The browser never opened a tag page; only the indexer did.
    expect(server.output()).not.toMatch(/\[200\] \/tags\//);
  });
});
