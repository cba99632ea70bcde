import { describe, expect, it } from 'vitest';
import { checkLines, makeHandbook, playbook } from '../helpers/check-fixture.ts';
import { projectRoot } from '../helpers/project.ts';
import { describeRuleDocs } from '../helpers/rule-test.ts';

describeRuleDocs('codeowners-drift');

describe('codeowners-drift', () => {
  const check = (files: Record<string, string>) => checkLines(makeHandbook(files), { only: ['codeowners-drift'] });

  it('accepts a team handle in place of its members', async () => {
    const handbook = makeHandbook({
      'baton.config.yml': 'teams:\n  ip-legal:\n    name: IP & Legal\n    handle: "@example-org/ip-legal"\n  rnd:\n    name: R&D\n  knowledge:\n    name: Knowledge\n',
      '.github/CODEOWNERS': '/content/roles/head-of-ip.md @example-org/ip-legal\n',
    });
    expect(await checkLines(handbook, { only: ['codeowners-drift'] })).toEqual([]);
  });

  it('reports a team page that still asks a member who has left', async () => {
    expect(await check({ '.github/CODEOWNERS': '/content/roles/head-of-ip.md @ada-okafor @helena-brandt\n' })).toEqual([
      'content/roles/head-of-ip.md:4:8  error  `.github/CODEOWNERS` line 1 asks `@ada-okafor`, `@helena-brandt` to review this page, but its owner `ip-legal` means `@ada-okafor`; run `npm run codeowners` and commit the result  codeowners-drift',
    ]);
  });

  it('says why nobody can be asked when the owner has left', async () => {
    expect(
      await check({
        'content/playbooks/fto.md': playbook('Body.').replace('owner: ada-okafor', 'owner: helena-brandt'),
        '.github/CODEOWNERS': '/content/playbooks/fto.md @helena-brandt\n/content/roles/head-of-ip.md @ada-okafor\n',
      }),
    ).toEqual([
      'content/playbooks/fto.md:4:8  error  `.github/CODEOWNERS` line 1 asks `@helena-brandt` to review this page, but its owner `helena-brandt` means nobody (owner `helena-brandt` has left); run `npm run codeowners` and commit the result  codeowners-drift',
    ]);
  });

  it('reads handles with or without the leading @, and ignores comments after the owners', async () => {
    expect(await check({ '.github/CODEOWNERS': '/content/roles/head-of-ip.md ada-okafor # the head of IP\n' })).toEqual([]);
  });

  it('passes the starter handbook against its committed file', async () => {
    expect(await checkLines(projectRoot, { only: ['codeowners-drift'] })).toEqual([]);
  });

  it('does not judge people pages, which CODEOWNERS does not cover', async () => {
    expect(await check({ '.github/CODEOWNERS': '/content/roles/head-of-ip.md @ada-okafor\n' })).toEqual([]);
  });
});
