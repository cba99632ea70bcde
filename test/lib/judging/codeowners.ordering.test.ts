import { describe, expect, it } from 'vitest';
import { parseCodeowners, renderCodeowners, resolveOwners, ruleFor, sameOwners, type OwnerDirectory } from '../../../src/lib/judging/codeowners.ts';

const member = (handle: string, team = 'rnd', status: 'active' | 'left' = 'active') => ({ handle, team, status });

describe('CODEOWNERS: who is asked, in a stable order', () => {
  it('lists a team’s members by id, a shorter id before the ids it is a prefix of', () => {
    const directory: OwnerDirectory = {
      people: new Map([
        ['ana-lima', member('@ana-lima')],
        ['ana', member('@ana-p')],
        ['an', member('@an')],
        ['bo', member('@bo')],
      ]),
      teams: { rnd: { name: 'R&D' } },
    };
    expect(resolveOwners('rnd', directory)).toEqual({ handles: ['@an', '@ana-p', '@ana-lima', '@bo'] });
  });

  it('asks a handle shared by two members once, and leaves out members of other teams and those who left', () => {
    const directory: OwnerDirectory = {
      people: new Map([
        ['zoe', member('@shared')],
        ['amy', member('shared')],
        ['max', member('@max', 'ip-legal')],
        ['ola', member('@ola', 'rnd', 'left')],
      ]),
      teams: { rnd: { name: 'R&D' } },
    };
    expect(resolveOwners('rnd', directory)).toEqual({ handles: ['@shared'] });
  });

  it('prefers a person to a team of the same id, and a team’s own handle to its members', () => {
    const directory: OwnerDirectory = { people: new Map([['rnd', member('@rnd-person')], ['amy', member('@amy')]]), teams: { rnd: { name: 'R&D', handle: 'org/rnd' } } };
    expect(resolveOwners('rnd', directory)).toEqual({ handles: ['@rnd-person'] });
    expect(resolveOwners('rnd', { ...directory, people: new Map([['amy', member('@amy')]]) })).toEqual({ handles: ['@org/rnd'] });
  });

  it('writes pages in code-point order of their paths, with a note for a page no one can review', () => {
    const directory: OwnerDirectory = { people: new Map([['amy', member('@amy')], ['ola', member('@ola', 'rnd', 'left')]]), teams: {} };
    const pages = [
      { path: 'content/playbooks/b.md', owner: 'amy' },
      { path: 'content/playbooks/a.md', owner: 'amy' },
      { path: 'content/playbooks/a-b.md', owner: 'ola' },
      { path: 'content/playbooks/B.md', owner: 'amy' },
    ];
    expect(renderCodeowners(pages, directory).split('\n').slice(5)).toEqual([
      '/content/playbooks/B.md @amy',
      '# No one to ask for content/playbooks/a-b.md: owner `ola` has left.',
      '/content/playbooks/a-b.md',
      '/content/playbooks/a.md @amy',
      '/content/playbooks/b.md @amy',
      '',
    ]);
  });

  it('escapes every character the forge would read as a pattern', () => {
    const directory: OwnerDirectory = { people: new Map([['amy', member('@amy')]]), teams: {} };
    const text = renderCodeowners([{ path: 'content/playbooks/a b#c*d?e[f]g!h\\i.md', owner: 'amy' }], directory);
    expect(text.trimEnd().split('\n').at(-1)).toBe('/content/playbooks/a\\ b\\#c\\*d\\?e\\[f\\]g\\!h\\\\i.md @amy');
    const rules = parseCodeowners(text);
    expect(ruleFor(rules, 'content/playbooks/a b#c*d?e[f]g!h\\i.md')?.owners).toEqual(['@amy']);
    expect(ruleFor(rules, 'content/playbooks/a bXc*d?e[f]g!h\\i.md')).toBeUndefined();
  });
});

describe('CODEOWNERS: reading patterns as the forge does', () => {
  it('matches `?` one character and `*` within a folder only', () => {
    const rules = parseCodeowners('/content/playbooks/?.md @one\n/content/*.md @top\n');
    expect(ruleFor(rules, 'content/playbooks/a.md')?.owners).toEqual(['@one']);
    expect(ruleFor(rules, 'content/playbooks/ab.md')).toBeUndefined();
    expect(ruleFor(rules, 'content/x.md')?.owners).toEqual(['@top']);
    expect(ruleFor(rules, 'content/playbooks/xy.md')).toBeUndefined();
  });

  it('matches `**/` as any folders, none included, and a trailing `/**` as everything below', () => {
    const rules = parseCodeowners('/content/**/x.md @x\n/docs/** @docs\n');
    expect(ruleFor(rules, 'content/x.md')?.owners).toEqual(['@x']);
    expect(ruleFor(rules, 'content/a/b/x.md')?.owners).toEqual(['@x']);
    expect(ruleFor(rules, 'content/a/y.md')).toBeUndefined();
    expect(ruleFor(rules, 'docs/a/b.md')?.owners).toEqual(['@docs']);
  });

  it('matches a file pattern without a slash in any folder, and a path with a leading slash', () => {
    const rules = parseCodeowners('README.md @readme\n');
    expect(ruleFor(rules, 'README.md')?.owners).toEqual(['@readme']);
    expect(ruleFor(rules, '/deep/README.md')?.owners).toEqual(['@readme']);
    expect(ruleFor(rules, 'deep/NOT-README.md')).toBeUndefined();
  });

  it('reads CRLF files, owners separated by tabs, and the line each rule is on', () => {
    const rules = parseCodeowners('# header\r\n\r\n/a.md\t@one   @two\r\n');
    expect(rules.map(({ pattern, owners, line }) => ({ pattern, owners, line }))).toEqual([{ pattern: '/a.md', owners: ['@one', '@two'], line: 3 }]);
  });

  it('compares handles without regard to duplicates', () => {
    expect(sameOwners(['@ada', 'ada'], ['@ADA'])).toBe(true);
    expect(sameOwners([], [])).toBe(true);
    expect(sameOwners(['@ada'], [])).toBe(false);
  });
});
