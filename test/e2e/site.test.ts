/**
 * The built fixture handbook in a real browser (Debian's Chromium through playwright-core), served
 * from 127.0.0.1 the way a static host serves it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchChromium, openRecordingErrors, type TestBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const site = inject('fixtureSite');

let server: StaticServer;
let browser: TestBrowser;
const errors: string[] = [];

beforeAll(async () => {
  server = await serveStatic(site);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function open(path: string): Promise<Page> {
  return openRecordingErrors(browser.context, `${server.url}${path}`, path, errors);
}

async function searchResults(page: Page): Promise<string[]> {
  await page.locator('#search-status').filter({ hasText: /match|No pages/ }).waitFor();
  return page.locator('.search-result h2 a').allTextContents();
}

describe('reading the handbook', () => {
  it('goes from the home page to a playbook', async () => {
    const page = await open('/');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Playbooks' }).click();
    await page.getByRole('link', { name: 'Labelling rules' }).click();
    expect(new URL(page.url()).pathname).toBe('/playbooks/labelling-rules/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Labelling rules');
    await page.close();
  });

  it('shows the overdue banner on an overdue page', async () => {
    const page = await open('/playbooks/sample-intake/');
    expect(await page.getByRole('note').first().textContent()).toContain('This page is overdue for review.');
    await page.close();
  });

  it('shows a helpful page, with status 404, for a missing page', async () => {
    const page = await browser.context.newPage();
    const response = await page.goto(`${server.url}/playbooks/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    expect(await page.getByRole('searchbox', { name: 'Search the handbook instead' }).isVisible()).toBe(true);
    await page.close();
  });

  it('sorts and filters a section’s table', async () => {
    const page = await open('/playbooks/');
    const titles = () => page.locator('tbody tr:not([hidden]) td:first-child a').allTextContents();
    expect(await titles()).toEqual(['Bench etiquette', 'Labelling rules', 'Sample intake']);
    await page.getByRole('button', { name: 'Playbook' }).click();
    await page.getByRole('button', { name: 'Playbook' }).click();
    expect(await titles()).toEqual(['Sample intake', 'Labelling rules', 'Bench etiquette']);
    await page.getByLabel('Owner').selectOption('Carla Ruiz');
    expect(await titles()).toEqual(['Labelling rules']);
    expect(await page.getByRole('status').textContent()).toBe('1 of 3 rows shown');
    await page.close();
  });
});

describe('searching', () => {
  it('finds a page by a word in its text and opens it', async () => {
    const page = await open('/');
    await page.getByRole('searchbox', { name: 'Quick search' }).fill('quokka');
    await page.keyboard.press('Enter');
    expect(await searchResults(page)).toEqual(['Labelling rules']);
    await page.locator('.search-result h2 a').first().click();
    expect(new URL(page.url()).pathname).toBe('/playbooks/labelling-rules/');
    await page.close();
  });

  it('highlights the word in the excerpt and links sub-results to their headings', async () => {
    const page = await open('/search/?q=reprint');
    expect(await searchResults(page)).toEqual(['Labelling rules']);
    expect(await page.locator('.search-result mark').first().textContent()).toMatch(/reprint/i);
    expect(await page.locator('.search-sub-results a').first().getAttribute('href')).toBe('/playbooks/labelling-rules/#damaged-labels');
    await page.close();
  });

  it('narrows results with the owner filter and keeps the filter in the URL', async () => {
    const page = await open('/search/?q=sample');
    const all = await searchResults(page);
    expect(all.length).toBeGreaterThan(1);
    await page.getByRole('group', { name: 'Owner' }).getByLabel(/Carla Ruiz/).check();
    await page.waitForURL(/owner=Carla\+Ruiz/);
    await page.waitForFunction((count) => document.querySelectorAll('.search-result').length < count, all.length);
    const filtered = await page.locator('.search-result h2 a').allTextContents();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((title) => ['Labelling rules', 'Open Alliance with Marlow Instruments', 'Carla Ruiz'].includes(title))).toBe(true);
    await page.close();
  });

  it('opens a shared search URL with its query and filters applied', async () => {
    const page = await open('/search/?q=sample&type=Role');
    expect(await searchResults(page)).toEqual(['Lab lead']);
    expect(await page.getByRole('searchbox', { name: 'Search the handbook' }).inputValue()).toBe('sample');
    expect(await page.getByRole('group', { name: 'Type' }).getByLabel(/Role/).isChecked()).toBe(true);
    await page.close();
  });

  it('opens search with / and with Ctrl+K from any page', async () => {
    const page = await open('/roles/lab-lead/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.locator('h1').click();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.close();
  });
});

describe('light and dark', () => {
  it('follows the system preference until the reader chooses, then remembers the choice', async () => {
    const page = await open('/');
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(17, 20, 24)');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await background()).toBe('rgb(17, 20, 24)');
    await page.reload();
    expect(await background()).toBe('rgb(17, 20, 24)');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.close();
  });
});

describe('accessibility', () => {
  for (const path of ['/', '/playbooks/sample-intake/', '/dashboard/', '/search/?q=sample', '/partners/open-alliance/', '/portfolio/', '/calendar/']) {
    it(`finds no axe-core violations on ${path}`, async () => {
      const page = await open(path);
      if (path.startsWith('/search/')) await searchResults(page);
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      await page.close();
    });
  }

  it('raised no script errors and no Content-Security-Policy violation on any page opened', () => {
    expect(errors).toEqual([]);
  });
});

describe('reading without JavaScript', () => {
  it('shows pages and tables in full, and no control that needs a script', async () => {
    const noScript = await launchChromium({ javaScriptEnabled: false });
    try {
      const page = await noScript.context.newPage();
      await page.goto(`${server.url}/playbooks/sample-intake/`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sample intake');
      expect(await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').count()).toBe(2);
      expect(await page.locator('#theme-toggle').isVisible()).toBe(false);
      await page.goto(`${server.url}/playbooks/`);
      expect(await page.locator('tbody tr').count()).toBe(3);
      expect(await page.locator('.table-controls').count()).toBe(0);
    } finally {
      await noScript.close();
    }
  });
});
