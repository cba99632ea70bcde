import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandHandbook, run } from './command-fixture.ts';

const COMMANDS = ['new', 'review', 'handover', 'codeowners', 'report', 'schema'];

describe('every upkeep command', () => {
  it.each(COMMANDS)('%s explains itself with --help and exits 0', (command) => {
    const result = run(command, commandHandbook(), '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: npm run ${command} -- `));
    expect(result.stdout).toContain('Exit codes:');
  });

  it.each(COMMANDS)('%s refuses an unknown option with exit 2 and a pointer to --help, never a stack trace', (command) => {
    const result = run(command, commandHandbook(), '--frobnicate');
    expect(result).toMatchObject({ status: 2, stdout: '', stderr: `Unknown option \`--frobnicate\`; run \`npm run ${command} -- --help\` for the options\n` });
  });

  it.each([
    ['new', 'playbook', 'X', '--owner', 'ada-okafor'],
    ['review', 'content/playbooks/x.md'],
    ['handover', '--from', 'ada-okafor', '--to', 'jonas-weber'],
    ['codeowners'],
    ['report'],
  ])('%s says it must run in a handbook root, with exit 2', (command, ...args) => {
    const result = run(command, join(commandHandbook(), 'content'), ...args);
    expect(result).toMatchObject({ status: 2, stdout: '', stderr: 'There is no `content/` folder here; run the command in the handbook root, the folder with `content/` and `baton.config.yml`\n' });
  });

  it('stops on a broken settings file with exit 2, pointing at it', () => {
    const root = commandHandbook({ 'baton.config.yml': 'teams:\n  rnd: {}\n' });
    const result = run('report', root);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^The settings file has errors \(baton\.config\.yml:2:\d+: .+\); run `npm run check` to see them all\n$/);
  });

  it('says which file it could not write, without a stack trace', () => {
    // A folder where the new page would go: not a page, so only the write itself finds it.
    const root = commandHandbook({ 'content/playbooks/x.md/keep.txt': '' });
    const result = run('new', root, 'playbook', 'X', '--owner', 'ada-okafor', '--today', '2026-11-23');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Could not open `.+content\/playbooks\/x\.md` \(EEXIST\); something is already at that path; move it away or choose another name\n$/);
  });
});
