import { describe, expect, it } from 'vitest';
import { dayRange, sharedHoursView } from '../../src/site/shared-hours-view.ts';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const person = (id: string, timezone: string, start: string, end: string) => ({ id, name: id, href: `/people/${id}/`, data: { timezone, working_hours: { start, end, days: [...weekdays] } } });
const london = person('london', 'Europe/London', '07:00', '17:00');
const sydney = person('sydney', 'Australia/Sydney', '08:00', '18:00');

describe('shared hours in words and as a chart', () => {
  it('says how much time everyone shares, when, on every clock, and names the change that shrinks it', () => {
    const view = sharedHoursView([london, sydney], '2026-09-28', 'test');
    expect(view.summary).toBe('Both share 10 h of working time a week.');
    expect(view.windows).toEqual([{ when: 'Mon–Fri 06:00–08:00 UTC', people: 'london, sydney', local: ['london 07:00–09:00 (Europe/London)', 'sydney 16:00–18:00 (Australia/Sydney)'] }]);
    expect(view.change).toBe('On 4 Oct 2026 clocks in Australia/Sydney go forward (UTC+10:00 to UTC+11:00); from the week of 5 Oct 2026 that means 5 h of shared time a week instead of 10 h.');
  });

  it('says when working hours never meet, and that no change within 90 days alters that', () => {
    const view = sharedHoursView([london, sydney], '2026-11-02', 'test');
    expect(view.kind).toBe('none');
    expect(view.summary).toBe('No two of these 2 people ever work at the same time: their working hours do not meet.');
    expect(view.windows).toEqual([]);
    expect(view.change).toBe('No daylight-saving change in the next 90 days moves these hours.');
  });

  it('draws a named, described SVG band per person and one for the shared hours', () => {
    const chart = sharedHoursView([london, sydney], '2026-09-28', 'test').chart!;
    expect(chart).toMatch(/^<svg class="hours-chart"[^>]*role="img" aria-labelledby="hours-test-title hours-test-desc">/);
    expect(chart).toContain('<title id="hours-test-title">Working hours on Monday 28 Sep 2026, in UTC</title>');
    expect(chart.match(/class="hours-shared"/g)).toHaveLength(1);
    expect(chart.match(/class="hours-work"/g)).toHaveLength(3);
  });

  it('leaves out people without working hours and says who they are', () => {
    const view = sharedHoursView([london, { id: 'x', name: 'x', href: '/people/x/', data: { timezone: 'UTC' } }], '2026-09-28', 'test');
    expect(view.withoutHours.map((clock) => clock.name)).toEqual(['x']);
    expect(view.summary).toBe('Only one person here lists working hours, so there is nothing to share.');
  });

  it('writes days as readers say them', () => {
    expect(dayRange(['mon', 'tue', 'wed', 'thu'])).toBe('Mon–Thu');
    expect(dayRange(['fri', 'mon', 'wed'])).toBe('Mon, Wed, Fri');
  });
});
