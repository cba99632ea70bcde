import { describe, expect, it } from 'vitest';
import { parseCodeowners, renderCodeowners, resolveOwners, ruleFor, sameOwners, type OwnerDirectory } from '../../src/lib/judging/codeowners.ts';

const directory: OwnerDirectory = {
  people: new Map([
    ['ada-okafor', { handle: '@ada-okafor', team: 'ip-legal', status: 'active' as const }],
    ['jonas-weber', { handle: 'jonas-weber', team: 'rnd', status: 'active' as const }],
    ['mei-lin-chen', { handle: '@mei', team: 'rnd', status: 'active' as const }],
    ['helena-brandt', { handle: '@helena-brandt', team: 'rnd', status: 'left' as const }],
  ]),
  teams: { 'ip-legal': { name: 'IP & Legal', handle: '@org/ip-legal' }, rnd: { name: 'R&D' }, empty: { name: 'Nobody' } },
};

describe('resolveOwners', () => {
  it('asks a person by their handle, with the @ the forge needs', () => {
    expect(resolveOwners('jonas-weber', directory)).toEqual({ handles: ['@jonas-weber'] });
  });

  it('asks a team by its handle, or else its members who are still here, in id order', () => {
    expect(resolveOwners('ip-legal', directory)).toEqual({ handles: ['@org/ip-legal'] });
    expect(resolveOwners('rnd', directory)).toEqual({ handles: ['@jonas-weber', '@mei'] });
  });

  it('asks nobody, and says why, for someone who left, an empty team or an unknown owner', () => {
    expect(resolveOwners('helena-brandt', directory)).toEqual({ handles: [], nobody: 'owner `helena-brandt` has left' });
    expect(resolveOwners('empty', directory).nobody).toBe('team `empty` has no `handle` and no members who are still here');
    expect(resolveOwners('ghost', directory).nobody).toBe('owner `ghost` is not in the people directory or a team');
  });
});

describe('renderCodeowners', () => {
  it('writes one anchored line per page in path order, escaping what the forge would misread', () => {
    const text = renderCodeowners([{ path: 'content/roles/b.md', owner: 'rnd' }, { path: 'content/playbooks/a file.md', owner: 'ada-okafor' }], directory);
    expect(text.split('\n').filter((line) => line && !line.startsWith('#'))).toEqual(['/content/playbooks/a\\ file.md @ada-okafor', '/content/roles/b.md @jonas-weber @mei']);
  });
});

describe('parseCodeowners and ruleFor', () => {
  const rules = parseCodeowners(['# comment', '', '* @everyone', '/content/ @org/docs # inline comment', 'docs/*.md @writers', '**/roles/** @roles', '/content/playbooks/a\\ file.md @ada', '/content/playbooks/unowned.md'].join('\n'));

  it('lets the last matching pattern decide, as the forge does', () => {
    expect(ruleFor(rules, 'README.md')?.owners).toEqual(['@everyone']);
    expect(ruleFor(rules, 'content/handovers/x.md')?.owners).toEqual(['@org/docs']);
    expect(ruleFor(rules, 'content/roles/x.md')?.owners).toEqual(['@roles']);
    expect(ruleFor(rules, 'content/playbooks/a file.md')).toMatchObject({ owners: ['@ada'], line: 7 });
    expect(ruleFor(rules, 'content/playbooks/unowned.md')?.owners).toEqual([]);
  });

  it('reads a pattern with a slash inside from the root, and `*` within one folder, as gitignore does', () => {
    expect(ruleFor(rules, 'docs/guide.md')?.owners).toEqual(['@writers']);
    expect(ruleFor(rules, 'site/docs/guide.md')?.owners).toEqual(['@everyone']);
    expect(ruleFor(rules, 'docs/deep/guide.md')?.owners).toEqual(['@everyone']);
  });

  it('reads a folder pattern without a leading slash anywhere', () => {
    const folders = parseCodeowners('apps/ @octocat\n');
    expect(ruleFor(folders, 'apps/x.md')?.owners).toEqual(['@octocat']);
    expect(ruleFor(folders, 'src/apps/deep/x.md')?.owners).toEqual(['@octocat']);
    expect(ruleFor(folders, 'apps.md')).toBeUndefined();
  });

  it('compares owners regardless of order, case and the leading @', () => {
    expect(sameOwners(['@Ada', 'jonas'], ['@jonas', 'ada'])).toBe(true);
    expect(sameOwners(['@ada'], ['@ada', '@jonas'])).toBe(false);
  });
});
