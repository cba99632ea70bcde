import { describe, expect, it } from 'vitest';
import { changedFiles, check, commandHandbook, fixture, read, run, snapshot, starterHandbook } from './command-fixture.ts';

const FTO = 'content/playbooks/freedom-to-operate-check.md';
const ROLE = 'content/roles/ip-counsel.md';
const PARTNER = 'content/partners/tasmere-university-research.md';
const HANDOVER = 'content/handovers/helena-brandt-ip-counsel.md';
const handover = (root: string, ...args: string[]) => run('handover', root, ...args);

describe('npm run handover', () => {
  it('moves everything a person owns, reviews and holds, and prints every field it changed', () => {
    const root = commandHandbook();
    const before = snapshot(root);
    const result = handover(root, '--from', 'helena-brandt', '--to', 'ada-okafor');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        PARTNER,
        '  owner: helena-brandt → ada-okafor',
        '  escalation[1].person: helena-brandt → ada-okafor',
        FTO,
        '  owner: helena-brandt → ada-okafor',
        '  reviewers[1]: helena-brandt → ada-okafor',
        ROLE,
        '  reviewers[1]: removed helena-brandt (ada-okafor is already a reviewer)',
        '  holder: helena-brandt → ada-okafor',
        'Handed over 6 responsibilities in 3 files from helena-brandt to ada-okafor; review dates are unchanged.',
        'Check: ada-okafor is now both holder and backup of `roles/ip-counsel`; name another backup.',
        '',
      ].join('\n'),
    );
    expect(changedFiles(before, snapshot(root))).toEqual([PARTNER, FTO, ROLE].sort());
  });

  it('changes only the fields it names, byte for byte, comments and review dates included', () => {
    const root = commandHandbook();
    handover(root, '--from', 'helena-brandt', '--to', 'ada-okafor');
    expect(read(root, FTO)).toBe(
      fixture(FTO)
        .replace('owner: helena-brandt   # moves to Ada', 'owner: ada-okafor   # moves to Ada')
        .replace('reviewers: [jonas-weber, helena-brandt]', 'reviewers: [jonas-weber, ada-okafor]'),
    );
    expect(read(root, ROLE)).toBe(fixture(ROLE).replace('  - helena-brandt\n', '').replace('holder: helena-brandt', 'holder: ada-okafor'));
    expect(read(root, PARTNER)).toBe(fixture(PARTNER).replace('owner: helena-brandt', 'owner: ada-okafor').replace('    person: helena-brandt', '    person: ada-okafor'));
  });

  it('leaves `from` of a handover as the record of who handed over', () => {
    const root = commandHandbook();
    handover(root, '--from', 'helena-brandt', '--to', 'jonas-weber');
    expect(read(root, HANDOVER)).toBe(fixture(HANDOVER));
  });

  it('leaves a completed handover as the record of what happened, its owner and reviewers aside', () => {
    const done = fixture(HANDOVER).replace('state: in-progress', 'state: complete').replace('owner: priya-raman', 'owner: jonas-weber').replace('  - matter: Quellmark opposition\n    done: false', '  - matter: Quellmark opposition\n    done: true');
    const root = commandHandbook({ [HANDOVER]: done });
    const result = handover(root, '--from', 'jonas-weber', '--to', 'mei-lin-chen');
    expect(result.stdout).toContain(`${HANDOVER}\n  owner: jonas-weber → mei-lin-chen\n`);
    expect(read(root, HANDOVER)).toBe(done.replace('owner: jonas-weber', 'owner: mei-lin-chen'));
  });

  it('moves a handover successor and mentor too', () => {
    const root = commandHandbook();
    const result = handover(root, '--from', 'jonas-weber', '--to', 'mei-lin-chen');
    expect(result.stdout).toContain(`${HANDOVER}\n  mentor: jonas-weber → mei-lin-chen\n`);
    expect(read(root, HANDOVER)).toBe(fixture(HANDOVER).replace('mentor: jonas-weber', 'mentor: mei-lin-chen'));
  });

  it('leaves no departed owner behind for npm run check', () => {
    const root = commandHandbook();
    expect(check(root).stdout).toContain('departed-owner');
    handover(root, '--from', 'helena-brandt', '--to', 'ada-okafor');
    const after = check(root).stdout;
    expect(after).not.toContain('departed-owner');
    expect(after).not.toContain('departed-reviewer');
  });

  it('hands over one role only with --role', () => {
    const root = commandHandbook();
    const before = snapshot(root);
    const result = handover(root, '--from', 'helena-brandt', '--to', 'ada-okafor', '--role', 'ip-counsel');
    expect(result.status).toBe(0);
    expect(changedFiles(before, snapshot(root))).toEqual([ROLE]);
  });

  it('prints the changes and writes nothing with --dry-run', () => {
    const root = commandHandbook();
    const before = snapshot(root);
    const result = handover(root, '--from', 'helena-brandt', '--to', 'ada-okafor', '--dry-run');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('  holder: helena-brandt → ada-okafor\n');
    expect(result.stdout).toMatch(/\nDry run: nothing was written\.\n$/);
    expect(changedFiles(before, snapshot(root))).toEqual([]);
  });

  it('says so when the person has nothing to hand over', () => {
    const root = commandHandbook();
    const result = handover(root, '--from', 'priya-raman', '--to', 'ada-okafor', '--role', 'patent-engineer');
    expect(result).toMatchObject({ status: 0, stdout: 'Nothing to hand over: priya-raman owns, reviews and holds nothing in role `patent-engineer`.\n' });
  });

  it('keeps CRLF line endings', () => {
    const crlf = fixture(ROLE).replaceAll('\n', '\r\n');
    const root = commandHandbook({ [ROLE]: crlf });
    handover(root, '--from', 'helena-brandt', '--to', 'jonas-weber', '--role', 'ip-counsel');
    expect(read(root, ROLE)).toBe(crlf.replace('  - helena-brandt\r\n', '  - jonas-weber\r\n').replace('holder: helena-brandt', 'holder: jonas-weber'));
  });

  describe('refuses, and writes nothing', () => {
    const refused = (args: string[], files: Record<string, string> = {}) => {
      const root = commandHandbook(files);
      const before = snapshot(root);
      const result = handover(root, ...args);
      expect(changedFiles(before, snapshot(root))).toEqual([]);
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toMatch(/\n\s+at /);
      return result;
    };

    it('a person who is not in the people directory, on either side', () => {
      expect(refused(['--from', 'helena-brant', '--to', 'ada-okafor'])).toMatchObject({ status: 1, stderr: '`--from helena-brant` is not in the people directory; did you mean `helena-brandt`?\n' });
      expect(refused(['--from', 'helena-brandt', '--to', 'ada'])).toMatchObject({ status: 1 });
    });

    it('a successor who has left', () => {
      expect(refused(['--from', 'ada-okafor', '--to', 'helena-brandt'])).toMatchObject({ status: 1, stderr: '`--to helena-brandt` left on 2026-09-30; hand over to someone who is still here\n' });
    });

    it('a role that does not exist', () => {
      expect(refused(['--from', 'helena-brandt', '--to', 'ada-okafor', '--role', 'ip-counse'])).toMatchObject({ status: 1, stderr: '`--role ip-counse` is not a role of the handbook; did you mean `ip-counsel`?\n' });
    });

    it('the same person on both sides, and a missing side', () => {
      expect(refused(['--from', 'ada-okafor', '--to', 'ada-okafor'])).toMatchObject({ status: 2, stderr: '`--from` and `--to` are both `ada-okafor`; run `npm run handover -- --help` for the options\n' });
      expect(refused(['--from', 'ada-okafor'])).toMatchObject({ status: 2, stderr: 'Missing `--to <person>`; run `npm run handover -- --help` for the options\n' });
    });

    it('every page when a page naming the person has errors', () => {
      const broken = fixture(FTO).replace('status: active', 'status: live');
      const result = refused(['--from', 'helena-brandt', '--to', 'ada-okafor'], { [FTO]: broken });
      expect(result).toMatchObject({ status: 1, stderr: `\`${FTO}\` names \`helena-brandt\` but has errors, so Baton cannot tell which fields to move; fix them first; \`npm run check\` shows them\n` });
    });
  });

  it('explains itself with --help', () => {
    const result = handover(commandHandbook(), '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run handover -- --from <person> --to <person>/);
  });

  it('moves open review actions and obligations, and leaves who attended a review and who did a done action', () => {
    const root = starterHandbook();
    const result = handover(root, '--from', 'grace-mwangi', '--to', 'aiko-tanaka');
    expect(result.status).toBe(0);
    const tasmere = result.stdout.split('\n').filter((line) => line.startsWith('  reviews') || line.startsWith('  obligations'));
    expect(tasmere).toEqual(expect.arrayContaining(['  reviews[1].actions[0].owner: grace-mwangi → aiko-tanaka', '  obligations[1].owner: grace-mwangi → aiko-tanaka']));
    expect(result.stdout).not.toMatch(/attendees\[\d+\]: grace-mwangi|reviews\[0\]\.actions\[0\]\.owner: grace-mwangi/);
    const kestrane = read(root, 'content/partners/kestrane-optics-alliance.md');
    expect(kestrane).toContain('    attendees: [grace-mwangi, jonas-weber, oliver-grant]');
    expect(kestrane).toContain('      - action: Send the renewal scorecard and recommendation to the steering committee members\n        owner: aiko-tanaka\n');
  });
});
