import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHandbook, playbook } from '../helpers/check-fixture.ts';
import { projectRoot, TEST_TODAY } from '../helpers/project.ts';
import { runScript } from '../helpers/run-cli.ts';

const check = (cwd: string, ...args: string[]) => runScript('check', ['--no-cache', '--today', TEST_TODAY, ...args], cwd);

function brokenHandbook(): string {
  return makeHandbook({
    'content/playbooks/fto.md': playbook('See [triage](./triage.md).', ['reviewers: [helena-brandt]']),
  });
}

describe('npm run check', () => {
  it('passes the starter handbook with warnings only and exits 0', () => {
    const run = check(projectRoot);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\n0 errors, \d+ warnings\n$/);
    expect(run.stdout).toContain('departed-reviewer');
    expect(run.stdout).toContain('agreement-renewal-due');
  });

  it('prints problems grouped by file, then the count, and exits 1', () => {
    const run = check(brokenHandbook());
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      [
        'content/playbooks/fto.md',
        '  content/playbooks/fto.md:9:13  warning  Reviewer `helena-brandt` left on 2026-09-30; remove them from `reviewers`, or name someone who is still here  departed-reviewer',
        '  content/playbooks/fto.md:12:5  error    Link target `./triage.md` is not a page of the handbook; no playbook has the id `triage`  broken-link',
        '',
        '1 error, 1 warning',
        '',
      ].join('\n'),
    );
  });

  it('prints a stable JSON array with every key, hint null when there is none', () => {
    const run = check(brokenHandbook(), '--format', 'json');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      { file: 'content/playbooks/fto.md', line: 9, column: 13, severity: 'warning', ruleId: 'departed-reviewer', message: 'Reviewer `helena-brandt` left on 2026-09-30', hint: 'remove them from `reviewers`, or name someone who is still here' },
      { file: 'content/playbooks/fto.md', line: 12, column: 5, severity: 'error', ruleId: 'broken-link', message: 'Link target `./triage.md` is not a page of the handbook', hint: 'no playbook has the id `triage`' },
    ]);
  });

  it('prints GitHub workflow annotations with escaped properties', () => {
    const run = check(brokenHandbook(), '--format', 'github');
    expect(run.stdout.split('\n')).toEqual([
      '::warning file=content/playbooks/fto.md,line=9,col=13,title=departed-reviewer::Reviewer `helena-brandt` left on 2026-09-30; remove them from `reviewers`, or name someone who is still here',
      '::error file=content/playbooks/fto.md,line=12,col=5,title=broken-link::Link target `./triage.md` is not a page of the handbook; no playbook has the id `triage`',
      '1 error, 1 warning',
      '',
    ]);
  });

  it('fails on warnings with --strict', () => {
    const root = makeHandbook({ 'content/playbooks/fto.md': playbook('Fine.', ['reviewers: [helena-brandt]']) });
    expect(check(root).status).toBe(0);
    expect(check(root, '--strict').status).toBe(1);
  });

  it('runs only the named rules or groups', () => {
    const run = check(brokenHandbook(), '--only', 'links', '--format', 'json');
    expect(JSON.parse(run.stdout).map((diagnostic: { ruleId: string }) => diagnostic.ruleId)).toEqual(['broken-link']);
  });

  it('judges review dates by --today', () => {
    const root = makeHandbook({ 'content/playbooks/fto.md': playbook('Fine.') });
    expect(check(root, '--only', 'review').stdout).toBe('0 errors, 0 warnings\n');
    const later = runScript('check', ['--no-cache', '--today', '2027-10-02', '--only', 'review'], root);
    expect(later.status).toBe(1);
    expect(later.stdout).toContain('Review was due on 2027-10-01 (1 day ago)');
  });

  it('applies severities from the config file', () => {
    const root = brokenHandbook();
    writeFileSync(join(root, 'baton.config.yml'), 'teams:\n  ip-legal:\n    name: IP\n  rnd:\n    name: R&D\n  knowledge:\n    name: Knowledge\ncheck:\n  rules:\n    broken-link: warn\n    departed-reviewer: off\n');
    const run = check(root, '--format', 'json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).map((diagnostic: { ruleId: string; severity: string }) => `${diagnostic.ruleId}:${diagnostic.severity}`)).toEqual(['broken-link:warning']);
  });

  describe('colour', () => {
    /** Runs the check with its output on a pseudo-terminal, as a person's shell would (`script` comes with util-linux); its progress on stderr goes elsewhere. */
    const checkOnTerminal = (root: string, env: Record<string, string | undefined>, ...args: string[]) => {
      const command = [process.execPath, join(projectRoot, 'scripts/check.ts'), '--no-cache', '--today', TEST_TODAY, ...args, '2>/dev/null'].join(' ');
      const run = spawnSync('script', ['-qfec', command, '/dev/null'], { cwd: root, encoding: 'utf8', env: { ...process.env, TERM: 'xterm-256color', FORCE_COLOR: undefined, CI: undefined, ...env } });
      return { status: run.status, stdout: run.stdout.replaceAll('\r\n', '\n') };
    };
    const [dim, red, yellow, underline] = [['\u001b[2m', '\u001b[22m'], ['\u001b[31m', '\u001b[39m'], ['\u001b[33m', '\u001b[39m'], ['\u001b[4m', '\u001b[24m']].map(([on, off]) => (text: string) => `${on}${text}${off}`) as [(text: string) => string, (text: string) => string, (text: string) => string, (text: string) => string];

    it('colours the file, severities, positions, rule ids and count on a terminal', () => {
      const run = checkOnTerminal(brokenHandbook(), { NO_COLOR: undefined });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe(
        [
          underline('content/playbooks/fto.md'),
          `  ${dim('content/playbooks/fto.md:9:13')}  ${yellow('warning')}  Reviewer \`helena-brandt\` left on 2026-09-30; remove them from \`reviewers\`, or name someone who is still here  ${dim('departed-reviewer')}`,
          `  ${dim('content/playbooks/fto.md:12:5')}  ${red('error  ')}  Link target \`./triage.md\` is not a page of the handbook; no playbook has the id \`triage\`  ${dim('broken-link')}`,
          '',
          red('1 error, 1 warning'),
          '',
        ].join('\n'),
      );
    });

    it('prints no colour on a terminal with NO_COLOR set, nor when the output is not a terminal', () => {
      const root = brokenHandbook();
      const onTerminal = checkOnTerminal(root, { NO_COLOR: '1' });
      expect(onTerminal.stdout).toContain('  content/playbooks/fto.md:12:5  error    Link target');
      expect(onTerminal.stdout).not.toMatch(/\u001b\[/);
      expect(runScript('check', ['--no-cache', '--today', TEST_TODAY], root, { NO_COLOR: undefined }).stdout).not.toMatch(/\u001b\[/);
    });

    it('prints no colour in JSON, even on a terminal', () => {
      const run = checkOnTerminal(brokenHandbook(), { NO_COLOR: undefined }, '--format', 'json');
      expect(JSON.parse(run.stdout)).toHaveLength(2);
      expect(run.stdout).not.toMatch(/\u001b\[/);
    });
  });

  describe('exits 2 when the tool cannot run', () => {
    it('for an unknown option', () => {
      const run = check(projectRoot, '--colour');
      expect(run.status).toBe(2);
      expect(run.stderr).toBe("Unknown option '--colour'; run `npm run check -- --help` for the options\n");
    });

    it('for an unknown format or date', () => {
      expect(check(projectRoot, '--format', 'xml').stderr).toBe('`--format xml` is not a format; use one of `text`, `json`, `github`; run `npm run check -- --help` for the options\n');
      expect(runScript('check', ['--today', '2026-02-30'], projectRoot).status).toBe(2);
    });

    it('for a rule or group that does not exist, with a suggestion', () => {
      const run = check(projectRoot, '--only', 'link');
      expect(run.status).toBe(2);
      expect(run.stderr).toBe('`--only link` names no rule or group; did you mean `links`?\n');
    });

    it('for a path that does not exist', () => {
      const run = check(projectRoot, 'content/nowhere');
      expect(run.status).toBe(2);
      expect(run.stderr).toBe('Path `content/nowhere` does not exist; check the path, relative to the handbook root\n');
    });

    it('for a broken config file, with its position', () => {
      const root = makeHandbook();
      writeFileSync(join(root, 'baton.config.yml'), 'check:\n  due_soon: soon\n');
      const run = check(root);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('baton.config.yml:2:13  error    Field `check.due_soon` must be an interval like `90d`, `6w`, `6m` or `1y` (found `soon`)  config');
      expect(run.stderr).toContain('The settings file has errors');
    });
  });

  it('prints its options with --help and exits 0', () => {
    const run = check(projectRoot, '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: npm run check -- [options] [paths...]');
  });
});
