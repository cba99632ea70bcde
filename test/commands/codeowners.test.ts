import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/project.ts';
import { changedFiles, commandHandbook, fixture, read, run, snapshot, writeFiles } from './command-fixture.ts';

const HEADER_LINES = 4;
const expected = [
  '/content/handovers/helena-brandt-ip-counsel.md @priya-raman',
  "# No one to ask for content/partners/tasmere-university-research.md: owner `helena-brandt` has left.",
  '/content/partners/tasmere-university-research.md',
  "# No one to ask for content/playbooks/freedom-to-operate-check.md: owner `helena-brandt` has left.",
  '/content/playbooks/freedom-to-operate-check.md',
  '/content/playbooks/invention-disclosure-triage.md @jonas-weber @mei-lin-chen',
  '/content/playbooks/knowledge-capture.md @priya-raman',
  '/content/roles/ip-counsel.md @example-org/ip-legal',
  '/content/roles/patent-engineer.md @example-org/ip-legal',
];

/** The lines after the header comment. */
const body = (text: string) => text.split('\n').slice(HEADER_LINES + 1).filter(Boolean);

describe('npm run codeowners', () => {
  it('writes .github/CODEOWNERS from page owners: people, team handles, or a team\'s members', () => {
    const root = commandHandbook();
    const before = snapshot(root);
    const result = run('codeowners', root);
    expect(result).toMatchObject({ status: 0, stderr: '', stdout: 'Wrote .github/CODEOWNERS: 7 pages; commit it with your change.\n' });
    expect(changedFiles(before, snapshot(root))).toEqual(['.github/CODEOWNERS']);
    const text = read(root, '.github/CODEOWNERS');
    expect(text.split('\n').slice(0, HEADER_LINES).every((line) => line.startsWith('# '))).toBe(true);
    expect(body(text)).toEqual(expected);
  });

  it('says so and leaves the file alone when it is up to date', () => {
    const root = commandHandbook();
    run('codeowners', root);
    const before = snapshot(root);
    expect(run('codeowners', root).stdout).toBe('.github/CODEOWNERS is up to date (7 pages).\n');
    expect(changedFiles(before, snapshot(root))).toEqual([]);
  });

  it('follows a change of owner after it is run again', () => {
    const root = commandHandbook();
    run('codeowners', root);
    run('handover', root, '--from', 'helena-brandt', '--to', 'ada-okafor');
    expect(run('codeowners', root, '--check').status).toBe(1);
    run('codeowners', root);
    expect(body(read(root, '.github/CODEOWNERS'))).toContain('/content/playbooks/freedom-to-operate-check.md @ada-okafor');
  });

  it('reports drift with --check and writes nothing', () => {
    const root = commandHandbook();
    run('codeowners', root);
    const drifted = read(root, '.github/CODEOWNERS').replace('/content/playbooks/knowledge-capture.md @priya-raman', '/content/playbooks/knowledge-capture.md @jonas-weber');
    writeFiles(root, { '.github/CODEOWNERS': drifted });
    const before = snapshot(root);
    const result = run('codeowners', root, '--check');
    expect(result).toMatchObject({
      status: 1,
      stdout: '- /content/playbooks/knowledge-capture.md @jonas-weber\n+ /content/playbooks/knowledge-capture.md @priya-raman\n',
      stderr: '.github/CODEOWNERS does not match the content; run `npm run codeowners` and commit the result\n',
    });
    expect(changedFiles(before, snapshot(root))).toEqual([]);
  });

  it('reports a missing file with --check', () => {
    expect(run('codeowners', commandHandbook(), '--check')).toMatchObject({ status: 1, stderr: '.github/CODEOWNERS does not exist; run `npm run codeowners` and commit the result\n' });
  });

  it('prints the file and writes nothing with --dry-run', () => {
    const root = commandHandbook();
    const before = snapshot(root);
    const result = run('codeowners', root, '--dry-run');
    expect(result.status).toBe(0);
    expect(body(result.stdout).slice(0, -1)).toEqual(expected);
    expect(changedFiles(before, snapshot(root))).toEqual([]);
  });

  describe('refuses, naming each page whose owner it cannot read, rather than leave the page out', () => {
    const refusal = [
      'content/playbooks/no-owner.md:1:1: Required field `owner` is missing; add `owner:` to the frontmatter',
      'content/playbooks/unreadable.md:3:1: Frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      '`.github/CODEOWNERS` would leave out 2 pages whose owners cannot be read, and nobody would be asked to review them; fix the frontmatter first (`npm run check` shows every problem), then run the command again',
      '',
    ].join('\n');
    const broken = { 'content/playbooks/no-owner.md': '---\ntitle: Broken\n---\n', 'content/playbooks/unreadable.md': '---\ntitle: [unclosed\n---\n' };

    for (const mode of [[], ['--check'], ['--dry-run']]) {
      it(mode.length > 0 ? `with ${mode[0]}` : 'when writing the file', () => {
        const root = commandHandbook(broken);
        const before = snapshot(root);
        expect(run('codeowners', root, ...mode)).toMatchObject({ status: 1, stdout: '', stderr: refusal });
        expect(changedFiles(before, snapshot(root))).toEqual([]);
      });
    }

    it('one page, said in the singular', () => {
      const root = commandHandbook({ 'content/playbooks/no-owner.md': '---\ntitle: Broken\n---\n' });
      expect(run('codeowners', root).stderr).toBe([
        'content/playbooks/no-owner.md:1:1: Required field `owner` is missing; add `owner:` to the frontmatter',
        '`.github/CODEOWNERS` would leave out a page whose owner cannot be read, and nobody would be asked to review it; fix the frontmatter first (`npm run check` shows every problem), then run the command again',
        '',
      ].join('\n'));
    });
  });

  it('writes the line of a page whose owner it can read, even when another field is wrong', () => {
    const page = fixture('content/playbooks/knowledge-capture.md').replace('review_every:', 'review_evry:');
    const root = commandHandbook({ 'content/playbooks/knowledge-capture.md': page });
    expect(run('codeowners', root)).toMatchObject({ status: 0, stderr: '' });
    expect(body(read(root, '.github/CODEOWNERS'))).toEqual(expected);
  });

  it('matches the committed file of the starter handbook', () => {
    expect(run('codeowners', projectRoot, '--check')).toMatchObject({ status: 0, stdout: '.github/CODEOWNERS matches the content.\n' });
  });

  it('refuses arguments it does not know, and explains itself with --help', () => {
    expect(run('codeowners', commandHandbook(), 'content')).toMatchObject({ status: 2, stderr: 'Unexpected argument `content`; run `npm run codeowners -- --help` for the options\n' });
    expect(run('codeowners', commandHandbook(), '--help').stdout).toMatch(/^Usage: npm run codeowners -- \[options\]/);
  });
});
