import { describe, expect, it } from 'vitest';
import { frontmatter, problems, read } from '../helpers/read.ts';

const valid = [
  'title: Handover of the EMEA coordinator role',
  'summary: Jonas hands the EMEA docket to Marta.',
  'owner: knowledge',
  'last_reviewed: 2026-11-01',
  'review_every: 30d',
  'status: active',
  'role: regional-ip-coordinator-emea',
  'from: jonas-weber',
  'to: marta-kowalska',
  'due: 2027-01-15',
  'state: in-progress',
  'open_matters:',
  '  - matter: Opposition against EP 3 456 789',
  '    note: Hearing set for March',
  '    done: false',
  'contacts:',
  '  - name: Dr. Lena Fischer, outside counsel',
  '    done: true',
  'documents:',
  '  - title: Docket spreadsheet',
  '    location: IP-management system, folder EMEA/2026',
  '    done: true',
  'sessions:',
  '  - topic: Walk through the docket',
  '    date: 2026-11-10',
  '    done: true',
  'mentor: ada-okafor',
];

describe('handover schema', () => {
  it('accepts a handover with every kind of checklist item', () => {
    const entry = read('handovers', frontmatter(...valid));
    expect(entry.problems).toEqual([]);
    expect(entry.data).toMatchObject({ state: 'in-progress', open_matters: [{ done: false }], sessions: [{ date: '2026-11-10' }] });
  });

  it('rejects a state outside its three values', () => {
    const text = frontmatter(...valid.map((line) => (line.startsWith('state:') ? 'state: started' : line)));
    expect(problems('handovers', text)).toEqual([
      '12:8 error Field `state` must be one of `planned`, `in-progress`, `complete`, not the text `started` [schema]',
    ]);
  });

  it('names a checklist item that lacks its done flag', () => {
    const text = frontmatter(...valid.filter((line) => line !== '    done: false'));
    expect(problems('handovers', text)).toEqual([
      '14:5 error Required field `open_matters[0].done` is missing; add `done:` to `open_matters[0]` [schema]',
    ]);
  });

  it('reports an unknown field inside a checklist item', () => {
    const text = frontmatter(...valid.map((line) => (line === '    note: Hearing set for March' ? '    notes: Hearing set for March' : line)));
    expect(problems('handovers', text)).toEqual(['15:5 error Unknown field `open_matters[0].notes`; did you mean `note`? [schema]']);
  });

  it('rejects a session date that does not exist', () => {
    const text = frontmatter(...valid.map((line) => (line === '    date: 2026-11-10' ? '    date: 2026-11-31' : line)));
    expect(problems('handovers', text)).toEqual([
      '26:11 error Field `sessions[0].date` is not a real calendar date (found `2026-11-31`); write a real date as `YYYY-MM-DD`, e.g. `2024-02-29` [schema]',
    ]);
  });
});
