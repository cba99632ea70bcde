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
});
