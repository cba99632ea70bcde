import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineEntryOf } from '../../src/lib/judging/baseline.ts';
import { baselineText } from '../../src/lib/reading/baseline-file.ts';
import { makeHandbook, playbook } from '../helpers/check-fixture.ts';
import { TEST_TODAY } from '../helpers/project.ts';
import { runScript } from '../helpers/run-cli.ts';

const BROKEN = 'content/playbooks/fto.md:11:5  error    Link target `./gone.md` is not a page of the handbook; no playbook has the id `gone`  broken-link';

/** A handbook whose one playbook has one broken link, and (when asked) a baseline that knows it. */
function handbookWithBrokenLink({ baseline }: { baseline: boolean }): string {
  const root = makeHandbook({ 'content/playbooks/fto.md': playbook('See [gone](./gone.md).') });
  if (baseline) writeFileSync(join(root, 'baton.baseline.json'), baselineText([baselineEntryOf({ file: 'content/playbooks/fto.md', line: 11, column: 5, severity: 'error', ruleId: 'broken-link', message: 'Link target `./gone.md` is not a page of the handbook' })]));
  return root;
}

const check = (root: string, ...args: string[]) => runScript('check', ['--today', TEST_TODAY, '--no-cache', ...args], root);

describe('the baseline of known findings', () => {
  it('changes nothing for a handbook without one: every finding fails', () => {
    const run = check(handbookWithBrokenLink({ baseline: false }));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(BROKEN);
  });

  it('reports a known finding as a count and a warning, and passes', () => {
    const run = check(handbookWithBrokenLink({ baseline: true }));
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('0 errors, 0 warnings\nwarning: 1 known finding from `baton.baseline.json` not counted; `npm run report` lists them by owner, and `npm run check -- --update-baseline` drops each one fixed\n');
  });

  it('still knows the finding when lines move above it', () => {
    const root = handbookWithBrokenLink({ baseline: true });
    writeFileSync(join(root, 'content/playbooks/fto.md'), playbook('A new paragraph.\n\nAnother.\n\nSee [gone](./gone.md).'));
    expect(check(root).status).toBe(0);
  });

  it('fails on a new finding in a file that has known ones, and on a second copy of a known one', () => {
    const root = handbookWithBrokenLink({ baseline: true });
    writeFileSync(join(root, 'content/playbooks/fto.md'), playbook('See [gone](./gone.md) and [also gone](./gone.md) and [lost](./lost.md).'));
    const run = check(root);
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').filter((line) => line.includes('broken-link'))).toHaveLength(2);
  });

  it('fails while a fixed finding is still listed, and --update-baseline drops it and never adds one', () => {
    const root = handbookWithBrokenLink({ baseline: true });
    writeFileSync(join(root, 'content/playbooks/fto.md'), playbook('No links now. [Lost](./lost.md).'));
    const before = check(root);
    expect(before.status).toBe(1);
    expect(before.stdout).toContain('baton.baseline.json:1:1  error    The known `broken-link` finding of `content/playbooks/fto.md` is fixed (Link target `./gone.md` is not a page of the handbook); run `npm run check -- --update-baseline`');
    const update = check(root, '--update-baseline');
    expect(update.stderr).toBe('Dropped 1 fixed finding from `baton.baseline.json`; 0 remain.\n');
    expect(update.status).toBe(1);
    expect(JSON.parse(readFileSync(join(root, 'baton.baseline.json'), 'utf8')).findings).toEqual([]);
  });

  it('refuses a baseline that would hide a secret, with exit 2', () => {
    const root = handbookWithBrokenLink({ baseline: false });
    writeFileSync(join(root, 'baton.baseline.json'), JSON.stringify({ findings: [{ rule: 'secret', file: 'content/playbooks/fto.md', fingerprint: '0123456789abcdef', message: 'x' }] }));
    const run = check(root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('lists a `secret` finding, which is never known');
  });

  it('is listed by report under the owner of the page', () => {
    const run = runScript('report', ['--today', TEST_TODAY], handbookWithBrokenLink({ baseline: true }));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('### Known problems from the import\n\n- [ ] [Freedom-to-operate check](https://github.com/example-org/handbook/edit/main/content/playbooks/fto.md): Link target `./gone.md` is not a page of the handbook; fix it, then run `npm run check -- --update-baseline`.');
  });

  it('--update-baseline without a baseline is bad usage', () => {
    const run = check(handbookWithBrokenLink({ baseline: false }), '--update-baseline');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('There is no `baton.baseline.json` to update');
  });
});
