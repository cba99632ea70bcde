import { describe, expect, it } from 'vitest';
import { fieldLabel, pageAttention, responsibilitiesByPerson, type AttentionPage, type AttentionWorld } from '../../../src/lib/judging/attention.ts';
import { handoverSchema } from '../../../src/schemas/handover.ts';
import { partnerSchema } from '../../../src/schemas/partner.ts';
import { playbookSchema } from '../../../src/schemas/playbook.ts';
import { roleSchema } from '../../../src/schemas/role.ts';

const TODAY = '2026-11-23';
const review = { title: 'A page', summary: 'What it is for.', owner: 'ada-okafor', last_reviewed: '2026-10-01', review_every: '1y', status: 'active' };

const world = (overrides: Partial<AttentionWorld> = {}): AttentionWorld => ({
  today: TODAY,
  dueSoon: '30d',
  renewalWindow: '90d',
  people: new Map([
    ['ada-okafor', { status: 'active' as const }],
    ['jonas-weber', { status: 'active' as const }],
    ['helena-brandt', { status: 'left' as const, left_on: '2026-09-30' }],
  ]),
  handovers: [],
  responsibilities: new Map([['helena-brandt', ['owner of `playbooks/fto`']]]),
  ...overrides,
});

const playbook = (fields: Record<string, unknown> = {}): AttentionPage => ({
  collection: 'playbooks',
  id: 'fto',
  path: 'content/playbooks/fto.md',
  data: playbookSchema.parse({ ...review, functions: ['legal'], ...fields }) as Record<string, unknown>,
});
const role = (fields: Record<string, unknown> = {}): AttentionPage => ({
  collection: 'roles',
  id: 'head-of-ip',
  path: 'content/roles/head-of-ip.md',
  data: roleSchema.parse({ ...review, team: 'ip-legal', region: 'emea', timezone: 'Europe/London', holder: 'ada-okafor', critical: true, responsibilities: ['Own the portfolio.'], ...fields }) as Record<string, unknown>,
});
const handover = (fields: Record<string, unknown> = {}): AttentionPage => ({
  collection: 'handovers',
  id: 'helena-to-ada',
  path: 'content/handovers/helena-to-ada.md',
  data: handoverSchema.parse({ ...review, role: 'ip-counsel', from: 'helena-brandt', to: 'ada-okafor', due: '2026-11-22', state: 'in-progress', ...fields }) as Record<string, unknown>,
});
const partner = (fields: Record<string, unknown> = {}): AttentionPage => ({
  collection: 'partners',
  id: 'tasmere',
  path: 'content/partners/tasmere.md',
  data: partnerSchema.parse({
    ...review,
    partner: 'Tasmere University',
    kind: 'research-collaboration',
    start: '2025-01-01',
    end: '2028-01-31',
    renewal_notice: '90d',
    scope: 'Optical sensing.',
    objectives: ['Publish two papers.'],
    resources: 'Each side pays its own staff.',
    ip: { background: 'Each keeps its own.', foreground: 'Jointly owned.' },
    escalation: [{ level: 'Leads', contact: 'Both leads' }],
    ...fields,
  }) as Record<string, unknown>,
});

const said = (page: AttentionPage, overrides?: Partial<AttentionWorld>) => pageAttention(page, world(overrides)).map((finding) => `${finding.rule.id} @${finding.field.join('.')}: ${finding.message}; ${finding.hint}`);

describe('attention: reviews', () => {
  it('says when an active page’s review was due, and how to record one', () => {
    expect(pageAttention(playbook({ last_reviewed: '2025-11-22' }), world())).toEqual([
      expect.objectContaining({ field: ['last_reviewed'], message: 'Review was due on 2026-11-22 (1 day ago)', hint: 'review the page, then record it with `npm run review -- content/playbooks/fto.md`', due: '2026-11-22' }),
    ]);
    expect(said(playbook({ last_reviewed: '2025-11-22' }))[0]).toMatch(/^review-overdue @last_reviewed: /);
  });

  it('warns ahead of a review due soon, on the day it is due included', () => {
    expect(said(playbook({ last_reviewed: '2025-11-23' }))).toEqual(['review-due-soon @last_reviewed: Review is due on 2026-11-23 (today); review it before then, and record it with `npm run review -- content/playbooks/fto.md`']);
    expect(said(playbook({ last_reviewed: '2025-12-23' }))).toEqual(['review-due-soon @last_reviewed: Review is due on 2026-12-23 (in 30 days); review it before then, and record it with `npm run review -- content/playbooks/fto.md`']);
    expect(said(playbook({ last_reviewed: '2025-12-24' }))).toEqual([]);
  });

  it('refuses a review dated in the future', () => {
    expect(pageAttention(playbook({ last_reviewed: '2026-11-24' }), world())).toEqual([
      expect.objectContaining({ field: ['last_reviewed'], message: 'Field `last_reviewed` is in the future: `2026-11-24` is after 2026-11-23', hint: 'write the day the review actually happened' }),
    ]);
    expect(said(playbook({ last_reviewed: '2026-11-24' }))[0]).toMatch(/^review-date-future /);
  });

  it('asks nothing of a draft’s review, however old', () => {
    expect(said(playbook({ last_reviewed: '2020-01-01', status: 'draft' }))).toEqual([]);
  });
});

describe('attention: people who left', () => {
  it('names a departed owner with everything they still hold, and a departed reviewer', () => {
    const held = new Map([['helena-brandt', ['owner of `playbooks/fto`', 'holder of `roles/ip-counsel`']]]);
    expect(said(playbook({ owner: 'helena-brandt', reviewers: ['jonas-weber', 'helena-brandt'] }), { responsibilities: held })).toEqual([
      'departed-owner @owner: Owner `helena-brandt` left on 2026-09-30 and still holds 2 things: owner of `playbooks/fto`, holder of `roles/ip-counsel`; hand everything over with `npm run handover -- --from helena-brandt --to <person>`',
      'departed-reviewer @reviewers.1: Reviewer `helena-brandt` left on 2026-09-30; remove them from `reviewers`, or name someone who is still here',
    ]);
  });

  it('says "one thing" when they hold one, and still reports a departed owner of a draft', () => {
    expect(said(playbook({ owner: 'helena-brandt', status: 'draft' }))).toEqual([
      'departed-owner @owner: Owner `helena-brandt` left on 2026-09-30 and still holds one thing: owner of `playbooks/fto`; hand everything over with `npm run handover -- --from helena-brandt --to <person>`',
    ]);
  });

  it('keeps the person and where the page names them on the finding', () => {
    expect(pageAttention(playbook({ reviewers: ['helena-brandt'] }), world())[0]).toMatchObject({ person: { id: 'helena-brandt', field: 'reviewer', path: ['reviewers', 0] } });
  });

  it('does not ask the departing person of a handover to hand over again', () => {
    expect(said(handover({ due: '2027-01-31' }))).toEqual([]);
  });

  it('asks nothing at all of a retired page, whoever it names and however late it is', () => {
    expect(said(playbook({ owner: 'helena-brandt', last_reviewed: '2020-01-01', status: 'retired' }))).toEqual([]);
    expect(said(partner({ end: '2026-01-01', status: 'retired' }))).toEqual([]);
  });

  it('lists what each person answers for, across pages, in page order', () => {
    const pages = [playbook({ owner: 'helena-brandt', reviewers: ['helena-brandt'] }), role({ holder: 'helena-brandt', backup: 'jonas-weber' }), handover({ mentor: 'jonas-weber' })];
    expect(responsibilitiesByPerson(pages)).toEqual(
      new Map([
        ['helena-brandt', ['owner of `playbooks/fto`', 'holder of `roles/head-of-ip`']],
        ['ada-okafor', ['owner of `roles/head-of-ip`', 'owner of `handovers/helena-to-ada`', 'successor in a handover of `handovers/helena-to-ada`']],
        ['jonas-weber', ['backup of `roles/head-of-ip`', 'mentor of `handovers/helena-to-ada`']],
      ]),
    );
    expect(fieldLabel({ id: 'x', field: 'escalation', path: [] })).toBe('Escalation contact');
    expect(fieldLabel({ id: 'x', field: 'to', path: [] })).toBe('Successor in a handover');
  });
});

describe('attention: succession of critical roles', () => {
  it('asks a critical role for a backup and a successor, and a role that is not critical for nothing', () => {
    expect(said(role())).toEqual([
      'critical-role-without-backup @critical: Critical role has no `backup`; add `backup: <person>`; a critical role needs someone to stand in today',
      'critical-role-without-successor @critical: Critical role has no `successor` and no handover under way; name a `successor`, or start a handover with `npm run new -- handover`',
    ]);
    expect(said(role({ critical: false }))).toEqual([]);
    expect(said(role({ backup: 'jonas-weber', successor: 'jonas-weber' }))).toEqual([]);
  });

  it('counts a handover of the role under way as a plan, a finished one not', () => {
    expect(said(role({ backup: 'jonas-weber' }), { handovers: [{ data: { role: 'head-of-ip', state: 'planned' } }] })).toEqual([]);
    expect(said(role({ backup: 'jonas-weber' }), { handovers: [{ data: { role: 'head-of-ip', state: 'complete' } }, { data: { role: 'ip-counsel', state: 'planned' } }] })).toHaveLength(1);
  });
});

describe('attention: handovers', () => {
  const items = (...names: string[]) => names.map((matter) => ({ matter, done: false }));

  it('says which items are open once the due day has passed', () => {
    expect(said(handover({ open_matters: items('Opposition'), contacts: [{ name: 'Counsel', done: true }] }))).toEqual([
      'handover-overdue @due: Handover was due on 2026-11-22 and 1 checklist item is still open: `Opposition`; finish them and mark them `done: true`, or agree a new `due` date',
    ]);
    expect(pageAttention(handover({ open_matters: items('Opposition') }), world())[0]?.due).toBe('2026-11-22');
  });

  it('names the first three open items and says there are more', () => {
    expect(said(handover({ open_matters: items('One', 'Two', 'Three') }))[0]).toBe(
      'handover-overdue @due: Handover was due on 2026-11-22 and 3 checklist items are still open: `One`, `Two`, `Three`; finish them and mark them `done: true`, or agree a new `due` date',
    );
    expect(said(handover({ open_matters: items('One', 'Two', 'Three', 'Four') }))[0]).toContain('4 checklist items are still open: `One`, `Two`, `Three`, ...;');
  });

  it('is not late on its due day, when everything is done, or while it is a draft', () => {
    expect(said(handover({ due: TODAY, open_matters: items('Opposition') }))).toEqual([]);
    expect(said(handover({ open_matters: [{ matter: 'Opposition', done: true }] }))).toEqual([]);
    expect(said(handover({ status: 'draft', open_matters: items('Opposition') }))).toEqual([]);
  });
});

describe('attention: partner agreements', () => {
  it('says an agreement ended, from the day after its end', () => {
    expect(said(partner({ start: '2024-01-01', end: '2026-11-22' }))).toEqual([
      'agreement-expired @end: Agreement with Tasmere University ended on 2026-11-22 (1 day ago); record the renewal with a new `end` date, or set `status: retired`',
    ]);
    expect(pageAttention(partner({ start: '2024-01-01', end: '2026-11-22' }), world())[0]?.due).toBe('2026-11-22');
  });

  it('warns of the notice date within the window, and after it has passed', () => {
    // 2027-05-21 - 90d = 2027-02-20, 89 days away.
    expect(said(partner({ end: '2027-05-21' }))).toEqual([
      'agreement-renewal-due @end: Agreement with Tasmere University ends on 2027-05-21; notice to renew or exit is due by 2027-02-20 (in 89 days); decide with the partner whether to renew, and record the decision on this page',
    ]);
    expect(said(partner({ end: '2027-02-21' }))).toEqual([
      'agreement-renewal-due @end: Agreement with Tasmere University ends on 2027-02-21; notice to renew or exit is due by 2026-11-23 (today); decide with the partner whether to renew, and record the decision on this page',
    ]);
    expect(said(partner({ end: '2027-02-20' }))[0]).toBe(
      'agreement-renewal-due @end: Agreement with Tasmere University ends on 2027-02-20; the notice date 2026-11-22 has passed; decide with the partner whether to renew, and record the decision on this page',
    );
    expect(pageAttention(partner({ end: '2027-05-21' }), world())[0]?.due).toBe('2027-02-20');
    expect(said(partner({ end: '2027-05-23' }))).toEqual([]);
  });

  it('names each late deliverable and milestone at its place in the frontmatter', () => {
    const findings = pageAttention(
      partner({
        deliverables: [{ name: 'Report', due: '2026-11-22', done: false }],
        milestones: [
          { name: 'Plan', due: '2026-01-01', done: true },
          { name: 'Kick-off', due: '2026-11-13', done: false },
        ],
      }),
      world(),
    );
    expect(findings.map((finding) => [finding.rule.id, finding.field, finding.message, finding.hint, finding.due])).toEqual([
      ['milestone-overdue', ['deliverables', 0, 'due'], 'Deliverable `Report` was due on 2026-11-22 (1 day ago) and is not done', 'mark it `done: true` once delivered, or agree a new `due` date with the partner', '2026-11-22'],
      ['milestone-overdue', ['milestones', 1, 'due'], 'Milestone `Kick-off` was due on 2026-11-13 (10 days ago) and is not done', 'mark it `done: true` once delivered, or agree a new `due` date with the partner', '2026-11-13'],
    ]);
  });

  it('asks nothing of a draft agreement’s dates', () => {
    expect(said(partner({ status: 'draft', end: '2026-11-22', milestones: [{ name: 'Kick-off', due: '2026-11-13', done: false }] }))).toEqual([]);
  });
});

describe('attention: order', () => {
  it('lists findings in the order of the rule registry, whatever found them first', () => {
    const findings = said(partner({ owner: 'helena-brandt', last_reviewed: '2025-01-01', end: '2026-11-22', start: '2024-01-01', milestones: [{ name: 'Kick-off', due: '2026-11-13', done: false }] }));
    expect(findings.map((line) => line.split(' ')[0])).toEqual(['departed-owner', 'review-overdue', 'agreement-expired', 'milestone-overdue']);
  });
});
