import { describe, expect, it } from 'vitest';
import { pageReview, REVIEW_STATE_LABELS, reviewStanding, reviewStatus } from '../../../src/lib/judging/review-status.ts';

// Judged on 2026-11-23 with a 30-day due-soon window: the window's last day is 2026-12-23.
const TODAY = '2026-11-23';
const page = (last_reviewed: string, review_every = '90d') => ({ last_reviewed, review_every });

describe('review status on the boundary days of its windows', () => {
  it('is fresh the day before the due-soon window reaches the review date', () => {
    // 2026-09-25 + 90d = 2026-12-24, 31 days away.
    expect(reviewStatus(page('2026-09-25'), TODAY, '30d')).toEqual({ state: 'fresh', nextReview: '2026-12-24', daysLeft: 31 });
  });

  it('is due soon on the last day of the window', () => {
    expect(reviewStatus(page('2026-09-24'), TODAY, '30d')).toEqual({ state: 'due-soon', nextReview: '2026-12-23', daysLeft: 30 });
  });

  it('is due soon the day before the review date, and on it', () => {
    expect(reviewStatus(page('2026-08-26'), TODAY, '30d')).toEqual({ state: 'due-soon', nextReview: '2026-11-24', daysLeft: 1 });
    expect(reviewStatus(page('2026-08-25'), TODAY, '30d')).toEqual({ state: 'due-soon', nextReview: '2026-11-23', daysLeft: 0 });
  });

  it('is overdue from the day after the review date', () => {
    expect(reviewStatus(page('2026-08-24'), TODAY, '30d')).toEqual({ state: 'overdue', nextReview: '2026-11-22', daysLeft: -1 });
    expect(reviewStatus(page('2025-11-23', '6m'), TODAY, '30d')).toEqual({ state: 'overdue', nextReview: '2026-05-23', daysLeft: -184 });
  });

  it('takes the window in any unit: a one-month window ends on the same day next month', () => {
    expect(reviewStatus(page('2026-09-24'), TODAY, '1m').state).toBe('due-soon');
    expect(reviewStatus(page('2026-09-25'), TODAY, '1m').state).toBe('fresh');
    expect(reviewStatus(page('2026-09-24'), TODAY, '4w')).toMatchObject({ state: 'fresh', daysLeft: 30 });
    expect(reviewStatus(page('2026-09-22'), TODAY, '4w')).toMatchObject({ state: 'due-soon', daysLeft: 28 });
  });

  it('with no window, is due soon only on the review date itself', () => {
    expect(reviewStatus(page('2026-08-25'), TODAY, '0d').state).toBe('due-soon');
    expect(reviewStatus(page('2026-08-26'), TODAY, '0d').state).toBe('fresh');
  });

  it('is fresh when reviewed today, and dated in the future from tomorrow, whatever the interval', () => {
    expect(reviewStatus(page(TODAY), TODAY, '30d')).toEqual({ state: 'fresh', nextReview: '2027-02-21', daysLeft: 90 });
    expect(reviewStatus(page('2026-11-24'), TODAY, '30d')).toEqual({ state: 'future', nextReview: '2027-02-22', daysLeft: 91 });
    // Even an interval so short that the next review would already be past.
    expect(reviewStatus(page('2026-11-24', '0d'), TODAY, '30d')).toMatchObject({ state: 'future' });
  });
});

describe('which pages fall due', () => {
  const overdue = { last_reviewed: '2025-01-01', review_every: '90d' };

  it('only an active page: a draft is not yet reviewed and a retired page no longer is', () => {
    expect(pageReview({ ...overdue, status: 'active' }, TODAY, '30d')).toEqual({ state: 'overdue', nextReview: '2025-04-01', daysLeft: -601 });
    expect(pageReview({ ...overdue, status: 'draft' }, TODAY, '30d')).toBeUndefined();
    expect(pageReview({ ...overdue, status: 'retired' }, TODAY, '30d')).toBeUndefined();
  });

  it('gives a page that is not active the standing `not-reviewed`, with the date it would have been due', () => {
    expect(reviewStanding({ ...overdue, status: 'retired' }, TODAY, '30d')).toEqual({ state: 'not-reviewed', nextReview: '2025-04-01', daysLeft: -601 });
    expect(reviewStanding({ last_reviewed: '2026-11-01', review_every: '1y', status: 'draft' }, TODAY, '30d')).toEqual({ state: 'not-reviewed', nextReview: '2027-11-01', daysLeft: 343 });
    expect(reviewStanding({ ...overdue, status: 'active' }, TODAY, '30d')).toEqual({ state: 'overdue', nextReview: '2025-04-01', daysLeft: -601 });
  });

  it('names every standing for readers', () => {
    expect(REVIEW_STATE_LABELS).toEqual({ fresh: 'Fresh', 'due-soon': 'Due soon', overdue: 'Overdue', future: 'Review date in the future', 'not-reviewed': 'Not under review' });
  });
});
