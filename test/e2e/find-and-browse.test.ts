/**
 * Finding and browsing in a real browser (Debian's Chromium through playwright-core): search as you
 * type, facts in results, facet counts, "did you mean", the keyboard, the README's search URLs on the
 * starter handbook, every page type on a phone, and axe-core on every page type in both themes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchChromium, openRecordingErrors, type TestBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/project.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';


let fixture: StaticServer;
let starter: StaticServer;
let browser: TestBrowser;
const errors: string[] = [];

beforeAll(async () => {
  fixture = await serveStatic(inject('fixtureSite'));
  starter = await serveStatic(inject('starterSite'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await fixture?.close();
  await starter?.close();
});

function open(server: StaticServer, path: string, { width = 1280 }: { width?: number } = {}): Promise<Page> {
  return openRecordingErrors(browser.context, `${server.url}${path}`, path, errors, { width });
}

/** Waits until the results on screen are those of `query` and the status has counted them. */
async function resultsFor(page: Page, query: string): Promise<string[]> {
  await page.waitForFunction((expected) => document.querySelector<HTMLElement>('#search-results')?.dataset.query === expected && /match/.test(document.querySelector('#search-status')?.textContent ?? ''), query);
  return page.locator('.search-result h2 a').allTextContents();
}

/** The count shown beside a filter value. */
async function countOf(page: Page, filter: string, value: string): Promise<string> {
  return page.getByRole('group', { name: filter }).locator('label', { hasText: value }).locator('.search-filter-count').innerText();
}

describe('search', () => {
  it('finds a handover by the name of one of its key contacts, first, with the fact in the excerpt', async () => {
    const page = await open(fixture, '/search/');
    await page.getByRole('searchbox', { name: 'Search the handbook' }).pressSequentially('Dana Ortiz');
    const titles = await resultsFor(page, 'Dana Ortiz');
    expect(titles[0]).toBe('Handover: lab lead, Bruno Vale to Carla Ruiz');
    expect(await page.locator('.search-result').first().locator('.search-excerpt').innerText()).toContain('Key contact: Dana Ortiz, Facilities manager.');
    await page.close();
  });

  it('shows results as the reader types, without Enter, and keeps the query in the URL', async () => {
    const page = await open(fixture, '/search/');
    await page.locator('#search-status').filter({ hasText: 'Type a word' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search the handbook' }).pressSequentially('quokka');
    expect(await resultsFor(page, 'quokka')).toEqual(['Labelling rules']);
    expect(new URL(page.url()).search).toBe('?q=quokka');
    await page.close();
  });

  it('counts each filter value for the query on screen, and the counts change as the query does', async () => {
    const page = await open(fixture, '/search/?q=sample');
    await resultsFor(page, 'sample');
    expect(await countOf(page, 'Type', 'Playbook')).toBe('(3)');
    expect(await countOf(page, 'Type', 'Role')).toBe('(1)');
    await page.getByRole('searchbox', { name: 'Search the handbook' }).fill('quokka');
    await resultsFor(page, 'quokka');
    expect(await countOf(page, 'Type', 'Playbook')).toBe('(1)');
    expect(await page.getByRole('group', { name: 'Type' }).locator('label', { hasText: 'Role' }).isVisible()).toBe(false);
    await page.close();
  });

  it('counts the other filters’ values within the chosen ones, and a chosen filter’s values as alternatives', async () => {
    const page = await open(fixture, '/search/?q=sample&type=Playbook');
    expect(await resultsFor(page, 'sample')).toHaveLength(3);
    expect(await countOf(page, 'Owner', 'Ada Quill')).toBe('(2)');
    expect(await countOf(page, 'Owner', 'Carla Ruiz')).toBe('(1)');
    expect(await countOf(page, 'Type', 'Role')).toBe('(1)');
    expect(await page.getByRole('group', { name: 'Review' }).locator('label', { hasText: 'Overdue' }).innerText()).toContain('(1)');
    await page.close();
  });

  it('ranks a page whose title or name is the query first', async () => {
    const page = await open(fixture, '/search/?q=carla+ruiz');
    expect((await resultsFor(page, 'carla ruiz'))[0]).toBe('Carla Ruiz');
    await page.getByRole('searchbox', { name: 'Search the handbook' }).fill('coc');
    expect((await resultsFor(page, 'coc'))[0]).toBe('Chain of custody');
    await page.close();
  });

  it('shows each result’s type and review state as badges', async () => {
    const page = await open(fixture, '/search/?q=intake');
    await resultsFor(page, 'intake');
    const result = page.locator('.search-result', { has: page.getByRole('link', { name: 'Sample intake', exact: true }) });
    expect(await result.locator('.badge').allInnerTexts()).toEqual(['Playbook', 'Overdue']);
    expect(await result.locator('.badge.overdue').count()).toBe(1);
    await page.close();
  });

  it('says what to try when nothing matches, and offers the closest word of the handbook', async () => {
    const page = await open(fixture, '/search/?q=sampel');
    await page.locator('#search-status').filter({ hasText: 'No pages match “sampel”.' }).waitFor();
    expect(await page.locator('#search-empty').isVisible()).toBe(true);
    const suggestion = page.locator('#search-suggestion');
    await suggestion.waitFor();
    expect(await suggestion.innerText()).toMatch(/^Did you mean sample\? \(\d+ pages\)$/);
    await suggestion.getByRole('link').click();
    expect((await resultsFor(page, 'sample'))[0]).toBe('Sample intake');
    expect(await page.locator('#search-empty').isVisible()).toBe(false);
    expect(new URL(page.url()).search).toBe('?q=sample');
    await page.close();
  });

  it('offers "did you mean" when a word of the query is found nowhere, even if the others find a little', async () => {
    const page = await open(fixture, '/search/?q=sample+intaek');
    await page.locator('#search-suggestion').waitFor();
    expect(await page.locator('#search-suggestion').innerText()).toMatch(/^Did you mean sample intake\? /);
    await page.close();
  });

  it('moves through results with the arrow keys and back to the search box', async () => {
    const page = await open(fixture, '/search/?q=sample');
    const titles = await resultsFor(page, 'sample');
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? document.activeElement?.id);
    await page.getByRole('searchbox', { name: 'Search the handbook' }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(titles[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(titles[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/playbooks\/|\/roles\/|\/partners\/|\/people\/|\/handovers\//);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(titles[0]);
    await page.close();
  });
});

describe('the README’s search URLs', () => {
  /** What each search URL in the README promises, on the starter handbook. */
  const PROMISES: Record<string, (page: Page, titles: string[]) => Promise<void>> = {
    '/search/?q=licence&owner=Ada+Okafor': async (page, titles) => {
      expect(titles.length).toBeGreaterThan(0);
      expect(await page.getByRole('group', { name: 'Owner' }).getByLabel(/Ada Okafor/).isChecked()).toBe(true);
      expect(titles).toEqual(expect.arrayContaining(['Head of IP', 'Handover: IP Counsel, Helena Brandt to Tomas Lindqvist']));
    },
    '/search/?q=Marcus+Hale': async (page, titles) => {
      expect(titles[0]).toBe('Handover: IP Counsel, Helena Brandt to Tomas Lindqvist');
      expect(await page.locator('.search-excerpt').first().innerText()).toContain('Key contact: Marcus Hale');
    },
    '/search/?q=FTO': async (_page, titles) => {
      expect(titles[0]).toBe('Freedom to operate');
    },
    '/search/?review=Due+soon': async (page, titles) => {
      expect(titles.length).toBeGreaterThan(0);
      expect(await page.locator('.search-result .badge.due-soon').count()).toBe(titles.length);
    },
    '/search/?q=Halmira&type=Partner+agreement': async (page, titles) => {
      expect(titles).toEqual(['Halmira Medical licence']);
      expect(await page.locator('.search-result .badge').first().innerText()).toBe('Partner agreement');
    },
  };

  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const documented = [...new Set([...readme.matchAll(/`(\/search\/\?[^`\s]+)`/g)].map((match) => match[1]!))];

  it('are the ones this test knows what they promise', () => {
    expect(documented.sort()).toEqual(Object.keys(PROMISES).sort());
  });

  for (const [url, promise] of Object.entries(PROMISES)) {
    it(`return what they promise: ${url}`, async () => {
      const page = await open(starter, url);
      const query = new URL(url, 'http://x').searchParams.get('q') ?? '';
      await promise(page, await resultsFor(page, query));
      await page.close();
    });
  }
});

/** A page of each type, and the site's own pages, on each handbook. */
const PAGES_OF_EVERY_TYPE = {
  fixture: [
    '/',
    '/playbooks/',
    '/playbooks/sample-intake/',
    '/roles/lab-lead/',
    '/handovers/lab-lead-bruno-to-carla/',
    '/partners/open-alliance/',
    '/people/',
    '/people/ada-quill/',
    '/glossary/',
    '/glossary/chain-of-custody/',
    '/dashboard/',
    '/search/?q=sample',
    '/tags/',
    '/tags/samples/',
    '/teams/',
    '/teams/research/',
    '/changes/',
    '/no-such-page/',
  ],
  starter: [
    '/',
    '/partners/',
    '/playbooks/filing-deadlines-and-strategy/',
    '/playbooks/open-source-software-in-products/',
    '/roles/head-of-ip/',
    '/handovers/helena-brandt-ip-counsel/',
    '/partners/halmira-medical-licence/',
    '/partners/corvanta-joint-venture/',
    '/people/ada-okafor/',
    '/glossary/',
    '/glossary/freedom-to-operate/',
    '/dashboard/',
    '/search/?q=licence',
    '/changes/',
  ],
};

describe('on a phone', () => {
  for (const [handbook, paths] of Object.entries(PAGES_OF_EVERY_TYPE)) {
    for (const path of paths) {
      it(`does not scroll sideways at 390 px: ${handbook} ${path}`, async () => {
        const page = await open(handbook === 'fixture' ? fixture : starter, path, { width: 390 });
        if (path.startsWith('/search/')) await page.locator('.search-result').first().waitFor();
        const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
        expect(widths.page).toBeLessThanOrEqual(widths.screen);
        await page.close();
      });
    }
  }

  it('has a compact header with the search box in reach, and folds the navigation, the contents and the filters', async () => {
    const page = await open(fixture, '/playbooks/sample-intake/', { width: 390 });
    const header = await page.locator('.site-header').boundingBox();
    const search = await page.getByRole('searchbox', { name: 'Quick search' }).boundingBox();
    expect(header!.height).toBeLessThan(120);
    expect(search!.y + search!.height).toBeLessThanOrEqual(header!.y + header!.height);
    expect(await page.locator('.section-nav details.fold').getAttribute('open')).toBeNull();
    const toc = page.locator('details.toc-fold');
    expect(await toc.getAttribute('open')).toBeNull();
    expect((await toc.boundingBox())!.y).toBeLessThan((await page.getByRole('heading', { level: 1 }).boundingBox())!.y);
    await toc.locator('summary').click();
    expect(await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').count()).toBe(2);
    const search_ = await open(fixture, '/search/?q=sample', { width: 390 });
    await resultsFor(search_, 'sample');
    expect(await search_.locator('#search-filters-fold').getAttribute('open')).toBeNull();
    expect(await search_.getByRole('group', { name: 'Type' }).isVisible()).toBe(false);
    await search_.close();
    await page.close();
  });

  it('shows the section navigation, the contents and the filters unfolded on a wide screen', async () => {
    const page = await open(fixture, '/playbooks/sample-intake/');
    expect(await page.getByRole('navigation', { name: 'Playbooks' }).getByRole('link', { name: 'Sample intake' }).isVisible()).toBe(true);
    expect(await page.locator('.section-nav details.fold > summary').isVisible()).toBe(false);
    const search = await open(fixture, '/search/?q=sample');
    await resultsFor(search, 'sample');
    expect(await search.getByRole('group', { name: 'Type' }).isVisible()).toBe(true);
    await search.close();
    await page.close();
  });
});

describe('accessibility of every page type', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of PAGES_OF_EVERY_TYPE.fixture) {
      it(`finds no axe-core violations on ${path} in the ${colorScheme} theme`, async () => {
        const page = await browser.context.newPage();
        await page.emulateMedia({ colorScheme });
        page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
        await page.goto(`${fixture.url}${path}`);
        if (path.startsWith('/search/')) await page.locator('.search-result').first().waitFor();
        const violations = await axeViolations(page);
        expect(violations).toEqual([]);
        await page.close();
      });
    }
  }

  it('raised no script errors and no Content-Security-Policy violation on any page opened', () => {
    expect(errors).toEqual([]);
  });
});
