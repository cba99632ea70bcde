import { describe, expect, it } from 'vitest';
import { pageCommitments } from '../../src/lib/judging/commitments.ts';
import { obligationStandings } from '../../src/lib/judging/partnership-health.ts';

const agreement = {
  title: 'Kestrel licence',
  owner: 'ada-okafor',
  reviewers: ['jonas-weber'],
  last_reviewed: '2026-10-01',
  review_every: '6m',
  status: 'active',
  partner: 'Kestrel Materials GmbH',
  start: '2024-01-01',
  end: '2027-12-31',
  renewal_notice: '6m',
  deliverables: [{ name: 'Samples', due: '2026-11-02', done: false }],
  milestones: [{ name: 'Pilot', due: '2026-06-30', done: true }],
  escalation: [{ level: 'Managers', contact: 'Both', person: 'jonas-weber', within: '15d' }, { level: 'Directors', contact: 'Both' }],
  review_cadence: 'quarterly',
  reviews: [
    { on: '2026-09-30', meeting: 'Quarterly review', attendees: ['jonas-weber'], partner_attendees: [], decisions: [], actions: [{ action: 'Send the plan', owner: 'jonas-weber', due: '2026-12-01', done: false }, { action: 'Book the lab', owner: 'ada-okafor', due: '2026-10-01', done: true }] },
    { on: '2026-12-15', meeting: 'Steering committee', attendees: ['ada-okafor'], partner_attendees: [], decisions: [], actions: [] },
  ],
  disputes: [{ summary: 'Who owns the primer', opened: '2026-11-10', level: 1, state: 'open' }],
  obligations: [{ name: 'Quarterly report', kind: 'reporting', owed_by: 'partner', owner: 'jonas-weber', due: '2026-03-31', every: 'quarterly', until: '2027-03-31', done_through: '2026-06-30' }],
  kpis: [],
};

describe('the commitments of a page', () => {
  const commitments = pageCommitments({ collection: 'partners', data: agreement }, '2026-11-23');
  const byKey = new Map(commitments.map((commitment) => [commitment.key, commitment]));

  it('list every open dated commitment of an agreement, in date order (a review held on a month end falls due on one)', () => {
    expect(commitments.map((commitment) => `${commitment.date} ${commitment.kind} ${commitment.key}`)).toEqual([
      '2026-09-30 obligation obligations/0/2026-09-30',
      '2026-11-02 deliverable deliverables/0',
      '2026-11-25 dispute disputes/0',
      '2026-12-01 review-action reviews/0/actions/0',
      '2026-12-15 partnership-review reviews/1',
      '2026-12-31 obligation obligations/0/2026-12-31',
      '2026-12-31 partnership-review review-due',
      '2027-03-31 obligation obligations/0/2027-03-31',
      '2027-04-01 page-review review',
      '2027-06-30 renewal-notice renewal-notice',
      '2027-12-31 agreement-end end',
    ]);
  });

  it('mark what is past its day and still open, and leave out what is done', () => {
    expect(byKey.get('obligations/0/2026-09-30')?.late).toBe(true);
    expect(byKey.get('deliverables/0')?.late).toBe(true);
    expect(byKey.get('reviews/0/actions/0')?.late).toBe(false);
    expect(byKey.has('milestones/0')).toBe(false);
    expect(byKey.has('reviews/0/actions/1')).toBe(false);
  });

  it('say who answers for each: the owner, the action or obligation owner, the level’s person, the attendees', () => {
    expect(byKey.get('review')?.people).toEqual(['ada-okafor', 'jonas-weber']);
    expect(byKey.get('reviews/0/actions/0')?.people).toEqual(['jonas-weber']);
    expect(byKey.get('disputes/0')?.people).toEqual(['ada-okafor', 'jonas-weber']);
    expect(byKey.get('reviews/1')?.people).toEqual(['ada-okafor']);
    expect(byKey.get('end')?.people).toEqual(['ada-okafor']);
  });

  it('are none for a retired or draft page', () => {
    expect(pageCommitments({ collection: 'partners', data: { ...agreement, status: 'retired' } }, '2026-11-23')).toEqual([]);
    expect(pageCommitments({ collection: 'playbooks', data: { ...agreement, status: 'draft' } }, '2026-11-23')).toEqual([]);
  });

  it('give a handover its due date until it is complete', () => {
    const handover = { title: 'Handover', owner: 'ada-okafor', reviewers: [], last_reviewed: '2026-11-01', review_every: '60d', status: 'active', from: 'helena-brandt', to: 'jonas-weber', due: '2026-12-15', state: 'in-progress' };
    expect(pageCommitments({ collection: 'handovers', data: handover }, '2026-11-23').map((commitment) => [commitment.kind, commitment.date, commitment.people])).toEqual([
      ['page-review', '2026-12-31', ['ada-okafor']],
      ['handover', '2026-12-15', ['ada-okafor', 'helena-brandt', 'jonas-weber']],
    ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))));
    expect(pageCommitments({ collection: 'handovers', data: { ...handover, state: 'complete' } }, '2026-11-23').map((commitment) => commitment.kind)).toEqual(['page-review']);
  });
});

describe('obligations', () => {
  it('fall due from `due` at their cadence through the agreement’s end, quarter ends kept', () => {
    const [standing] = obligationStandings({ end: '2027-06-30', obligations: [{ ...agreement.obligations[0]!, until: undefined, done_through: '2026-09-30' } as never] }, '2026-11-23');
    expect(standing!.open).toEqual(['2026-12-31', '2027-03-31', '2027-06-30']);
    expect(standing!.missed).toEqual([]);
    expect(standing!.next).toBe('2026-12-31');
  });

  it('count every due date before today that is not met as missed', () => {
    const [standing] = obligationStandings({ end: '2027-06-30', obligations: [{ ...agreement.obligations[0]!, done_through: undefined } as never] }, '2026-11-23');
    expect(standing!.missed).toEqual(['2026-03-31', '2026-06-30', '2026-09-30']);
  });

  it('are met once for a one-off, with nothing more to come', () => {
    const [standing] = obligationStandings({ end: '2027-06-30', obligations: [{ name: 'Paper review', kind: 'publication-review', owed_by: 'us', owner: 'ada-okafor', due: '2026-11-20', done_through: '2026-11-20' } as never] }, '2026-11-23');
    expect(standing).toMatchObject({ missed: [], open: [] });
    expect(standing!.next).toBeUndefined();
  });
});
