import { describe, expect, it } from 'vitest';
import { frontmatter, problems, read } from '../helpers/read.ts';

const valid = ['name: Ada Okafor', 'job_title: Head of IP', 'team: ip-legal', 'region: emea', 'timezone: Europe/London', "handle: '@ada-okafor'", 'status: active'];

describe('person schema', () => {
  it('accepts an active person and takes the id from the file name', () => {
    const entry = read('people', frontmatter(...valid), 'ada-okafor.md');
    expect(entry.problems).toEqual([]);
    expect(entry.id).toBe('ada-okafor');
  });

  it('requires the date a person left', () => {
    const text = frontmatter(...valid.filter((line) => !line.startsWith('status')), 'status: left');
    expect(problems('people', text)).toEqual(['1:1 error Field `left_on` is required when `status` is `left` [schema]']);
  });

  it('rejects a leaving date on someone still here', () => {
    expect(problems('people', frontmatter(...valid, 'left_on: 2026-01-31'))).toEqual([
      '9:10 error Field `left_on` must be removed while `status` is `active` (found `2026-01-31`) [schema]',
    ]);
  });

  it('accepts the git identities a person commits with, as names or email addresses', () => {
    expect(problems('people', frontmatter(...valid, 'commits_as:', '  - Ada Okafor', '  - ada@example.org'))).toEqual([]);
  });

  it('rejects an empty git identity', () => {
    expect(problems('people', frontmatter(...valid, 'commits_as:', "  - ''"))).toEqual(['10:5 error Field `commits_as[0]` must not be empty [schema]']);
  });

  it('rejects a review handle that is not a handle', () => {
    const text = frontmatter(...valid.filter((line) => !line.startsWith('handle')), 'handle: ada okafor');
    expect(problems('people', text)).toEqual(['8:9 error Field `handle` must be a forge handle like `@ada-okafor` (found `ada okafor`) [schema]']);
  });

  it('warns when a file name is not its own id', () => {
    expect(problems('people', frontmatter(...valid), 'Ada Okafor.md')).toEqual([
      '1:1 warning File name `Ada Okafor.md` is not a kebab-case id; the site serves it as `ada-okafor`; rename it to `ada-okafor.md` so its id and links match [file-name]',
    ]);
  });
});
