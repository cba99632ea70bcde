import { describe, expect, it } from 'vitest';
import { frontmatter, problems, read } from '../helpers/read.ts';

const valid = [
  'title: Head of IP',
  'summary: Leads the IP function.',
  'owner: ip-legal',
  'last_reviewed: 2026-09-01',
  'review_every: 1y',
  'status: active',
  'team: ip-legal',
  'region: emea',
  'timezone: Europe/London',
  'holder: ada-okafor',
  'backup: jonas-weber',
  'critical: true',
  'responsibilities:',
  '  - Owns the patent portfolio strategy',
];

describe('role schema', () => {
  it('accepts a role without a successor', () => {
    const entry = read('roles', frontmatter(...valid));
    expect(entry.problems).toEqual([]);
    expect(entry.data).toMatchObject({ holder: 'ada-okafor', critical: true });
  });

  it('explains that `yes` is text in YAML 1.2', () => {
    const text = frontmatter(...valid.filter((line) => !line.startsWith('critical')), 'critical: yes');
    expect(problems('roles', text)).toEqual([
      '15:11 error Field `critical` must be `true` or `false`, not the text `yes`; write `critical: true` or `critical: false`; YAML 1.2 reads `yes` as text [schema]',
    ]);
  });

  it('rejects a time zone that does not exist', () => {
    const text = frontmatter(...valid.filter((line) => !line.startsWith('timezone')), 'timezone: Europe/Atlantis');
    expect(problems('roles', text)).toEqual([
      '15:11 error Field `timezone` must be an IANA time zone such as `Europe/Berlin` (found `Europe/Atlantis`) [schema]',
    ]);
  });

  it('rejects a region outside the list', () => {
    const text = frontmatter(...valid.filter((line) => !line.startsWith('region')), 'region: europe');
    expect(problems('roles', text)).toEqual([
      '15:9 error Field `region` must be one of `americas`, `emea`, `apac`, `global`, not the text `europe` [schema]',
    ]);
  });

  it('requires at least one responsibility', () => {
    const text = frontmatter(...valid.slice(0, 12), 'responsibilities: []');
    expect(problems('roles', text)).toEqual(['14:19 error Field `responsibilities` must list at least one responsibility [schema]']);
  });

  it('requires a holder', () => {
    const text = frontmatter(...valid.filter((line) => !line.startsWith('holder')));
    expect(problems('roles', text)).toEqual(['1:1 error Required field `holder` is missing; add `holder:` to the frontmatter [schema]']);
  });
});
