import { describe, expect, it } from 'vitest';
import { frontmatter, problems, read } from '../helpers/read.ts';

const valid = [
  'title: Freedom-to-operate check',
  'summary: How we clear a product for launch.',
  'owner: ip-legal',
  'reviewers: [ada-okafor]',
  'last_reviewed: 2026-10-01',
  'review_every: 6m',
  'status: active',
  'functions: [legal, rnd, marketing]',
  'related_roles: [ip-counsel]',
  'systems:',
  '  - system: IP-management system',
  '    record: FAM-2024-0012',
];

/** The valid example with one line replaced (matched by its key) or removed. */
function withLine(key: string, replacement?: string): string {
  const lines = valid.filter((line) => !line.startsWith(`${key}:`));
  return frontmatter(...(replacement === undefined ? lines : [...lines, replacement]));
}

describe('playbook schema', () => {
  it('accepts a complete playbook and fills in defaults', () => {
    const entry = read('playbooks', frontmatter(...valid));
    expect(entry.problems).toEqual([]);
    expect(entry.data).toMatchObject({ confidentiality: 'internal', tags: [], teams: [], functions: ['legal', 'rnd', 'marketing'] });
  });

  it('keeps dates as the strings the author wrote', () => {
    expect(read('playbooks', frontmatter(...valid)).data).toMatchObject({ last_reviewed: '2026-10-01' });
  });

  it('names a missing required field at the opening fence', () => {
    expect(problems('playbooks', withLine('owner'))).toEqual([
      '1:1 error Required field `owner` is missing; add `owner:` to the frontmatter [schema]',
    ]);
  });

  it('reports a mistyped field name with a suggestion', () => {
    expect(problems('playbooks', frontmatter(...valid, 'ownr: ada-okafor'))).toEqual([
      '14:1 error Unknown field `ownr`; did you mean `owner`? [schema]',
    ]);
  });

  it('rejects a date that does not exist instead of rolling it over', () => {
    expect(problems('playbooks', withLine('last_reviewed', 'last_reviewed: 2024-02-30'))).toEqual([
      '13:16 error Field `last_reviewed` is not a real calendar date (found `2024-02-30`); write a real date as `YYYY-MM-DD`, e.g. `2024-02-29` [schema]',
    ]);
  });

  it('rejects a date in another shape', () => {
    expect(problems('playbooks', withLine('last_reviewed', 'last_reviewed: 01/10/2026'))).toEqual([
      '13:16 error Field `last_reviewed` must be a date written `YYYY-MM-DD` (found `01/10/2026`); write a real date as `YYYY-MM-DD`, e.g. `2024-02-29` [schema]',
    ]);
  });

  it('rejects a review interval it cannot read', () => {
    expect(problems('playbooks', withLine('review_every', 'review_every: quarterly'))).toEqual([
      '13:15 error Field `review_every` must be an interval like `90d`, `6w`, `6m` or `1y` (found `quarterly`) [schema]',
    ]);
  });

  it('rejects an unknown status and suggests the closest one', () => {
    expect(problems('playbooks', withLine('status', 'status: activ'))).toEqual([
      '13:9 error Field `status` must be one of `draft`, `active`, `retired`, not the text `activ`; did you mean `active`? [schema]',
    ]);
  });

  it('rejects a confidentiality level it does not know', () => {
    expect(problems('playbooks', frontmatter(...valid, 'confidentiality: secret'))).toEqual([
      '14:18 error Field `confidentiality` must be one of `public`, `internal`, `confidential`, not the text `secret` [schema]',
    ]);
  });

  it('rejects a number where text is expected and says to quote it', () => {
    expect(problems('playbooks', withLine('title', 'title: 2024'))).toEqual([
      '13:8 error Field `title` must be text, not the number `2024`; put it in quotes: `title: "2024"` [schema]',
    ]);
  });

  it('rejects an owner that is not an id', () => {
    expect(problems('playbooks', withLine('owner', 'owner: Ada Okafor'))).toEqual([
      '13:8 error Field `owner` must be a person or team id in kebab-case, like `head-of-ip` (found `Ada Okafor`) [schema]',
    ]);
  });

  it('points at the offending item inside a list', () => {
    expect(problems('playbooks', withLine('functions', 'functions: [legal, law]'))).toEqual([
      '13:20 error Field `functions[1]` must be one of `rnd`, `ip`, `legal`, `marketing`, `business-development`, `knowledge-management`, `people`, `finance`, `leadership`, not the text `law` [schema]',
    ]);
  });

  it('requires at least one function', () => {
    expect(problems('playbooks', withLine('functions', 'functions: []'))).toEqual([
      '13:12 error Field `functions` must name at least one function [schema]',
    ]);
  });

  it('points at a nested field of an outside-system reference', () => {
    const text = frontmatter(...valid.slice(0, 9), 'systems:', '  - system: IP-management system', '    record: FAM-1', '    url: not a url');
    expect(problems('playbooks', text)).toEqual([
      '14:10 error Field `systems[0].url` must be a full URL starting with `https://` (found `not a url`) [schema]',
    ]);
  });

  it('asks for a list when given a single value', () => {
    expect(problems('playbooks', frontmatter(...valid, 'tags: ip'))).toEqual([
      '14:7 error Field `tags` must be a list, not the text `ip`; write it as a list: `tags: [ip]` [schema]',
    ]);
  });
});
