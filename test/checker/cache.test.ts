import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../scripts/checker/run-check.ts';
import { makeHandbook, playbook } from '../helpers/check-fixture.ts';
import { asLine } from '../helpers/rule-docs.ts';
import { TEST_TODAY } from '../helpers/project.ts';

function setUp() {
  const root = makeHandbook({
    'content/playbooks/fto.md': playbook('Ask [the head of IP](../roles/head-of-ip.md#responsibilities).', ['reviewers: [jonas-weber]']),
  });
  const cachePath = join(mkdtempSync(join(tmpdir(), 'baton-cache-')), 'check.json');
  const check = () => runCheck({ root, paths: ['content'], only: [], today: TEST_TODAY, cachePath });
  return { root, check, cachePath };
}

describe('the check cache', () => {
  it('answers for unchanged files on a warm run and reads a changed one again', async () => {
    const { root, check } = setUp();
    expect((await check()).cached).toBe(0);
    const warm = await check();
    expect(warm.cached).toBe(warm.files);
    writeFileSync(join(root, 'content/playbooks/fto.md'), playbook('Changed.'));
    expect((await check()).cached).toBe(warm.files - 1);
  });

  it('re-judges every page that names a person when only the people file changes', async () => {
    const { root, check } = setUp();
    expect((await check()).diagnostics).toEqual([]);
    const person = join(root, 'content/people/jonas-weber.md');
    writeFileSync(person, readFileSync(person, 'utf8').replace('status: active', 'status: left\nleft_on: 2026-11-01'));
    const warm = await check();
    expect(warm.cached).toBe(warm.files - 1);
    expect(warm.diagnostics.map(asLine)).toEqual([
      'content/playbooks/fto.md:9:13  warning  Reviewer `jonas-weber` left on 2026-11-01; remove them from `reviewers`, or name someone who is still here  departed-reviewer',
      'content/roles/head-of-ip.md:12:9  error  Backup `jonas-weber` left on 2026-11-01 and still holds 2 things: backup of `roles/head-of-ip`, successor of `roles/head-of-ip`; hand everything over with `npm run handover -- --from jonas-weber --to <person>`  departed-owner',
      'content/roles/head-of-ip.md:13:12  error  Successor `jonas-weber` left on 2026-11-01 and still holds 2 things: backup of `roles/head-of-ip`, successor of `roles/head-of-ip`; hand everything over with `npm run handover -- --from jonas-weber --to <person>`  departed-owner',
    ]);
  });

  it('re-judges links into a page whose heading was renamed', async () => {
    const { root, check } = setUp();
    expect((await check()).diagnostics).toEqual([]);
    const role = join(root, 'content/roles/head-of-ip.md');
    writeFileSync(role, readFileSync(role, 'utf8').replace('## Responsibilities', '## What the role does'));
    expect((await check()).diagnostics.map(asLine)).toEqual([
      'content/playbooks/fto.md:12:5  error  Heading `#responsibilities` does not exist in `content/roles/head-of-ip.md`; its headings are `#what-the-role-does`  broken-anchor',
    ]);
  });

  it('is ignored when it was written by another version of the checker', async () => {
    const { check, cachePath } = setUp();
    await check();
    const [, ...lines] = readFileSync(cachePath, 'utf8').split('\n');
    writeFileSync(cachePath, ['an older checker', ...lines].join('\n'));
    expect((await check()).cached).toBe(0);
  });

  it('reads a file afresh when its line of the cache is damaged, and still answers for the others', async () => {
    const { check, cachePath } = setUp();
    const cold = await check();
    const [version, ...lines] = readFileSync(cachePath, 'utf8').split('\n');
    const damaged = lines.map((line) => (line.startsWith('"content/playbooks/fto.md"') ? line.slice(0, -20) : line));
    expect(damaged).not.toEqual(lines);
    writeFileSync(cachePath, [version, ...damaged].join('\n'));
    const warm = await check();
    expect(warm.cached).toBe(cold.files - 1);
    expect(warm.diagnostics).toEqual(cold.diagnostics);
    expect(readFileSync(cachePath, 'utf8').split('\n')).toEqual([version, ...lines]);
  });

  it('leaves the cache file alone when nothing changed', async () => {
    const { check, cachePath } = setUp();
    await check();
    writeFileSync(cachePath, `${readFileSync(cachePath, 'utf8')}\n`);
    const before = readFileSync(cachePath, 'utf8');
    await check();
    expect(readFileSync(cachePath, 'utf8')).toBe(before);
  });
});
