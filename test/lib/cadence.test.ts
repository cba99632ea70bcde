import { describe, expect, it } from 'vitest';
import { cadenceInterval, CADENCE_PATTERN, describeCadence, isMonthEnd, nextAfter, occurrence, occurrencesThrough } from '../../src/lib/judging/cadence.ts';

describe('cadences', () => {
  it('read the four words and any interval', () => {
    expect(cadenceInterval('monthly')).toEqual({ count: 1, unit: 'm' });
    expect(cadenceInterval('quarterly')).toEqual({ count: 3, unit: 'm' });
    expect(cadenceInterval('half-yearly')).toEqual({ count: 6, unit: 'm' });
    expect(cadenceInterval('yearly')).toEqual({ count: 1, unit: 'y' });
    expect(cadenceInterval('6w')).toEqual({ count: 6, unit: 'w' });
  });

  it('accept only those words and intervals', () => {
    for (const good of ['monthly', 'quarterly', 'half-yearly', 'yearly', '6w', '45d', '2m', '1y']) expect(CADENCE_PATTERN.test(good)).toBe(true);
    for (const bad of ['Quarterly', 'weekly', 'twice-yearly', '0m', '3 m', '']) expect(CADENCE_PATTERN.test(bad)).toBe(false);
  });

  it('are described for readers', () => {
    expect(describeCadence('quarterly')).toBe('quarterly');
    expect(describeCadence('6w')).toBe('every 6 weeks');
    expect(describeCadence('1m')).toBe('every 1 month');
  });
});

describe('the days a series falls on', () => {
  it('count each time from the first, so a quarter-end series stays on quarter ends', () => {
    expect(occurrencesThrough('2026-03-31', 'quarterly', '2027-03-31')).toEqual(['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31', '2027-03-31']);
  });

  it('keep a series started on a month end on the last day of every month', () => {
    expect(occurrencesThrough('2026-11-30', 'monthly', '2027-03-31')).toEqual(['2026-11-30', '2026-12-31', '2027-01-31', '2027-02-28', '2027-03-31']);
    expect(isMonthEnd('2026-11-30')).toBe(true);
    expect(isMonthEnd('2026-11-29')).toBe(false);
  });

  it('clamp a day that a shorter month lacks, without drifting afterwards', () => {
    expect(occurrencesThrough('2027-01-30', 'monthly', '2027-04-30')).toEqual(['2027-01-30', '2027-02-28', '2027-03-30', '2027-04-30']);
  });

  it('land on 29 February in leap years and on 28 February in others', () => {
    expect(occurrencesThrough('2024-02-29', 'yearly', '2028-12-31')).toEqual(['2024-02-29', '2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29']);
    expect(nextAfter('2027-11-30', 'quarterly')).toBe('2028-02-29');
    expect(nextAfter('2026-11-30', 'quarterly')).toBe('2027-02-28');
    expect(occurrence('2025-08-31', 'half-yearly', 1)).toBe('2026-02-28');
    expect(occurrence('2027-08-31', 'half-yearly', 1)).toBe('2028-02-29');
  });

  it('step by days and weeks exactly, across a leap day', () => {
    expect(nextAfter('2028-02-20', '6w')).toBe('2028-04-02');
    expect(nextAfter('2028-02-28', '2d')).toBe('2028-03-01');
    expect(nextAfter('2027-02-28', '2d')).toBe('2027-03-02');
  });

  it('give the first day alone when the series ends on it, and nothing when it ends before', () => {
    expect(occurrencesThrough('2026-06-30', 'yearly', '2026-06-30')).toEqual(['2026-06-30']);
    expect(occurrencesThrough('2026-06-30', 'yearly', '2026-06-29')).toEqual([]);
  });
});
