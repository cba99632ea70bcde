/** The review planner, run in-process through the command, so that what it decides is measured directly. */
import { describe, expect, it } from 'vitest';
import { reviewCommand } from '../../../scripts/commands/review/review-command.ts';
import { changedFiles, commandHandbook, fixture, read, snapshot, TEST_TODAY, writeFiles } from '../command-fixture.ts';

const FTO = 'content/playbooks/freedom-to-operate-check.md';
const ROLE = 'content/roles/ip-counsel.md';
const review = (root: string, ...args: string[]) => reviewCommand(['--today', TEST_TODAY, ...args], { root });

describe('recording a review leaves the page’s status alone', () => {
  it('a draft stays a draft, so reviewing it never publishes it', async () => {
    const draft = fixture(FTO).replace('status: active', 'status: draft');
    const root = commandHandbook({ [FTO]: draft });
    const result = await review(root, FTO, '--by', 'ada-okafor');
    expect(result).toEqual({ exitCode: 0, stderr: '', stdout: `${FTO}\n  last_reviewed: 2026-03-01 → 2026-11-23\n  reviewers: added ada-okafor\nRecorded a review on 2026-11-23 by ada-okafor of 1 page.\n` });
    expect(read(root, FTO)).toBe(draft.replace("'2026-03-01'", "'2026-11-23'").replace('helena-brandt]', 'helena-brandt, ada-okafor]'));
  });

  it('a retired page stays retired', async () => {
    const retired = fixture(FTO).replace('status: active', 'status: retired');
    const root = commandHandbook({ [FTO]: retired });
    expect((await review(root, FTO)).exitCode).toBe(0);
    expect(read(root, FTO)).toBe(retired.replace("'2026-03-01'", "'2026-11-23'"));
  });
});

describe('what a review changes', () => {
  it('only the date, when no reviewer is named', async () => {
    const root = commandHandbook();
    const before = snapshot(root);
    expect((await review(root, FTO, '--date', '2026-11-20')).stdout).toBe(`${FTO}\n  last_reviewed: 2026-03-01 → 2026-11-20\nRecorded a review on 2026-11-20 of 1 page.\n`);
    expect(changedFiles(before, snapshot(root))).toEqual([FTO]);
    expect(read(root, FTO)).toBe(fixture(FTO).replace("'2026-03-01'", "'2026-11-20'"));
  });

  it('only the reviewers, when the date is already recorded', async () => {
    const root = commandHandbook();
    await review(root, ROLE, '--date', '2026-11-20');
    expect((await review(root, ROLE, '--date', '2026-11-20', '--by', 'jonas-weber')).stdout).toBe(`${ROLE}\n  reviewers: added jonas-weber\nRecorded a review on 2026-11-20 by jonas-weber of 1 page.\n`);
  });

  it('nothing, when the date is recorded and the reviewer is the owner or already listed', async () => {
    const path = 'content/handovers/helena-brandt-ip-counsel.md';
    const root = commandHandbook();
    await review(root, FTO);
    await review(root, path);
    const before = snapshot(root);
    expect(await review(root, FTO, '--by', 'jonas-weber')).toEqual({ exitCode: 0, stderr: '', stdout: 'Nothing to record: the page already shows a review on 2026-11-23 with jonas-weber among its reviewers.\n' });
    // The handover's owner is priya-raman.
    expect(await review(root, path, '--by', 'priya-raman')).toEqual({ exitCode: 0, stderr: '', stdout: 'Nothing to record: the page already shows a review on 2026-11-23 with priya-raman among its reviewers.\n' });
    expect(changedFiles(before, snapshot(root))).toEqual([]);
  });

  it('a review on the same day as the one recorded is allowed, an earlier one refused', async () => {
    const root = commandHandbook();
    expect((await review(root, ROLE, '--date', '2026-10-01', '--by', 'jonas-weber')).exitCode).toBe(0);
    expect(await review(root, ROLE, '--date', '2026-09-30')).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: '`content/roles/ip-counsel.md` was last reviewed on 2026-10-01, after 2026-09-30; a review only moves `last_reviewed` forward; give the day of the latest review with `--date`\n',
    });
  });

  it('replaces a recorded date in the future, even with an earlier review', async () => {
    const root = commandHandbook();
    writeFiles(root, { [FTO]: fixture(FTO).replace("'2026-03-01'", "'2026-11-24'") });
    expect((await review(root, FTO, '--date', '2026-11-01')).stdout).toBe(`${FTO}\n  last_reviewed: 2026-11-24 → 2026-11-01\nRecorded a review on 2026-11-01 of 1 page.\n`);
  });

  it('replaces a recorded date that is not a real day', async () => {
    const root = commandHandbook();
    writeFiles(root, { [FTO]: fixture(FTO).replace("'2026-03-01'", "'2026-02-30'") });
    expect((await review(root, FTO, '--date', '2026-11-01')).stdout).toBe(`${FTO}\n  last_reviewed: 2026-02-30 → 2026-11-01\nRecorded a review on 2026-11-01 of 1 page.\n`);
  });

  it('adds a date to a page that has none', async () => {
    const root = commandHandbook();
    writeFiles(root, { [FTO]: fixture(FTO).replace("last_reviewed: '2026-03-01' # the spring review\n", '') });
    expect((await review(root, FTO)).stdout).toBe(`${FTO}\n  last_reviewed: (none) → 2026-11-23\nRecorded a review on 2026-11-23 of 1 page.\n`);
    expect(read(root, FTO)).toContain('reviewers: [jonas-weber, helena-brandt]\nlast_reviewed: 2026-11-23\nreview_every: 6m\n');
  });
});
