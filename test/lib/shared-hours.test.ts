import { describe, expect, it } from 'vitest';
import { nextOverlapChange, offsetChanges, sharedHours, sharedMinutes, type SharedHours, type Worker } from '../../src/lib/shared-hours.ts';
import { instantOf, workingSpans, zoneOffsetMinutes } from '../../src/lib/working-time.ts';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const london: Worker = { id: 'london', timeZone: 'Europe/London', start: '07:00', end: '17:00', days: weekdays };
const sydney: Worker = { id: 'sydney', timeZone: 'Australia/Sydney', start: '08:00', end: '18:00', days: weekdays };
const newYork: Worker = { id: 'new-york', timeZone: 'America/New_York', start: '09:00', end: '17:00', days: weekdays };
const kolkata: Worker = { id: 'kolkata', timeZone: 'Asia/Kolkata', start: '09:00', end: '17:30', days: weekdays };
const tokyo: Worker = { id: 'tokyo', timeZone: 'Asia/Tokyo', start: '09:00', end: '18:00', days: weekdays };

/** Windows as `Mon 06:00-08:00 ids` in UTC, to read at a glance. */
function said(hours: SharedHours): string[] {
  const day = (instant: number) => new Date(instant).toUTCString().slice(0, 3);
  const time = (instant: number) => new Date(instant).toISOString().slice(11, 16);
  return hours.windows.map((window) => `${day(window.start)} ${time(window.start)}-${time(window.end)} ${window.ids.join('+')}`);
}

describe('zone offsets and local times', () => {
  it('reads a zone offset on each side of a daylight-saving change', () => {
    expect(zoneOffsetMinutes('Europe/Berlin', Date.parse('2026-03-29T00:59:00Z'))).toBe(60);
    expect(zoneOffsetMinutes('Europe/Berlin', Date.parse('2026-03-29T01:00:00Z'))).toBe(120);
    expect(zoneOffsetMinutes('Asia/Kolkata', Date.parse('2026-06-01T00:00:00Z'))).toBe(330);
    expect(zoneOffsetMinutes('America/Sao_Paulo', Date.parse('2026-12-01T00:00:00Z'))).toBe(-180);
  });

  it('finds the instant a local time names, on the days clocks change', () => {
    expect(new Date(instantOf('2026-03-29', 9 * 60, 'Europe/London')).toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(new Date(instantOf('2026-10-04', 9 * 60, 'Australia/Sydney')).toISOString()).toBe('2026-10-03T22:00:00.000Z');
    expect(new Date(instantOf('2026-10-03', 9 * 60, 'Australia/Sydney')).toISOString()).toBe('2026-10-02T23:00:00.000Z');
  });

  it('keeps only the working days of a schedule, on the person\'s own calendar', () => {
    const week = { start: Date.parse('2026-11-30T00:00:00Z'), end: Date.parse('2026-12-07T00:00:00Z') };
    const spans = workingSpans(tokyo, week);
    expect(spans.map((span) => new Date(span.start).toISOString())).toEqual(['2026-12-01T00:00:00.000Z', '2026-12-02T00:00:00.000Z', '2026-12-03T00:00:00.000Z', '2026-12-04T00:00:00.000Z', '2026-11-30T00:00:00.000Z'].sort());
  });
});

describe('shared working hours', () => {
  it('finds the hours London and Sydney share before Sydney moves to summer time', () => {
    const hours = sharedHours([london, sydney], '2026-09-28');
    expect(hours.kind).toBe('all');
    expect(said(hours)).toEqual(['Mon 06:00-08:00 london+sydney', 'Tue 06:00-08:00 london+sydney', 'Wed 06:00-08:00 london+sydney', 'Thu 06:00-08:00 london+sydney', 'Fri 06:00-08:00 london+sydney']);
  });

  it('shrinks the overlap to an hour the week after Sydney moves its clocks forward', () => {
    const hours = sharedHours([london, sydney], '2026-10-05');
    expect(said(hours)[0]).toBe('Mon 06:00-07:00 london+sydney');
    expect(sharedMinutes(hours.windows)).toBe(5 * 60);
  });

  it('says no hours are shared once London moves its clocks back too', () => {
    expect(sharedHours([london, sydney], '2026-10-26')).toEqual({ from: '2026-10-26', kind: 'none', groupSize: 1, windows: [] });
  });

  it('falls back to the hours the largest group shares when nobody overlaps with everyone', () => {
    const hours = sharedHours([london, newYork, sydney], '2026-10-26');
    expect(hours.kind).toBe('partial');
    expect(hours.groupSize).toBe(2);
    expect(said(hours)[0]).toBe('Mon 13:00-17:00 london+new-york');
  });

  it('shares hours across half-hour offsets in zones without daylight saving', () => {
    const hours = sharedHours([kolkata, tokyo], '2026-11-30');
    expect(said(hours)[0]).toBe('Mon 03:30-09:00 kolkata+tokyo');
  });

  it('counts only the days both people work', () => {
    const weekend = { ...tokyo, id: 'weekend', days: ['sat', 'sun'] as const };
    expect(sharedHours([tokyo, weekend], '2026-11-30').kind).toBe('none');
  });
});

describe('the next daylight-saving change that moves the overlap', () => {
  it('names Sydney\'s change to summer time, from two hours a day to one', () => {
    const change = nextOverlapChange([london, sydney], '2026-09-28');
    expect(change?.timeZone).toBe('Australia/Sydney');
    expect(new Date(change!.at).toISOString()).toBe('2026-10-03T16:00:00.000Z');
    expect([change?.before, change?.after]).toEqual([600, 660]);
    expect([sharedMinutes(change!.was.windows), sharedMinutes(change!.becomes.windows)]).toEqual([600, 300]);
  });

  it('names London\'s change back to winter time next, which ends the overlap', () => {
    const change = nextOverlapChange([london, sydney], '2026-10-05');
    expect(change?.timeZone).toBe('Europe/London');
    expect(change?.becomes.kind).toBe('none');
  });

  it('skips a change that moves both people alike', () => {
    const berlin = { ...london, id: 'berlin', timeZone: 'Europe/Berlin' };
    expect(offsetChanges(['Europe/London', 'Europe/Berlin'], '2026-10-01', 90)).toHaveLength(2);
    expect(nextOverlapChange([london, berlin], '2026-10-01')).toBeUndefined();
  });

  it('finds no change in zones without daylight saving', () => {
    expect(offsetChanges(['Asia/Kolkata', 'Asia/Tokyo', 'America/Sao_Paulo'], '2026-01-01', 365)).toEqual([]);
    expect(nextOverlapChange([kolkata, tokyo], '2026-11-30')).toBeUndefined();
  });

  it('looks no further than 90 days ahead', () => {
    expect(nextOverlapChange([london, sydney], '2026-11-02')).toBeUndefined();
    expect(nextOverlapChange([london, sydney], '2026-11-02', 180)?.timeZone).toBe('Europe/London');
  });
});
