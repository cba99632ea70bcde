import { describe, expect, it } from 'vitest';
import { changedFiles, check, commandHandbook, fixture, read, run, snapshot, TEST_TODAY, writeFiles } from './command-fixture.ts';

const FTO = 'content/playbooks/freedom-to-operate-check.md';
const ROLE = 'content/roles/ip-counsel.md';
const review = (root: string, ...args: string[]) => run('review', root, '--today', TEST_TODAY, ...args);

describe('npm run review', () => {
  it('sets last_reviewed to today and changes no other byte of the file', () => {
    const root = commandHandbook();
    const before = snapshot(root);
    const result = review(root, FTO);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${FTO}\n  last_reviewed: 2026-03-01 → 2026-11-23\nRecorded a review on 2026-11-23 of 1 page.\n`);
    expect(changedFiles(before, snapshot(root))).toEqual([FTO]);
    // The quotes and the comment on the line stay as the author wrote them.
    expect(read(root, FTO)).toBe(fixture(FTO).replace("last_reviewed: '2026-03-01' # the spring review", "last_reviewed: '2026-11-23' # the spring review"));
  });

  it('clears the overdue review in npm run check', () => {
    const root = commandHandbook();
    expect(check(root, FTO).stdout).toContain('review-overdue');
    review(root, FTO);
    expect(check(root, FTO).stdout).not.toContain('review-overdue');
  });

  it('adds the reviewer to a flow list, keeping the rest of the line', () => {
    const root = commandHandbook();
    expect(review(root, FTO, '--by', 'mei-lin-chen').stdout).toContain('  reviewers: added mei-lin-chen\n');
    expect(read(root, FTO)).toBe(
      fixture(FTO)
        .replace('reviewers: [jonas-weber, helena-brandt]', 'reviewers: [jonas-weber, helena-brandt, mei-lin-chen]')
        .replace("'2026-03-01'", "'2026-11-23'"),
    );
  });

  it('adds the reviewer to a block list as a new line indented like the others', () => {
    const root = commandHandbook();
    review(root, ROLE, '--by', 'jonas-weber', '--date', '2026-11-20');
    expect(read(root, ROLE)).toBe(fixture(ROLE).replace('  - helena-brandt\nlast_reviewed: 2026-10-01', '  - helena-brandt\n  - jonas-weber\nlast_reviewed: 2026-11-20'));
  });

  it('creates the reviewers list when the page has none, after the owner', () => {
    const root = commandHandbook();
    const path = 'content/playbooks/knowledge-capture.md';
    review(root, path, '--by', 'priya-raman');
    expect(read(root, path)).toBe(fixture(path).replace('owner: knowledge\nlast_reviewed: 2026-06-10', 'owner: knowledge\nreviewers: [priya-raman]\nlast_reviewed: 2026-11-23'));
  });

  it('does not list the owner, or someone already listed, as a reviewer', () => {
    const root = commandHandbook();
    const path = 'content/handovers/helena-brandt-ip-counsel.md';
    expect(review(root, path, '--by', 'priya-raman').stdout).not.toContain('reviewers');
    expect(review(root, FTO, '--by', 'jonas-weber').stdout).not.toContain('reviewers');
  });

  it('records one review across several pages', () => {
    const root = commandHandbook();
    const before = snapshot(root);
    const result = review(root, FTO, ROLE, FTO);
    expect(result.stdout).toMatch(/of 2 pages\.\n$/);
    expect(changedFiles(before, snapshot(root))).toEqual([FTO, ROLE]);
  });

  it('keeps CRLF line endings and a Markdown body byte for byte', () => {
    const crlf = fixture(FTO).replaceAll('\n', '\r\n');
    const root = commandHandbook({ [FTO]: crlf });
    review(root, FTO, '--by', 'ada-okafor');
    expect(read(root, FTO)).toBe(crlf.replace('helena-brandt]', 'helena-brandt, ada-okafor]').replace("'2026-03-01'", "'2026-11-23'"));
  });

  it('replaces a review date written in the future by mistake', () => {
    const root = commandHandbook();
    const path = 'content/playbooks/knowledge-capture.md';
    writeFiles(root, { [path]: fixture(path).replace('last_reviewed: 2026-06-10', 'last_reviewed: 2027-06-10') });
    expect(review(root, path).stdout).toContain('  last_reviewed: 2027-06-10 → 2026-11-23\n');
  });

  it('says so and writes nothing when the review is already recorded', () => {
    const root = commandHandbook();
    review(root, FTO);
    const before = snapshot(root);
    const result = review(root, FTO);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('Nothing to record: the page already shows a review on 2026-11-23.\n');
    expect(changedFiles(before, snapshot(root))).toEqual([]);
  });

  it('prints the change and writes nothing with --dry-run', () => {
    const root = commandHandbook();
    const before = snapshot(root);
    const result = review(root, FTO, '--by', 'ada-okafor', '--dry-run');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${FTO}\n  last_reviewed: 2026-03-01 → 2026-11-23\n  reviewers: added ada-okafor\nRecorded a review on 2026-11-23 by ada-okafor of 1 page.\nDry run: nothing was written.\n`);
    expect(changedFiles(before, snapshot(root))).toEqual([]);
  });

  describe('refuses, and writes nothing', () => {
    const refused = (args: string[], files: Record<string, string> = {}) => {
      const root = commandHandbook(files);
      const before = snapshot(root);
      const result = review(root, ...args);
      expect(changedFiles(before, snapshot(root))).toEqual([]);
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toMatch(/\n\s+at /);
      return result;
    };

    it('a reviewer who is not in the people directory, with a suggestion', () => {
      expect(refused([FTO, '--by', 'ada-okafr'])).toMatchObject({ status: 1, stderr: '`--by ada-okafr` is not in the people directory; did you mean `ada-okafor`?\n' });
    });

    it('a reviewer who has left', () => {
      expect(refused([FTO, '--by', 'helena-brandt'])).toMatchObject({ status: 1, stderr: '`--by helena-brandt` left on 2026-09-30; name someone who is still here\n' });
    });

    it('a review in the future', () => {
      expect(refused([FTO, '--date', '2026-11-24'])).toMatchObject({ status: 1, stderr: '`--date 2026-11-24` is in the future; record a review on the day it happens, or after\n' });
    });

    it('a date that is not a real day', () => {
      expect(refused([FTO, '--date', '2026-02-30'])).toMatchObject({ status: 2, stderr: '`--date 2026-02-30` is not a date; write a real day as `YYYY-MM-DD`; run `npm run review -- --help` for the options\n' });
      expect(refused([FTO, '--date', '23/11/2026']).status).toBe(2);
    });

    it('a review older than the one recorded', () => {
      expect(refused([ROLE, '--date', '2026-09-01'])).toMatchObject({ status: 1, stderr: '`content/roles/ip-counsel.md` was last reviewed on 2026-10-01, after 2026-09-01; a review only moves `last_reviewed` forward; give the day of the latest review with `--date`\n' });
    });

    it('a file that does not exist, with a suggestion', () => {
      expect(refused(['content/playbooks/freedom-to-operate.md'])).toMatchObject({ status: 1, stderr: '`content/playbooks/freedom-to-operate.md` does not exist; did you mean `content/playbooks/freedom-to-operate-check.md`?\n' });
    });

    it('a person, and a file that is not a page', () => {
      expect(refused(['content/people/ada-okafor.md']).stderr).toBe('`content/people/ada-okafor.md` is a person, and people are not reviewed; name a playbook, role, handover or partner page\n');
      expect(refused(['baton.config.yml']).stderr).toBe('`baton.config.yml` is not a page of the handbook; name a `.md` or `.mdx` file under `content/playbooks/`, `roles/`, `handovers/` or `partners/`\n');
    });

    it('every page when one of them cannot be recorded', () => {
      expect(refused([FTO, 'content/playbooks/nope.md']).status).toBe(1);
    });

    it('a page whose frontmatter cannot be read, pointing at the problem', () => {
      const broken = '---\ntitle: Broken\nowner: [ada-okafor\n---\n\nBody.\n';
      expect(refused(['content/playbooks/broken.md'], { 'content/playbooks/broken.md': broken }).stderr).toMatch(/^content\/playbooks\/broken\.md:4:1: Frontmatter is not valid YAML: .*; fix it first; `npm run check` shows every problem\n$/);
    });

    it('no page at all, and an unknown option', () => {
      expect(refused([])).toMatchObject({ status: 2, stderr: 'Name at least one page to record a review of; run `npm run review -- --help` for the options\n' });
      expect(refused([FTO, '--reviewer', 'ada-okafor'])).toMatchObject({ status: 2, stderr: 'Unknown option `--reviewer`; run `npm run review -- --help` for the options\n' });
    });
  });

  it('explains itself with --help', () => {
    const result = run('review', commandHandbook(), '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run review -- <file\.\.\.> \[options\]/);
  });
});
