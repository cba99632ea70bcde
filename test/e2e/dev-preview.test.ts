/**
 * The author's loop: `npm run dev` on a copy of the fixture handbook, read in Debian's Chromium. The
 * preview must look and behave like the built site, under its Content-Security-Policy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type TestBrowser } from '../helpers/browser.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { createFixtureRepository } from '../helpers/fixture-repo.ts';
import { scratchDir } from '../helpers/project.ts';
import { FIXTURE } from '../site/global-setup.ts';

let server: DevServer;
let browser: TestBrowser;
let handbook: string;

/** Reloads `page` until `condition` holds; the test's own timeout bounds the wait. */
async function reloadUntil(page: Page, condition: () => Promise<boolean>): Promise<void> {
  for (;;) {
    if (await condition()) return;
    await sleep(300);
    // The dev server may be reloading the page itself after the change; a clash is simply retried.
    await page.reload({ waitUntil: 'load' }).catch(() => undefined);
  }
}

/** How long a change may take to show before a test says which one never did: well inside the test's timeout. */
const SHOWN_WITHIN = 30_000;

/** Asks the preview for `path`; a request it leaves unanswered fails with its path rather than hang the test. */
async function request(path: string): Promise<Response> {
  try {
    return await fetch(`${server.url}${path}`, { signal: AbortSignal.timeout(SHOWN_WITHIN) });
  } catch (error) {
    throw new Error(`${path} got no answer from the preview within ${SHOWN_WITHIN / 1000} s`, { cause: error });
  }
}

/** Waits until `path` answers `status`: the preview has taken in a change. */
async function statusBecomes(path: string, status: number): Promise<void> {
  const deadline = Date.now() + SHOWN_WITHIN;
  let last = 0;
  while ((last = (await request(path)).status) !== status) {
    if (Date.now() > deadline) throw new Error(`${path} still answers ${last}, not ${status}, ${SHOWN_WITHIN / 1000} s after the change`);
    await sleep(200);
  }
}

/** Waits until the page at `path` holds `text`. */
async function textAppears(path: string, text: string): Promise<void> {
  const deadline = Date.now() + SHOWN_WITHIN;
  while (!(await (await request(path)).text()).includes(text)) {
    if (Date.now() > deadline) throw new Error(`${path} still lacks “${text}” ${SHOWN_WITHIN / 1000} s after the edit`);
    await sleep(200);
  }
}

beforeAll(async () => {
  handbook = join(scratchDir('handbooks'), 'fieldnotes-dev');
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
    // The theme script ran: the toggle it reveals becomes visible (on a cold dev server the script may come after the load event).
    await page.locator('#theme-toggle').waitFor({ state: 'visible', timeout: 20_000 });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('shows a draft while it is written, marked as a draft; a confidential page stays out', async () => {
    const { page, violations } = await open('/playbooks/freezer-inventory/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Freezer inventory DRAFTMARKER-zebra-7731');
    expect(await page.locator('.banner', { hasText: 'This page is a draft.' }).isVisible()).toBe(true);
    expect(violations).toEqual([]);
    await page.close();
    expect((await request('/partners/royalty-terms/')).status).toBe(404);
  });

  it('finds the playbook from the search page, with no Content-Security-Policy violation', async () => {
    const { page, violations } = await open('/search/?q=quokka');
    await page.locator('#search-status').filter({ hasText: /match|No pages|not available/ }).waitFor();
    expect(await page.locator('#search-status').textContent()).toBe('1 page matches “quokka”.');
    expect(await page.locator('.search-result h2 a').allTextContents()).toEqual(['Labelling rules']);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('shows an edit to a page’s Markdown on the next reload', async () => {
    const file = join(handbook, 'content/playbooks/labelling-rules.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nWombats get a label of their own.\n`);
    const { page } = await open('/playbooks/labelling-rules/');
    await reloadUntil(page, async () => (await page.locator('.prose').textContent())?.includes('Wombats get a label of their own.') ?? false);
    await page.close();
  });

  // Astro keeps the content it first read in more than one cache; a request running while the store
  // was written could leave an edit unseen until the next one. Several edits in a row, each with the
  // preview busy re-indexing, give that race its chances.
  it('shows every one of several edits in a row, each on a following request', async () => {
    const file = join(handbook, 'content/playbooks/labelling-rules.md');
    for (let edit = 1; edit <= 8; edit += 1) {
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nEchidna rule ${edit}.\n`);
      await textAppears('/playbooks/labelling-rules/', `Echidna rule ${edit}.`);
    }
  }, 300_000);

  it('shows a frontmatter mistake in the error overlay in the checker’s words, and the page again once it is mended', async () => {
    const file = join(handbook, 'content/playbooks/labelling-rules.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/^owner:/m, 'ownr:'));
    await statusBecomes('/playbooks/labelling-rules/', 500);
    const { page } = await open('/playbooks/labelling-rules/');
    // Astro's overlay, in an open shadow root, which Playwright's locators reach into.
    const message = page.locator('vite-error-overlay #message-content');
    await message.filter({ hasText: 'Unknown field' }).waitFor();
    const shown = await message.textContent();
    expect(shown).toContain('content/playbooks/labelling-rules.md');
    // The overlay shows backticked values as code, so its text has them without the backticks.
    expect(shown).toContain('content/playbooks/labelling-rules.md:4:1  error    Unknown field ownr; did you mean owner?  schema');
    expect(await page.locator('vite-error-overlay #hint-content').textContent()).toBe('fix each line above; npm run check shows the same lines');
    expect(server.output()).toMatch(/content\/playbooks\/labelling-rules\.md:\d+:1 +error +Unknown field `ownr`; did you mean `owner`\?/);
    await page.close();
    // The rest of the handbook stays browsable meanwhile.
    expect((await request('/playbooks/')).status).toBe(200);

    writeFileSync(file, original);
    await statusBecomes('/playbooks/labelling-rules/', 200);
    const mended = await open('/playbooks/labelling-rules/');
    expect(await mended.page.getByRole('heading', { level: 1 }).textContent()).toBe('Labelling rules');
    expect(await mended.page.locator('vite-error-overlay').count()).toBe(0);
    await mended.page.close();
  }, 120_000);

  it('keeps the indexer’s own requests out of the terminal', () => {
    expect(server.output()).toMatch(/Search index of the preview ready: \d+ pages/);
    // The browser never opened a tag page; only the indexer did.
    expect(server.output()).not.toMatch(/\[200\] \/tags\//);
  });
});
