/**
 * The site routes the checker accepts are the routes the build writes: a link to each page of the
 * built site that is not an entry (home, sections, dashboard, search, recent changes, tags, teams, the
 * feed) passes the link rules, and a link to a route the site does not have does not.
 */
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { collectionNames } from '../../src/schemas/index.ts';
import { checkLines } from '../helpers/check-fixture.ts';
import { projectRoot, scratchDir } from '../helpers/project.ts';

/** Every page the built site holds that is not an entry page, as a site path. */
function fixedRoutes(site: string): string[] {
  const files = readdirSync(site, { recursive: true, encoding: 'utf8' });
  const pages = files.filter((file) => file.endsWith('index.html')).map((file) => `/${file.slice(0, -'index.html'.length)}`);
  const isEntry = (path: string) => {
    const [collection, id, ...rest] = path.split('/').filter(Boolean);
    return collection !== undefined && (collectionNames as readonly string[]).includes(collection) && id !== undefined && rest.length === 0;
  };
  const endpoints = files.filter((file) => (file.endsWith('.xml') && !file.startsWith('sitemap')) || file.endsWith('.ics'));
  return [...pages.filter((path) => !isEntry(path)), ...endpoints.map((file) => `/${file}`)].sort();
}

describe('the site routes the checker accepts', () => {
  const routes = fixedRoutes(inject('starterSite'));

  it('are found in the built site: every section and list page', () => {
    expect(routes).toEqual(expect.arrayContaining(['/', '/changes/', '/dashboard/', '/search/', '/tags/', '/teams/', '/playbooks/', '/people/', '/feed.xml', '/teams/ip-legal/', '/portfolio/', '/calendar/', '/calendar/all.ics', '/calendar/teams/ip-legal.ics', '/calendar/people/ada-okafor.ics']));
    expect(routes.some((route) => route.startsWith('/tags/') && route !== '/tags/')).toBe(true);
  });

  it('include every fixed route of the built site, and no route it lacks', async () => {
    const root = join(scratchDir('routes'), 'starter');
    cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
    cpSync(join(projectRoot, 'baton.config.yml'), join(root, 'baton.config.yml'));
    const links = [...routes, '/recent/', '/teams/no-such-team/', '/tags/no-such-tag/', '/calendar/teams/no-such-team.ics'].map((route) => `- [${route}](${route})`).join('\n');
    writeFileSync(join(root, 'content/playbooks/every-route.md'), ['---', 'title: Every route', 'summary: Links to every page of the site.', 'owner: ada-okafor', 'last_reviewed: 2026-11-20', 'review_every: 1y', 'status: active', 'functions: [ip]', '---', '', links, ''].join('\n'));
    const lines = await checkLines(root, { only: ['links'], paths: ['content/playbooks/every-route.md'] });
    expect(lines.map((line) => line.replace(/^\S+ +error +/, '').replace(/;.*$/, ''))).toEqual([
      'Link target `/recent/` is not a page of the site',
      'Link target `/teams/no-such-team/` is not a page of the site',
      'Link target `/tags/no-such-tag/` is not a page of the site',
      'Link target `/calendar/teams/no-such-team.ics` is not a file in `public/`',
    ]);
  });
});
