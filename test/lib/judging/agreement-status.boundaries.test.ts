import { describe, expect, it } from 'vitest';
import { agreementStatus } from '../../../src/lib/judging/agreement-status.ts';

// Judged on 2026-11-23 with a 90-day renewal window: the window's last day is 2027-02-21.
const TODAY = '2026-11-23';
type Item = { name: string; due: string; done: boolean };
const agreement = (end: string, renewal_notice = '60d', lists: { deliverables?: Item[]; milestones?: Item[] } = {}) => ({ end, renewal_notice, deliverables: lists.deliverables ?? [], milestones: lists.milestones ?? [] });

describe('renewal on the boundary days of the window', () => {
  it('is running while the notice date is the day after the window', () => {
    // 2027-04-23 - 60d = 2027-02-22.
    expect(agreementStatus(agreement('2027-04-23'), TODAY, '90d')).toEqual({ state: 'running', noticeBy: '2027-02-22', daysToNotice: 91, daysToEnd: 151, overdue: [] });
  });

  it('is due for renewal when the notice date is the last day of the window', () => {
    expect(agreementStatus(agreement('2027-04-22'), TODAY, '90d')).toEqual({ state: 'renewal-due', noticeBy: '2027-02-21', daysToNotice: 90, daysToEnd: 150, overdue: [] });
  });

  it('is due for renewal on the notice date, the day after it, and on the last day of the term', () => {
    expect(agreementStatus(agreement('2027-01-22'), TODAY, '90d')).toMatchObject({ state: 'renewal-due', noticeBy: '2026-11-23', daysToNotice: 0 });
    expect(agreementStatus(agreement('2027-01-21'), TODAY, '90d')).toMatchObject({ state: 'renewal-due', noticeBy: '2026-11-22', daysToNotice: -1 });
    expect(agreementStatus(agreement(TODAY), TODAY, '90d')).toMatchObject({ state: 'renewal-due', daysToEnd: 0 });
  });

  it('is expired from the day after the end', () => {
    expect(agreementStatus(agreement('2026-11-22'), TODAY, '90d')).toEqual({ state: 'expired', noticeBy: '2026-09-23', daysToNotice: -61, daysToEnd: -1, overdue: [] });
  });

  it('counts the notice period back from the end in months, clamped to the month’s end', () => {
    expect(agreementStatus(agreement('2027-05-31', '3m'), TODAY, '90d')).toMatchObject({ state: 'running', noticeBy: '2027-02-28' });
    expect(agreementStatus(agreement('2027-05-21', '3m'), TODAY, '90d')).toMatchObject({ state: 'renewal-due', noticeBy: '2027-02-21' });
  });

  it('with no window, is due for renewal from the notice date only', () => {
    expect(agreementStatus(agreement('2027-01-22'), TODAY, '0d').state).toBe('renewal-due');
    expect(agreementStatus(agreement('2027-01-23'), TODAY, '0d').state).toBe('running');
  });
});

describe('late deliverables and milestones', () => {
  it('are late from the day after they were due, not on the day itself', () => {
    const milestones = [
      { name: 'Due tomorrow', due: '2026-11-24', done: false },
      { name: 'Due today', due: '2026-11-23', done: false },
      { name: 'Due yesterday', due: '2026-11-22', done: false },
    ];
    expect(agreementStatus(agreement('2028-01-01', '60d', { milestones }), TODAY, '90d').overdue).toEqual([{ list: 'milestones', index: 2, name: 'Due yesterday', due: '2026-11-22', daysLate: 1 }]);
  });

  it('are never late once done, however long ago they were due', () => {
    const deliverables = [{ name: 'Delivered', due: '2025-01-01', done: true }];
    expect(agreementStatus(agreement('2028-01-01', '60d', { deliverables }), TODAY, '90d').overdue).toEqual([]);
  });

  it('list deliverables before milestones, each with its place in its own list', () => {
    const deliverables = [
      { name: 'Report', due: '2026-10-01', done: true },
      { name: 'Prototype', due: '2026-11-01', done: false },
    ];
    const milestones = [{ name: 'Kick-off', due: '2026-01-15', done: false }];
    expect(agreementStatus(agreement('2028-01-01', '60d', { deliverables, milestones }), TODAY, '90d').overdue).toEqual([
      { list: 'deliverables', index: 1, name: 'Prototype', due: '2026-11-01', daysLate: 22 },
      { list: 'milestones', index: 0, name: 'Kick-off', due: '2026-01-15', daysLate: 312 },
    ]);
  });

  it('are judged for an agreement that has already ended too', () => {
    const milestones = [{ name: 'Final report', due: '2026-11-01', done: false }];
    expect(agreementStatus(agreement('2026-11-15', '60d', { milestones }), TODAY, '90d')).toMatchObject({ state: 'expired', overdue: [{ name: 'Final report', daysLate: 22 }] });
  });
});
