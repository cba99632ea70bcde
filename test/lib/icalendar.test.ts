import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { renderCalendar, type FeedEvent } from '../../src/site/icalendar.ts';

const event = (overrides: Partial<FeedEvent['commitment']> = {}): FeedEvent => ({
  commitment: { date: '2026-12-31', kind: 'obligation', what: 'Obligation: Quarterly report; royalties, fees\\notes', detail: 'Owed by Kestrel Materials GmbH.', key: 'obligations/0/2026-12-31', people: ['ada-okafor'], late: false, ...overrides },
  page: { href: '/partners/kestrel-licence/', title: 'Kestrel coatings licence, ’26 — Zürich', type: 'Partner agreement', collection: 'partners', id: 'kestrel-licence' },
});
const text = renderCalendar([event(), event({ key: 'milestones/0', kind: 'milestone', date: '2028-02-29', what: 'Milestone: '.padEnd(200, 'é'), late: true })], { name: 'Baton: everything', description: 'Every commitment.', siteUrl: 'https://handbook.example.org', today: '2026-11-23' });

describe('an iCalendar feed', () => {
  it('parses as RFC 5545 with a calendar parser, every event an all-day event with its page', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Baton//Handbook commitments//EN');
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((item) => [item.uid, item.startDate.toString(), item.endDate.toString(), item.startDate.isDate])).toEqual([
      ['partners/kestrel-licence/obligations/0/2026-12-31@handbook.example.org', '2026-12-31', '2027-01-01', true],
      ['partners/kestrel-licence/milestones/0@handbook.example.org', '2028-02-29', '2028-03-01', true],
    ]);
    expect(events[0]!.summary).toBe('Obligation: Quarterly report; royalties, fees\\notes (Kestrel coatings licence, ’26 — Zürich)');
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe('https://handbook.example.org/partners/kestrel-licence/');
    expect(events[1]!.description).toMatch(/^Past due and still open\. /);
  });

  it('escapes commas, semicolons and backslashes in text', () => {
    expect(text).toContain('SUMMARY:Obligation: Quarterly report\\; royalties\\, fees\\\\notes');
  });

  it('ends lines with CRLF and folds them at 75 octets, never inside a character', () => {
    const lines = text.split('\r\n');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const bytes = lines.map((line) => new TextEncoder().encode(line).length);
    expect(Math.max(...bytes)).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
  });

  it('stamps every event with the day of the build, so the same handbook builds the same file', () => {
    expect(text.match(/^DTSTAMP:.*$/gm)).toEqual(['DTSTAMP:20261123T000000Z', 'DTSTAMP:20261123T000000Z']);
  });
});
