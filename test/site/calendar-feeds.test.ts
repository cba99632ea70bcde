/**
 * The calendar feeds the site publishes: every one parses as an RFC 5545 calendar, there is one for
 * the whole handbook, one per team and one per person still here, each holds what it should, and no
 * draft or confidential page reaches any of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';

const sites = { starter: inject('starterSite'), fixture: inject('fixtureSite') };

/** Every `.ics` file of a built site, by path. */
function feeds(site: string): Map<string, string> {
  const files = readdirSync(join(site, 'calendar'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ics'));
  return new Map(files.sort().map((file) => [`calendar/${file}`, readFileSync(join(site, 'calendar', file), 'utf8')]));
}

function events(text: string): ICAL.Event[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

describe('calendar feeds', () => {
  for (const [name, site] of Object.entries(sites)) {
    it(`of the ${name} site are RFC 5545 calendars: parsed, CRLF lines of at most 75 octets, the properties every event needs, unique UIDs`, () => {
      for (const [path, text] of feeds(site)) {
        const calendar = new ICAL.Component(ICAL.parse(text));
        expect(calendar.name, path).toBe('vcalendar');
        expect(calendar.getFirstPropertyValue('version'), path).toBe('2.0');
        expect(calendar.getFirstPropertyValue('prodid'), path).toBeTruthy();
        expect(text.endsWith('\r\n') && !/[^\r]\n/.test(text), path).toBe(true);
        expect(Math.max(...text.split('\r\n').map((line) => new TextEncoder().encode(line).length)), path).toBeLessThanOrEqual(75);
        const vevents = calendar.getAllSubcomponents('vevent');
        for (const vevent of vevents) for (const property of ['uid', 'dtstamp', 'dtstart', 'summary']) expect(vevent.hasProperty(property), `${path} ${property}`).toBe(true);
        const uids = vevents.map((vevent) => vevent.getFirstPropertyValue('uid'));
        expect(new Set(uids).size, path).toBe(uids.length);
      }
    });
  }

  it('are one for the handbook, one per team and one per person still here', () => {
    expect([...feeds(sites.fixture).keys()]).toEqual(['calendar/all.ics', 'calendar/people/ada-quill.ics', 'calendar/people/carla-ruiz.ics', 'calendar/teams/legal.ics', 'calendar/teams/research.ics']);
  });

  it('hold every dated commitment of the published pages, late ones included', () => {
    const all = events(feeds(sites.fixture).get('calendar/all.ics')!);
    const summaries = all.map((event) => `${event.startDate.toString()} ${event.summary}`);
    expect(summaries).toEqual(expect.arrayContaining([
      '2026-10-15 Action: Order the new door seals (Open Alliance with Marlow Instruments)',
      '2026-10-31 Milestone: Field trial report (Open Alliance with Marlow Instruments)',
      '2026-10-31 Obligation: Monthly test log from Marlow (Open Alliance with Marlow Instruments)',
      '2026-11-03 Dispute to be settled or taken up from level 1 (Open Alliance with Marlow Instruments)',
      '2026-11-10 Handover due (Handover: lab lead, Bruno Vale to Carla Ruiz)',
      '2026-12-31 Last day to give notice of renewal or exit (Open Alliance with Marlow Instruments)',
      '2026-12-31 Partnership review due (Open Alliance with Marlow Instruments)',
      '2027-02-28 Milestone: Final design review (Open Alliance with Marlow Instruments)',
      '2027-03-31 Agreement ends unless renewed (Open Alliance with Marlow Instruments)',
      '2025-07-10 Page review due (Sample intake)',
    ]));
    expect(summaries.some((summary) => summary.includes('Prototype rack') || summary.includes('Share the cold test data'))).toBe(false);
    expect(all.find((event) => event.summary.startsWith('Action: Order'))!.description).toMatch(/^Past due and still open\./);
  });

  it('give a person what they answer for, and a team the pages that concern it', () => {
    const carla = events(feeds(sites.fixture).get('calendar/people/carla-ruiz.ics')!).map((event) => event.summary);
    expect(carla).toEqual(expect.arrayContaining(['Action: Order the new door seals (Open Alliance with Marlow Instruments)', 'Obligation: Monthly test log from Marlow (Open Alliance with Marlow Instruments)']));
    const ada = events(feeds(sites.fixture).get('calendar/people/ada-quill.ics')!).map((event) => event.summary);
    expect(ada).not.toContain('Action: Order the new door seals (Open Alliance with Marlow Instruments)');
    const legal = events(feeds(sites.fixture).get('calendar/teams/legal.ics')!).map((event) => event.summary);
    expect(new Set(legal.map((summary) => summary.replace(/^.*\((.*)\)$/, '$1')))).toEqual(new Set(['Open Alliance with Marlow Instruments', 'Labelling rules']));
  });

  it('never hold a draft or confidential page, whatever the feed', () => {
    for (const [path, text] of feeds(sites.fixture)) {
      // Folding may split a marker across lines; read the feed unfolded.
      const unfolded = text.replaceAll('\r\n ', '');
      expect([path, /DRAFTMARKER|MDXDRAFTMARKER|CONFIDENTIALMARKER|royalty-terms|draft-venture|freezer-inventory|instrument-loans/.test(unfolded)]).toEqual([path, false]);
    }
  });

  it('are listed on a page with the next weeks’ commitments, for reading without a calendar app', () => {
    const html = readFileSync(join(sites.fixture, 'calendar/index.html'), 'utf8');
    expect(html).toContain('href="/calendar/all.ics"');
    expect(html).toContain('href="/calendar/teams/legal.ics"');
    expect(html).toContain('href="/calendar/people/carla-ruiz.ics"');
    expect(html).not.toMatch(/MARKER/);
  });
});
