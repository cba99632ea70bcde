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
  it('accepts working hours and languages', () => {
    const text = frontmatter(...valid, 'working_hours:', "  start: '08:30'", "  end: '17:00'", '  days: [mon, tue, wed, thu]', 'languages:', '  - { code: en, level: native }', '  - { code: pt-BR, level: working }');
    expect(problems('people', text)).toEqual([]);
  });

  it('rejects working hours that end before they start', () => {
    expect(problems('people', frontmatter(...valid, 'working_hours:', "  start: '17:00'", "  end: '09:00'"))).toEqual([
      "11:8 error Field `working_hours.end` must be later than `start` (`17:00`); a working day that crosses midnight is not supported, so end it at `24:00` (found `09:00`) [schema]",
    ]);
  });

  it('rejects a time of day that is not HH:MM and a day that is not a weekday', () => {
    expect(problems('people', frontmatter(...valid, 'working_hours:', "  start: '9am'", "  end: '17:00'", '  days: [monday]'))).toEqual([
      '10:10 error Field `working_hours.start` must be a time of day written `HH:MM` on a 24-hour clock, like `09:00` (found `9am`) [schema]',
      '12:10 error Field `working_hours.days[0]` must be one of `mon`, `tue`, `wed`, `thu`, `fri`, `sat`, `sun`, not the text `monday` [schema]',
    ]);
  });

  it('rejects a language code that is not BCP 47 and an unknown level', () => {
    expect(problems('people', frontmatter(...valid, 'languages:', '  - { code: english, level: native }', '  - { code: de, level: good }'))).toEqual([
      '10:13 error Field `languages[0].code` must be a BCP 47 language tag such as `en`, `de` or `pt-BR` (found `english`) [schema]',
      '11:24 error Field `languages[1].level` must be one of `native`, `fluent`, `working`, `basic`, not the text `good` [schema]',
    ]);
  });

  it('reads unquoted clock times as written and works Monday to Friday unless told otherwise', () => {
    const entry = read('people', frontmatter(...valid, 'working_hours:', '  start: 09:00', '  end: 17:30'), 'ada-okafor.md');
    expect(entry.problems).toEqual([]);
    expect((entry.data as { working_hours?: unknown }).working_hours).toEqual({ start: '09:00', end: '17:30', days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
  });
});
