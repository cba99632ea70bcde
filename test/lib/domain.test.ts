import { describe, expect, it } from 'vitest';
import { agreementStatus } from '../../src/lib/judging/agreement-status.ts';
import { handoverProgress, isHandoverOverdue } from '../../src/lib/judging/handover-progress.ts';
import { personReferences } from '../../src/lib/judging/person-references.ts';
import { successionGaps } from '../../src/lib/judging/succession.ts';

describe('succession gaps', () => {
  const handovers = [{ data: { role: 'ip-counsel', state: 'in-progress' as const } }, { data: { role: 'head-of-ip', state: 'complete' as const } }];

  it('asks nothing of a role that is not critical', () => {
    expect(successionGaps({ critical: false }, 'patent-engineer', handovers)).toEqual([]);
  });

  it('reports a critical role with neither backup nor successor', () => {
    expect(successionGaps({ critical: true }, 'head-of-ip', handovers)).toEqual(['no-backup', 'no-successor']);
  });

  it('accepts a handover under way in place of a named successor', () => {
    expect(successionGaps({ critical: true, backup: 'a' }, 'ip-counsel', handovers)).toEqual([]);
  });

  it('does not count a completed handover as a plan', () => {
    expect(successionGaps({ critical: true, backup: 'a' }, 'head-of-ip', handovers)).toEqual(['no-successor']);
  });
});

describe('agreement status', () => {
  const agreement = (end: string, renewal_notice: string, milestones = [] as { name: string; due: string; done: boolean }[]) => ({ end, renewal_notice, deliverables: [], milestones });

  it('is running while the notice date is beyond the window', () => {
    expect(agreementStatus(agreement('2028-12-31', '6m'), '2026-11-23', '90d')).toMatchObject({ state: 'running', noticeBy: '2028-06-30' });
  });

  it('is due for renewal once the notice date falls within the window', () => {
    expect(agreementStatus(agreement('2027-04-30', '90d'), '2026-11-23', '90d')).toMatchObject({ state: 'renewal-due', noticeBy: '2027-01-30', daysToNotice: 68 });
  });

  it('stays due for renewal after the notice date until the end', () => {
    expect(agreementStatus(agreement('2026-12-31', '90d'), '2026-11-23', '90d')).toMatchObject({ state: 'renewal-due', noticeBy: '2026-10-02', daysToNotice: -52 });
  });

  it('is expired after its end date', () => {
    expect(agreementStatus(agreement('2026-11-22', '90d'), '2026-11-23', '90d')).toMatchObject({ state: 'expired', daysToEnd: -1 });
  });

  it('lists milestones past due and not done, and only those', () => {
    const milestones = [
      { name: 'Done late', due: '2026-01-01', done: true },
      { name: 'Missed', due: '2026-11-01', done: false },
      { name: 'Due today', due: '2026-11-23', done: false },
    ];
    expect(agreementStatus(agreement('2028-01-01', '90d', milestones), '2026-11-23', '90d').overdue).toEqual([
      { list: 'milestones', index: 1, name: 'Missed', due: '2026-11-01', daysLate: 22 },
    ]);
  });
});

describe('handover progress', () => {
  const handover = {
    due: '2026-11-01',
    open_matters: [{ matter: 'Opposition', done: true }],
    contacts: [{ name: 'Outside counsel', done: false }],
    documents: [],
    sessions: [{ topic: 'Docket', done: true }],
  };

  it('counts done and open items across the four checklists', () => {
    expect(handoverProgress(handover)).toEqual({ done: 2, total: 3, open: [{ list: 'contacts', index: 0, label: 'Outside counsel', done: false }] });
  });

  it('is overdue past its due date only while items are open', () => {
    expect(isHandoverOverdue(handover, '2026-11-23')).toBe(true);
    expect(isHandoverOverdue(handover, '2026-11-01')).toBe(false);
    expect(isHandoverOverdue({ ...handover, contacts: [] }, '2026-11-23')).toBe(false);
  });
});

describe('person references', () => {
  it('finds every field that names a person, with its path', () => {
    const references = personReferences('handovers', { owner: 'knowledge', reviewers: ['a', 'b'], from: 'c', to: 'd', mentor: 'e' });
    expect(references.map(({ id, field, path }) => `${field}:${id}@${path.join('.')}`)).toEqual([
      'owner:knowledge@owner',
      'reviewer:a@reviewers.0',
      'reviewer:b@reviewers.1',
      'from:c@from',
      'to:d@to',
      'mentor:e@mentor',
    ]);
  });

  it('reads escalation contacts of an agreement', () => {
    expect(personReferences('partners', { owner: 'x', escalation: [{}, { person: 'priya-raman' }] })).toContainEqual({ id: 'priya-raman', field: 'escalation', path: ['escalation', 1, 'person'] });
  });
});
