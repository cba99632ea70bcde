import { describe, expect, it } from 'vitest';
import { frontmatter, problems, read } from '../helpers/read.ts';

const valid = [
  'title: Lumen-Kestrel joint venture',
  'summary: A jointly owned company for coated optics.',
  'owner: business-development',
  'last_reviewed: 2026-10-15',
  'review_every: 6m',
  'status: active',
  'partner: Kestrel Materials GmbH',
  'kind: joint-venture',
  'start: 2025-01-01',
  'end: 2029-12-31',
  'renewal_notice: 6m',
  'scope: Coated optical films for industrial sensors.',
  'objectives: [Bring the film to market by 2027]',
  'kpis:',
  '  - name: Pilot customers',
  '    target: Three by end of 2026',
  'milestones:',
  '  - name: Pilot line running',
  '    due: 2026-06-30',
  '    done: true',
  'resources: Each side seconds two engineers; costs split 50/50.',
  'ip:',
  '  background: Each party keeps its own.',
  '  foreground: Owned by the joint venture.',
  '  licences:',
  '    - licensor: Northwind Lumen',
  '      licensee: The joint venture',
  '      scope: Coating patents, field of industrial sensing',
  '      exclusive: true',
  'escalation:',
  '  - level: Partnership managers',
  '    contact: Both partnership managers',
  '    person: priya-raman',
  '    within: 10d',
];

describe('partner agreement schema', () => {
  it('accepts a joint venture with IP terms and an escalation path', () => {
    const entry = read('partners', frontmatter(...valid));
    expect(entry.problems).toEqual([]);
    expect(entry.data).toMatchObject({ kind: 'joint-venture', deliverables: [], ip: { licences: [{ exclusive: true }] } });
  });

  it('rejects a kind of agreement it does not know', () => {
    const text = frontmatter(...valid.map((line) => (line === 'kind: joint-venture' ? 'kind: merger' : line)));
    expect(problems('partners', text)).toEqual([
      '9:7 error Field `kind` must be one of `joint-venture`, `strategic-alliance`, `licensing`, `research-collaboration`, not the text `merger` [schema]',
    ]);
  });

  it('rejects an end date before the start date', () => {
    const text = frontmatter(...valid.map((line) => (line === 'end: 2029-12-31' ? 'end: 2024-12-31' : line)));
    expect(problems('partners', text)).toEqual(['11:6 error Field `end` must not be before `start` (found `2024-12-31`) [schema]']);
  });

  it('requires an escalation path', () => {
    const text = frontmatter(...valid.slice(0, 29), 'escalation: []');
    expect(problems('partners', text)).toEqual(['31:13 error Field `escalation` must have at least one level [schema]']);
  });

  it('points at a milestone with a bad due date', () => {
    const text = frontmatter(...valid.map((line) => (line === '    due: 2026-06-30' ? '    due: 2026-6-30' : line)));
    expect(problems('partners', text)).toEqual([
      '20:10 error Field `milestones[0].due` must be a date written `YYYY-MM-DD` (found `2026-6-30`); write a real date as `YYYY-MM-DD`, e.g. `2024-02-29` [schema]',
    ]);
  });

  describe('partnership health', () => {
    const health = [
      'review_cadence: quarterly',
      'reviews:',
      '  - on: 2026-10-01',
      '    meeting: Quarterly business review',
      '    attendees: [priya-raman]',
      '    partner_attendees: [Kestrel head of ventures]',
      '    decisions: [Move the pilot to the second line]',
      '    actions:',
      '      - action: Send the revised pilot plan',
      '        owner: priya-raman',
      '        due: 2026-10-31',
      '        done: true',
      'disputes:',
      '  - summary: Who owns the primer improvement',
      '    opened: 2026-09-01',
      '    level: 1',
      '    state: open',
      'obligations:',
      '  - name: Quarterly production report',
      '    kind: reporting',
      '    owed_by: partner',
      '    owner: priya-raman',
      '    due: 2026-03-31',
      '    every: quarterly',
      '    done_through: 2026-09-30',
      'exit:',
      '  for_convenience:',
      '    who: either',
      '    notice: 6m',
      '    terms: After the third year, by either parent.',
      '  for_cause:',
      '    who: either',
      '    notice: 60d',
      '    terms: Material breach not put right within 60 days of notice.',
      '  background_ip: Each parent keeps its own.',
      '  foreground_ip: Stays with the joint venture.',
      '  licences: The licences to the joint venture end after a year of sell-off.',
      '  data: Returned or destroyed within 30 days.',
      '  joint_inventions: Assigned to the joint venture.',
    ];
    const withKpi = (...lines: string[]) => frontmatter(...valid.map((line) => (line === 'kpis:' ? ['kpis:', ...lines].join('\n') : line)).filter((line) => !line.startsWith('  - name: Pilot customers') && !line.startsWith('    target: Three by end of 2026')), ...health);

    it('accepts KPIs with measurements, reviews, disputes, obligations and exit terms', () => {
      const entry = read('partners', withKpi('  - name: Line yield', "    target: '>= 92 %'", '    tolerance: 3', '    measurements:', '      - on: 2026-09-30', '        value: 90.5', '        note: Second shift started'));
      expect(entry.problems).toEqual([]);
      expect(entry.data).toMatchObject({ review_cadence: 'quarterly', kpis: [{ measurements: [{ value: 90.5 }] }], reviews: [{ actions: [{ done: true }] }], disputes: [{ level: 1 }], obligations: [{ every: 'quarterly' }], exit: { for_cause: { notice: '60d' } } });
    });

    it('needs a value for a number target and a status for a target in words', () => {
      expect(problems('partners', withKpi('  - name: Line yield', '    target: at least 92 %', '    measurements:', '      - on: 2026-09-30', '        status: on-track'))).toEqual([
        '19:9 error Field `kpis[0].measurements[0]` needs a `value`: the target is a number [schema]',
        '20:17 error Field `kpis[0].measurements[0].status` must be left out: the status of a number target is worked out from `value` (found `on-track`) [schema]',
      ]);
      expect(problems('partners', withKpi('  - name: Papers', '    target: Two by the end', '    measurements:', '      - on: 2026-09-30', '        value: 1'))).toEqual([
        '19:9 error Field `kpis[0].measurements[0]` needs a `status` (`on-track`, `at-risk` or `off-track`): a target in words cannot be judged from a value [schema]',
      ]);
    });

    it('refuses a number target it cannot read rather than taking it for words', () => {
      expect(problems('partners', withKpi('  - name: Line yield', "    target: '>= ninety percent'"))).toEqual([
        '17:13 error Field `kpis[0].target` must be a number target like `>= 95 %` or `<= 10 days`, or words that do not start with `<` or `>` (found `>= ninety percent`) [schema]',
      ]);
    });

    it('refuses a cadence it does not know, and a dispute at a level the path lacks', () => {
      const text = withKpi('  - name: Papers', '    target: Two by the end').replace('review_cadence: quarterly', 'review_cadence: weekly').replace('    level: 1', '    level: 3');
      expect(problems('partners', text)).toEqual([
        '36:17 error Field `review_cadence` must be `monthly`, `quarterly`, `half-yearly`, `yearly` or an interval like `6w` or `2m` (found `weekly`) [schema]',
        '51:12 error Field `disputes[0].level` must be a step of `escalation`, from 1 to 1 (found `3`) [schema]',
      ]);
    });

    it('asks for the day a resolved dispute was settled', () => {
      const text = withKpi('  - name: Papers', '    target: Two by the end').replace('    state: open', '    state: resolved');
      expect(problems('partners', text)).toEqual(['49:5 error Field `disputes[0]` needs `resolved_on` once `state` is `resolved` [schema]']);
    });
  });
});
