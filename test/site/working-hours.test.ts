import { describe, expect, inject, it } from 'vitest';
import { hasClass, labelledBy, readPage, tag, text, within } from '../helpers/html.ts';

const site = inject('starterSite');
const clockScript = (path: string) => readPage(site, path).all(tag('script')).some((script) => String(script.properties.src ?? '').includes('LocalClock'));

describe('shared working hours on the starter handbook', () => {
  it('a team page holds a 24-hour chart of its shared hours and the same hours in words', () => {
    const section = within(readPage(site, '/teams/ip-legal/').find(labelledBy('team-hours'))!);
    const chart = section.find(tag('svg'))!;
    expect(chart.properties).toMatchObject({ role: 'img' });
    expect(text(within(chart).find(tag('title'))!)).toMatch(/^Working hours on \w+day \d+ \w+ 2026, in UTC$/);
    expect(within(chart).all(hasClass('hours-work')).length).toBeGreaterThan(0);
    const windows = section.all(tag('li')).map(text);
    expect(windows.length).toBeGreaterThan(0);
    expect(windows.every((window) => / UTC/.test(window) && /\((?:Europe|America|Asia|Africa|Australia)\//.test(window))).toBe(true);
    expect(text(section.find(tag('p'))!)).toMatch(/share|never all work|do not meet/);
  });

  it('lists every member of a team with their zone, their offset on the build date and their hours', () => {
    const rows = within(readPage(site, '/teams/rnd/').find(labelledBy('team-hours'))!).all(tag('tr')).map(text);
    expect(rows).toContain('Harriet Quinn Australia/Sydney UTC+11:00 08:30–17:00, Mon–Fri');
    expect(rows).toContain('Daniel Osei America/Toronto UTC−05:00 08:00–16:00, Mon–Fri');
  });

  it('a person page shows their local time, their hours and their languages', () => {
    const facts = text(readPage(site, '/people/lena-hoffmann/').find(hasClass('facts'))!);
    expect(facts).toContain('Local time UTC+01:00 (Europe/Berlin)');
    expect(facts).toContain('Working hours 09:00–17:00, Mon–Thu');
    expect(facts).toContain('Languages German (native), English (fluent), French (working)');
  });

  it('a handover still under way shows the hours its people share, for transfer sessions', () => {
    const section = readPage(site, '/handovers/grace-mwangi-partnership-manager/').find(labelledBy('handover-hours'));
    expect(section).toBeDefined();
    expect(text(section!)).toContain('Grace Mwangi');
  });

  it('loads the live clock only on pages that show a local time', () => {
    expect(clockScript('/teams/rnd/')).toBe(true);
    expect(clockScript('/people/lena-hoffmann/')).toBe(true);
    expect(clockScript('/playbooks/')).toBe(false);
    expect(clockScript('/playbooks/freedom-to-operate-check/')).toBe(false);
  });
});

describe('who speaks what', () => {
  it('the people directory has a column of languages its filter splits at commas', () => {
    const page = readPage(site, '/people/');
    expect(page.all(tag('th')).map(text)).toContain('Speaks');
    expect(page.all(tag('tr')).map(text)).toContain('Lena Hoffmann IP Paralegal, EMEA IP & Legal EMEA 0 Active Europe/Berlin German, English, French');
  });

  it('search can filter people by the languages they speak', () => {
    const filters = readPage(site, '/people/nadia-haddad/').all((element) => element.properties.dataPagefindFilter === 'speaks').map(text);
    expect(filters).toEqual(['French', 'Arabic', 'English']);
  });
});
