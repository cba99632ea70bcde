/**
 * `check --changed-since REF`, the pull-request gate: a page that fell due while nobody touched it
 * does not fail someone else's pull request; it fails the one that edits it; and a changed page that
 * links to an overdue page names it in a note. Content problems fail the gate wherever they are.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHandbook, playbook } from '../helpers/check-fixture.ts';
import { TEST_TODAY } from '../helpers/project.ts';
import { runScript } from '../helpers/run-cli.ts';

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Ada Okafor', '-c', 'user.email=ada@example.org', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
}

/** A handbook in git whose only problem is `stale.md`, overdue since long before the last commit. */
function repository(): string {
  const root = makeHandbook({
    'content/playbooks/stale.md': playbook('Still in use.', []).replace('last_reviewed: 2026-10-01', 'last_reviewed: 2024-05-02'),
    'content/playbooks/intake.md': playbook('See [the stale one](./stale.md).').replace('title: Freedom-to-operate check', 'title: Intake'),
    'content/playbooks/typo.md': playbook('A page with a typo.').replace('title: Freedom-to-operate check', 'title: Typo fix'),
  });
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'The handbook');
  appendFileSync(join(root, 'content/playbooks/typo.md'), 'Fixed a typo.\n');
  git(root, 'commit', '-q', '-am', 'Fix a typo');
  return root;
}

const check = (root: string, ...args: string[]) => runScript('check', ['--today', TEST_TODAY, '--no-cache', ...args], root);

describe('check --changed-since, the pull-request gate', () => {
  it('without the flag, reports an overdue page as an error wherever it is', () => {
    const result = check(repository());
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('content/playbooks/stale.md:5:16  error    Review was due on 2025-05-02 (570 days ago)');
  });

  it('passes a change that did not touch the overdue page, with a warning for it', () => {
    const result = check(repository(), '--changed-since', 'HEAD~1');
    expect(result.stdout).toContain('content/playbooks/stale.md:5:16  warning  Review was due on 2025-05-02 (570 days ago)');
    expect(result.stdout).toMatch(/0 errors, 1 warning\n$/);
    expect(result.status).toBe(0);
  });

  it('fails a change that touches the overdue page', () => {
    const root = repository();
    appendFileSync(join(root, 'content/playbooks/stale.md'), 'One more line.\n');
    const result = check(root, '--changed-since', 'HEAD');
    expect(result.stdout).toContain('content/playbooks/stale.md:5:16  error    Review was due on 2025-05-02 (570 days ago)');
    expect(result.status).toBe(1);
  });

  it('names the overdue page in a note where a changed page links to it', () => {
    const root = repository();
    appendFileSync(join(root, 'content/playbooks/intake.md'), 'A new step.\n');
    const result = check(root, '--changed-since', 'HEAD', '--format', 'github');
    expect(result.stdout).toContain('::notice file=content/playbooks/intake.md,line=11,col=5,title=review-overdue::Linked page `content/playbooks/stale.md` needs attention: Review was due on 2025-05-02 (570 days ago); its owner is told by the weekly report; if this change relies on it, check it is still right');
    expect(result.stdout).toMatch(/0 errors, 1 warning, 1 note\n$/);
    expect(result.status).toBe(0);
  });

  it('judges only what the branch changed since it left the ref, not what the ref gained later', () => {
    const root = repository();
    git(root, 'switch', '-q', '-c', 'my-change');
    appendFileSync(join(root, 'content/playbooks/typo.md'), 'My own change.\n');
    git(root, 'commit', '-q', '-am', 'My change');
    git(root, 'switch', '-q', 'main');
    appendFileSync(join(root, 'content/playbooks/stale.md'), 'Someone else edited this on main.\n');
    git(root, 'commit', '-q', '-am', 'Meanwhile, on main');
    git(root, 'switch', '-q', 'my-change');
    const result = check(root, '--changed-since', 'main');
    expect(result.stdout).toContain('content/playbooks/stale.md:5:16  warning  Review was due on 2025-05-02 (570 days ago)');
    expect(result.status).toBe(0);
  });

  it('fails a change that marks someone as left on the pages that still name them, though it did not touch those pages', () => {
    const root = repository();
    const person = join(root, 'content/people/ada-okafor.md');
    writeFileSync(person, readFileSync(person, 'utf8').replace('status: active', 'status: left\nleft_on: 2026-11-01'));
    const result = check(root, '--changed-since', 'HEAD');
    expect(result.stdout).toMatch(/content\/playbooks\/typo\.md:4:8 {2}error {4}Owner `ada-okafor` left on 2026-11-01/);
    expect(result.status).toBe(1);
  });

  it('counts new files as changed, and still fails on content problems anywhere', () => {
    const root = repository();
    writeFileSync(join(root, 'content/playbooks/new.md'), playbook('Owned by [nobody](./nowhere.md).'));
    const result = check(root, '--changed-since', 'HEAD');
    expect(result.stdout).toContain('content/playbooks/new.md:11:10  error    Link target `./nowhere.md` is not a page of the handbook');
    expect(result.status).toBe(1);
  });

  it('refuses a ref git does not know, as a tool failure', () => {
    const result = check(repository(), '--changed-since', 'no-such-branch');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('`--changed-since no-such-branch` is not a commit git knows here; name a branch, tag or commit, e.g. `origin/main`; in CI, fetch it first\n');
  });
});
