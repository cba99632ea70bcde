import { describe, expect, it } from 'vitest';
import { addInterval, todayIn } from '../../src/lib/calendar.ts';
import { reviewStatus } from '../../src/lib/judging/review-status.ts';

describe('review status', () => {
  const page = (last_reviewed: string, review_every: string) => ({ last_reviewed, review_every });

  it('is fresh well before the next review', () => {
    expect(reviewStatus(page('2026-10-01', '6m'), '2026-11-23', '30d')).toEqual({ state: 'fresh', nextReview: '2027-04-01', daysLeft: 129 });
  });

  it('is due soon inside the window, the last day included', () => {
    expect(reviewStatus(page('2026-06-23', '6m'), '2026-11-23', '30d').state).toBe('due-soon');
    expect(reviewStatus(page('2026-06-22', '6m'), '2026-11-23', '30d')).toEqual({ state: 'due-soon', nextReview: '2026-12-22', daysLeft: 29 });
  });

  it('is still due soon, not overdue, on the review date itself', () => {
    expect(reviewStatus(page('2026-05-23', '6m'), '2026-11-23', '30d')).toMatchObject({ state: 'due-soon', daysLeft: 0 });
  });

  it('is overdue the day after the review date', () => {
    expect(reviewStatus(page('2026-05-22', '6m'), '2026-11-23', '30d')).toMatchObject({ state: 'overdue', daysLeft: -1 });
  });

  it('flags a review date in the future', () => {
    expect(reviewStatus(page('2026-11-24', '1y'), '2026-11-23', '30d').state).toBe('future');
  });

  it('adds months the calendar way, clamping to the end of a short month', () => {
    expect(addInterval('2024-01-31', '1m')).toBe('2024-02-29');
    expect(addInterval('2023-01-31', '1m')).toBe('2023-02-28');
    expect(addInterval('2024-02-29', '1y')).toBe('2025-02-28');
    expect(addInterval('2026-11-23', '2w')).toBe('2026-12-07');
    expect(addInterval('2027-04-30', '90d', -1)).toBe('2027-01-30');
  });

  it('reads today in the configured time zone, not the machine one', () => {
    const instant = new Date('2026-11-23T23:30:00Z');
    expect(todayIn('Europe/London', instant)).toBe('2026-11-23');
    expect(todayIn('Asia/Tokyo', instant)).toBe('2026-11-24');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2026-11-23');
  });
});
