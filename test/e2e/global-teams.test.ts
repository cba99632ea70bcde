/**
 * The starter handbook in Chromium: the meeting planner and the language switcher, and axe-core and
 * the Content-Security-Policy on the pages global teams added (team hours, a translation, the planner).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchChromium, openRecordingErrors, type TestBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const site = inject('starterSite');

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

describe('the meeting planner', () => {
  it('finds the window for two people nine hours apart, in the chosen zone, with the share of each working day', async () => {
    const page = await open('/planner/?zone=UTC');
    await page.getByLabel('Ada Okafor').check();
    await page.getByLabel('Kenji Watanabe').check();
    const window = page.locator('.planner-windows > li').first();
    await window.waitFor();
    // London (UTC+0 in November) 08:30–17:00 and Tokyo (UTC+9) 10:00–19:00 meet from 08:30 to 10:00 UTC.
    expect(await window.locator('strong').textContent()).toBe('Mon, Tue, Wed, Thu, Fri 08:30–10:00');
    expect(await window.locator('li').allTextContents()).toEqual([
      'Ada Okafor: 08:30–10:00 their time (Europe/London), 18 % of their working day',
      'Kenji Watanabe: 17:30–19:00 their time (Asia/Tokyo), 17 % of their working day',
    ]);
    expect(new URL(page.url()).search).toBe('?person=ada-okafor&person=kenji-watanabe&zone=UTC');
    await page.close();
  });

  it('shows the same window in the reader\'s own zone when the link names it', async () => {
    const page = await open('/planner/?person=ada-okafor&person=kenji-watanabe&zone=America/Toronto');
    await page.locator('.planner-windows > li').first().waitFor();
    expect(await page.locator('.planner-windows > li strong').first().textContent()).toBe('Mon, Tue, Wed, Thu, Fri 03:30–05:00');
    await page.close();
  });
});

describe('the language switcher', () => {
  it('keeps the reader on the same page in another language, and back', async () => {
    const page = await open('/roles/knowledge-manager/');
    await page.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: 'Deutsch' }).click();
    expect(new URL(page.url()).pathname).toBe('/de/roles/knowledge-manager/');
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await page.getByRole('navigation', { name: 'Sprachen' }).getByRole('link', { name: 'Français' }).click();
    expect(new URL(page.url()).pathname).toBe('/fr/roles/knowledge-manager/');
    await page.getByRole('navigation', { name: 'Langues' }).getByRole('link', { name: 'English' }).click();
    expect(new URL(page.url()).pathname).toBe('/roles/knowledge-manager/');
    await page.close();
  });
});

describe('accessibility of the global-team pages', () => {
  for (const path of ['/teams/rnd/', '/people/harriet-quinn/', '/handovers/grace-mwangi-partnership-manager/', '/fr/roles/knowledge-manager/', '/planner/?person=ada-okafor&person=kenji-watanabe&zone=UTC']) {
    it(`finds no axe-core violations on ${path}`, async () => {
      const page = await open(path);
      if (path.startsWith('/planner/')) await page.locator('.planner-windows').waitFor();
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      await page.close();
    });
  }

  it('raised no script errors and no Content-Security-Policy violation on any page opened', () => {
    expect(errors).toEqual([]);
  });
});
