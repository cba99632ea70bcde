import { describe, expect, it } from 'vitest';
import { pageCommitments, type Commitment } from '../../../src/lib/judging/commitments.ts';

// Judged on 2026-11-23. Every list below holds something due yesterday, today and tomorrow.
const TODAY = '2026-11-23';
const item = (name: string, due: string, done = false) => ({ name, due, done });

const agreement = {
  title: 'Kestrel licence',
  owner: 'ada-okafor',
  reviewers: ['jonas-weber', 'ada-okafor'],
  last_reviewed: '2026-10-01',
  review_every: '6m',
  status: 'active',
  partner: 'Kestrel Materials GmbH',
  start: '2024-01-01',
  end: '2027-12-31',
  renewal_notice: '6m',
  deliverables: [item('Samples', '2026-11-22'), item('Test report', '2026-11-23'), item('Datasheet', '2025-01-10', true)],
  milestones: [item('Pilot line', '2026-11-24'), item('Volume production start', '2026-11-22')],
  escalation: [{ level: 'Managers', contact: 'Both', person: 'jonas-weber', within: '15d' }, { level: 'Directors', contact: 'Both', within: '30d' }, { level: 'Arbitration', contact: 'Legal' }],
  review_cadence: 'quarterly',
  reviews: [
    { on: '2026-09-30', meeting: 'Quarterly review', attendees: ['jonas-weber'], partner_attendees: [], decisions: [], actions: [{ action: 'Send the plan', owner: 'jonas-weber', due: '2026-11-23', done: false }] },
    { on: TODAY, meeting: 'Steering committee', attendees: ['helena-brandt'], partner_attendees: [], decisions: [], actions: [] },
    { on: '2026-11-24', meeting: 'Lab visit', attendees: ['helena-brandt', 'ada-okafor'], partner_attendees: [], decisions: [], actions: [] },
  ],
  disputes: [
    { summary: 'Who owns the primer', opened: '2026-11-08', level: 1, state: 'open' },
    { summary: 'Late samples', opened: '2026-10-01', level: 2, level_since: '2026-10-24', state: 'open' },
    { summary: 'Royalty rate', opened: '2026-06-01', level: 3, state: 'open' },
  ],
  obligations: [
    { name: 'Quarterly report', kind: 'reporting', owed_by: 'partner', owner: 'jonas-weber', due: '2026-09-30', every: 'quarterly', until: '2026-12-31', done_through: '2026-09-30', note: 'Sent to the steering group.' },
    { name: 'Safety audit', kind: 'audit', owed_by: 'us', owner: 'helena-brandt', due: '2026-11-22' },
  ],
  kpis: [],
};

const commitments = (data: Record<string, unknown>) => pageCommitments({ collection: 'partners', data }, TODAY);
const byKey = (list: Commitment[]) => new Map(list.map((commitment) => [commitment.key, commitment]));

describe('commitments, worded for a calendar', () => {
  it('give every kind its wording, its people and whether it is late', () => {
    expect(commitments(agreement)).toEqual([
      { date: '2026-11-22', kind: 'deliverable', what: 'Deliverable: Samples', key: 'deliverables/0', people: ['ada-okafor'], late: true },
      { date: '2026-11-22', kind: 'milestone', what: 'Milestone: Volume production start', key: 'milestones/1', people: ['ada-okafor'], late: true },
      { date: '2026-11-22', kind: 'obligation', what: 'Obligation: Safety audit', detail: 'Owed by us.', key: 'obligations/1/2026-11-22', people: ['helena-brandt'], late: true },
      { date: '2026-11-23', kind: 'deliverable', what: 'Deliverable: Test report', key: 'deliverables/1', people: ['ada-okafor'], late: false },
      { date: '2026-11-23', kind: 'dispute', what: 'Dispute to be settled or taken up from level 1', detail: 'Who owns the primer. At Managers since 2026-11-08.', key: 'disputes/0', people: ['ada-okafor', 'jonas-weber'], late: false },
      { date: '2026-11-23', kind: 'dispute', what: 'Dispute to be settled or taken up from level 2', detail: 'Late samples. At Directors since 2026-10-24.', key: 'disputes/1', people: ['ada-okafor'], late: false },
      { date: '2026-11-23', kind: 'review-action', what: 'Action: Send the plan', detail: 'Agreed at the quarterly review on 2026-09-30.', key: 'reviews/0/actions/0', people: ['jonas-weber'], late: false },
      { date: '2026-11-24', kind: 'milestone', what: 'Milestone: Pilot line', key: 'milestones/0', people: ['ada-okafor'], late: false },
      { date: '2026-11-24', kind: 'partnership-review', what: 'Lab visit', key: 'reviews/2', people: ['ada-okafor', 'helena-brandt'], late: false },
      { date: '2026-12-31', kind: 'obligation', what: 'Obligation: Quarterly report', detail: 'Owed by Kestrel Materials GmbH. Sent to the steering group.', key: 'obligations/0/2026-12-31', people: ['jonas-weber'], late: false },
      { date: '2027-02-23', kind: 'partnership-review', what: 'Partnership review due', detail: 'Reviewed quarterly; record the review with its decisions and actions.', key: 'review-due', people: ['ada-okafor'], late: false },
      { date: '2027-04-01', kind: 'page-review', what: 'Page review due', detail: 'Review the page, then record the review with npm run review.', key: 'review', people: ['ada-okafor', 'jonas-weber'], late: false },
      { date: '2027-06-30', kind: 'renewal-notice', what: 'Last day to give notice of renewal or exit', detail: 'The agreement with Kestrel Materials GmbH ends on 2027-12-31.', key: 'renewal-notice', people: ['ada-okafor'], late: false },
      { date: '2027-12-31', kind: 'agreement-end', what: 'Agreement ends unless renewed', key: 'end', people: ['ada-okafor'], late: false },
    ]);
  });

  it('give a handover its due date, with the mentor among its people, until it is complete', () => {
    const handover = { title: 'Handover', owner: 'ada-okafor', reviewers: ['ada-okafor'], last_reviewed: '2026-11-01', review_every: '60d', status: 'active', from: 'helena-brandt', to: 'jonas-weber', mentor: 'ada-okafor', due: '2026-11-22', state: 'not-started' };
    expect(pageCommitments({ collection: 'handovers', data: handover }, TODAY)).toEqual([
      { date: '2026-11-22', kind: 'handover', what: 'Handover due', detail: 'Everything handed over from helena-brandt to jonas-weber.', key: 'due', people: ['ada-okafor', 'helena-brandt', 'jonas-weber'], late: true },
      { date: '2026-12-31', kind: 'page-review', what: 'Page review due', detail: 'Review the page, then record the review with npm run review.', key: 'review', people: ['ada-okafor'], late: false },
    ]);
    expect(pageCommitments({ collection: 'handovers', data: { ...handover, mentor: 'lena-fischer', due: TODAY } }, TODAY).find((commitment) => commitment.kind === 'handover')).toMatchObject({ people: ['ada-okafor', 'helena-brandt', 'jonas-weber', 'lena-fischer'], late: false });
  });

  it('give a playbook only its review, late from the day after it falls due', () => {
    const playbook = { title: 'Filing', owner: 'ada-okafor', reviewers: [], last_reviewed: '2026-05-22', review_every: '6m', status: 'active' };
    expect(pageCommitments({ collection: 'playbooks', data: playbook }, TODAY)).toEqual([{ date: '2026-11-22', kind: 'page-review', what: 'Page review due', detail: 'Review the page, then record the review with npm run review.', key: 'review', people: ['ada-okafor'], late: true }]);
    expect(pageCommitments({ collection: 'playbooks', data: { ...playbook, last_reviewed: '2026-05-23' } }, TODAY)[0]?.late).toBe(false);
  });
});

describe('commitments on the boundary days', () => {
  const found = byKey(commitments(agreement));

  it('are late the day after they were due, not on the day itself', () => {
    expect(found.get('deliverables/0')?.late).toBe(true);
    expect(found.get('deliverables/1')?.late).toBe(false);
    expect(found.get('milestones/0')?.late).toBe(false);
    expect(found.get('reviews/0/actions/0')?.late).toBe(false);
  });

  it('count a partnership review held today as a record, and one tomorrow as booked', () => {
    expect(found.has('reviews/1')).toBe(false);
    expect(found.has('reviews/2')).toBe(true);
  });

  it('leave out a dispute at the last level of the path, which has no day to move by', () => {
    expect(found.has('disputes/2')).toBe(false);
  });

  it('have no partnership review due when the agreement sets no review cadence', () => {
    const keys = commitments({ ...agreement, review_cadence: undefined }).map((commitment) => commitment.key);
    expect(keys).not.toContain('review-due');
    expect(keys).toContain('reviews/2');
  });

  it('leave out what is done', () => {
    expect(found.has('deliverables/2')).toBe(false);
    expect(found.has('obligations/0/2026-09-30')).toBe(false);
  });

  it('ask for notice of renewal the notice period before the end, counted back in days', () => {
    expect(byKey(commitments({ ...agreement, end: '2027-03-01', renewal_notice: '60d' })).get('renewal-notice')?.date).toBe('2026-12-31');
    expect(byKey(commitments({ ...agreement, end: '2027-03-01', renewal_notice: '60d' })).get('end')?.date).toBe('2027-03-01');
  });

  it('stay not late once the renewal notice date and the end have passed: the agreement’s status says that', () => {
    const ended = byKey(commitments({ ...agreement, end: '2026-11-22', renewal_notice: '30d' }));
    expect(ended.get('renewal-notice')).toMatchObject({ date: '2026-10-23', late: false });
    expect(ended.get('end')).toMatchObject({ date: '2026-11-22', late: false });
  });
});
