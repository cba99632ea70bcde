/**
 * The checker and the site must agree: the anchors the checker believes a page has are exactly the
 * ids in the built page's content, and a link the checker accepts leads to a built page (and heading)
 * or file; a page whose links the checker accepts has no link that goes nowhere. Checked on the
 * starter handbook and on a synthetic handbook that uses every link form.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildContext } from '../../scripts/checker/context.ts';
import { readHandbook } from '../../src/lib/reading/read-handbook.ts';
import { linkProblems } from '../../scripts/checker/rules/link-analysis.ts';
import { writeSyntheticHandbook } from '../../scripts/bench/synthetic-handbook.ts';
import { readProjectConfig } from '../../src/lib/reading/project-config.ts';
import { buildHandbook } from '../helpers/build-handbook.ts';
import { hasClass, readPage, within, type Element } from '../helpers/html.ts';
import { scratchDir, TEST_TODAY, projectRoot } from '../helpers/project.ts';

/** What the checker and the built site say about every published page of a handbook. */
async function compare(root: string, site: string) {
  const config = readProjectConfig(root).config!;
  const { handbook } = await readHandbook({ root, config });
  const context = buildContext(handbook, TEST_TODAY);
  const pages = handbook.files.filter((file) => file.kind === 'entry' && context.isPublished(file));
  return pages.map((file) => {
    const path = `/${file.collection}/${encodeURIComponent(file.id!)}/`;
    const content = readPage(site, path).find((element) => element.tagName === 'div' && hasClass('prose')(element));
    const builtIds = content ? idsWithin(content) : [];
    const hrefs = content ? within(content).all((element) => element.tagName === 'a' || element.tagName === 'img').map((element) => String(element.properties.href ?? element.properties.src ?? '')) : [];
    return {
      file: file.path,
      checkerIds: [...(file.outline?.ids ?? [])].sort(),
      builtIds: builtIds.sort(),
      rejected: linkProblems(file, context).length,
      goNowhere: hrefs.filter((href) => href && !resolvesInSite(site, path, href)),
    };
  });
}

function idsWithin(element: Element): string[] {
  return within(element)
    .all((child) => child !== element && typeof child.properties.id === 'string')
    .map((child) => child.properties.id as string);
}

/** Whether `href` on the built page at `from` leads to a built page or file, and its anchor to an id there. */
function resolvesInSite(site: string, from: string, href: string): boolean {
  const url = new URL(href, `https://handbook.test${from}`);
  if (url.host !== 'handbook.test') return true;
  const path = decodeURIComponent(url.pathname);
  const file = path.endsWith('/') ? join(site, path, 'index.html') : join(site, path);
  if (!existsSync(file)) return false;
  if (!url.hash) return true;
  const anchor = decodeURIComponent(url.hash.slice(1));
  return !path.endsWith('/') || readPage(site, path).find((element) => element.properties.id === anchor) !== undefined;
}

function expectAgreement(results: Awaited<ReturnType<typeof compare>>) {
  expect(results.length).toBeGreaterThan(10);
  expect(results.filter((page) => JSON.stringify(page.checkerIds) !== JSON.stringify(page.builtIds))).toEqual([]);
  // A link that goes nowhere on the site is one the checker reported: never more of them than reports.
  expect(results.filter((page) => page.goNowhere.length > page.rejected)).toEqual([]);
}

describe('the checker agrees with the built site', () => {
  it('on the starter handbook: the same anchors, and every accepted link resolves', async () => {
    const results = await compare(projectRoot, inject('starterSite'));
    expectAgreement(results);
    expect(results.every((page) => page.rejected === 0 && page.goNowhere.length === 0)).toBe(true);
  });

  it('on a synthetic handbook with every link form, without planted breaks, so that it builds', async () => {
    const root = join(scratchDir('agreement'), 'synthetic');
    rmSync(root, { recursive: true, force: true });
    // The build refuses what the checker reports, so this handbook has no planted breaks.
    writeSyntheticHandbook(root, 300, { breaks: false });
    const site = join(root, 'dist');
    const build = await buildHandbook({ handbook: root, outDir: site });
    expect(build.exitCode, build.output).toBe(0);
    const results = await compare(root, site);
    expectAgreement(results);
    expect(results.every((page) => page.rejected === 0 && page.goNowhere.length === 0)).toBe(true);
  }, 300_000);
});
