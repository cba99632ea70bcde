import { describe, expect, it } from 'vitest';
import { siteRouteExists } from '../../src/lib/judging/site-routes.ts';

const pageFiles = ['index.astro', 'portfolio.astro', 'calendar/index.astro', 'calendar/all.ics.ts', 'calendar/teams/[team].ics.ts', 'calendar/people/[person].ics.ts', 'teams/[team].astro'];
const facts = { tags: new Set<string>(), teams: new Set(['ip-legal']), people: new Set(['ada-okafor']) };

describe('site routes with a parameter and a suffix', () => {
  it('accept a feed of a team or person that exists', () => {
    expect(siteRouteExists('/calendar/teams/ip-legal.ics', facts, pageFiles)).toBe(true);
    expect(siteRouteExists('/calendar/people/ada-okafor.ics', facts, pageFiles)).toBe(true);
    expect(siteRouteExists('/calendar/all.ics', facts, pageFiles)).toBe(true);
    expect(siteRouteExists('/portfolio/', facts, pageFiles)).toBe(true);
  });

  it('refuse one that does not, a missing suffix, and a bare suffix', () => {
    expect(siteRouteExists('/calendar/teams/rnd.ics', facts, pageFiles)).toBe(false);
    expect(siteRouteExists('/calendar/teams/ip-legal', facts, pageFiles)).toBe(false);
    expect(siteRouteExists('/calendar/teams/.ics', facts, pageFiles)).toBe(false);
    expect(siteRouteExists('/calendar/people/jonas-weber.ics', facts, pageFiles)).toBe(false);
  });
});

describe('pages in other languages', () => {
  const withTranslations = { ...facts, languages: new Set(['de', 'fr']), translated: new Set(['roles/head-of-ip']) };
  const files = [...pageFiles, '[lang]/[collection]/[id].astro'];

  it('exist for a page with a translation, in every language of the site', () => {
    expect(siteRouteExists('/de/roles/head-of-ip/', withTranslations, files)).toBe(true);
    expect(siteRouteExists('/fr/roles/head-of-ip/', withTranslations, files)).toBe(true);
  });

  it('do not exist for a page without one, or in a language the site does not serve', () => {
    expect(siteRouteExists('/de/roles/ip-counsel/', withTranslations, files)).toBe(false);
    expect(siteRouteExists('/es/roles/head-of-ip/', withTranslations, files)).toBe(false);
    expect(siteRouteExists('/de/roles/head-of-ip', withTranslations, files)).toBe(false);
  });
});
