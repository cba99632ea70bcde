import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedFiles, commandHandbook, read, run, snapshot, starterHandbook, TEST_TODAY, writeFiles } from './command-fixture.ts';

const report = (root: string, ...args: string[]) => run('report', root, '--today', TEST_TODAY, ...args);
const EDIT = 'https://github.com/example-org/handbook/edit/main/';

interface JsonReport {
  today: string;
  windows: { due_soon: string; renewal: string };
  owners: { owner: string; kind: string; name: string; handles: string[]; left: string | null; items: { kind: string; path: string; message: string; due?: string }[]; issue: { title: string; body: string } }[];
}
const json = (root: string, ...args: string[]) => JSON.parse(report(root, '--format', 'json', ...args).stdout) as JsonReport;

describe('npm run report', () => {
  it('groups what needs attention by owner, in owner order', () => {
    const owners = json(commandHandbook()).owners;
    expect(owners.map((owner) => [owner.owner, owner.kind, owner.handles, owner.left])).toEqual([
      ['helena-brandt', 'person', [], '2026-09-30'],
      ['ip-legal', 'team', ['@example-org/ip-legal'], null],
      ['knowledge', 'team', ['@priya-raman'], null],
      ['priya-raman', 'person', ['@priya-raman'], null],
    ]);
  });

  it('lists reviews overdue and due soon, people who left, succession gaps, handovers and agreements', () => {
    const items = json(commandHandbook()).owners.flatMap((owner) => owner.items.map((item) => `${owner.owner} ${item.kind} ${item.path}`));
    expect(items).toEqual([
      'helena-brandt departed-owner content/partners/tasmere-university-research.md',
      'helena-brandt departed-owner content/partners/tasmere-university-research.md',
      'helena-brandt departed-owner content/playbooks/freedom-to-operate-check.md',
      'helena-brandt departed-reviewer content/playbooks/freedom-to-operate-check.md',
      'helena-brandt review-overdue content/partners/tasmere-university-research.md',
      'helena-brandt review-overdue content/playbooks/freedom-to-operate-check.md',
      'helena-brandt agreement-renewal-due content/partners/tasmere-university-research.md',
      'helena-brandt milestone-overdue content/partners/tasmere-university-research.md',
      'ip-legal departed-owner content/roles/ip-counsel.md',
      'ip-legal departed-reviewer content/roles/ip-counsel.md',
      'ip-legal critical-role-without-backup content/roles/patent-engineer.md',
      'ip-legal critical-role-without-successor content/roles/patent-engineer.md',
      'knowledge review-due-soon content/playbooks/knowledge-capture.md',
      'priya-raman review-due-soon content/handovers/helena-brandt-ip-counsel.md',
      'priya-raman handover-overdue content/handovers/helena-brandt-ip-counsel.md',
    ]);
  });

  it('writes a checklist per owner, with links to edit each page and the command that fixes it', () => {
    const root = commandHandbook();
    const body = report(root, '--owner', 'priya-raman').stdout;
    expect(body).toBe(
      [
        'What needs attention in the handbook for @priya-raman (Priya Raman), as of 2026-11-23.',
        '',
        '### Reviews',
        '',
        `- [ ] [Handover: IP Counsel, Helena Brandt to Ada Okafor](${EDIT}content/handovers/helena-brandt-ip-counsel.md): Review is due on 2026-12-11 (in 18 days); review it before then, and record it with \`npm run review -- content/handovers/helena-brandt-ip-counsel.md\`.`,
        '',
        '### Succession',
        '',
        `- [ ] [Handover: IP Counsel, Helena Brandt to Ada Okafor](${EDIT}content/handovers/helena-brandt-ip-counsel.md): Handover was due on 2026-11-01 and 1 checklist item is still open: \`Quellmark opposition\`; finish them and mark them \`done: true\`, or agree a new \`due\` date.`,
        '',
        'This issue is rewritten every week from the handbook itself: an item goes away once its page is fixed, and the issue closes when nothing is left.',
        '',
      ].join('\n'),
    );
  });

  it('prints every owner under a heading of their own in Markdown', () => {
    const out = report(commandHandbook()).stdout;
    expect(out).toMatch(/^# Handbook upkeep, 2026-11-23\n\n15 things to look at for 4 owners\.\n\n## Helena Brandt \(`helena-brandt`\)\n\n/);
    expect(out).toContain('> `helena-brandt` left on 2026-09-30. Their pages need a new owner: `npm run handover -- --from helena-brandt --to <person>`.');
    expect(out).toContain('\n## IP & Legal (`ip-legal`)\n');
  });

  it('gives each owner an issue title and body in JSON, with the windows it judged by', () => {
    const result = json(commandHandbook());
    expect(result.today).toBe(TEST_TODAY);
    expect(result.windows).toEqual({ due_soon: '30d', renewal: '90d' });
    expect(result.owners[1]!.issue.title).toBe('Handbook upkeep: ip-legal');
    expect(result.owners[1]!.issue.body).toMatch(/^What needs attention in the handbook for @example-org\/ip-legal \(IP & Legal\)/);
  });

  it('counts as due soon what falls within --within', () => {
    const root = commandHandbook();
    const kinds = (...args: string[]) => json(root, ...args).owners.flatMap((owner) => owner.items.filter((item) => item.kind === 'review-due-soon').map((item) => item.path));
    expect(kinds('--within', '1d')).toEqual([]);
    expect(kinds('--within', '20d')).toEqual(['content/playbooks/knowledge-capture.md', 'content/handovers/helena-brandt-ip-counsel.md']);
    expect(json(root, '--within', '1d').windows).toEqual({ due_soon: '1d', renewal: '1d' });
  });

  it('shrinks as the work is done: a handover and a review later, Helena has nothing left', () => {
    const root = commandHandbook();
    run('handover', root, '--from', 'helena-brandt', '--to', 'ada-okafor');
    run('review', root, 'content/playbooks/freedom-to-operate-check.md', 'content/partners/tasmere-university-research.md', '--today', TEST_TODAY);
    const owners = json(root).owners;
    expect(owners.map((owner) => owner.owner)).not.toContain('helena-brandt');
    expect(owners.find((owner) => owner.owner === 'ada-okafor')!.items.map((item) => item.kind)).toEqual(['agreement-renewal-due', 'milestone-overdue']);
  });

  it('says when nothing needs attention', () => {
    const root = commandHandbook();
    expect(report(root, '--owner', 'jonas-weber').stdout).toBe('Nothing in the handbook needs attention from `jonas-weber` as of 2026-11-23.\n');
  });

  it('reads the starter handbook', () => {
    const result = json(starterHandbook());
    expect(result.owners.length).toBeGreaterThan(0);
    expect(result.owners.flatMap((owner) => owner.items.map((item) => item.kind))).toContain('agreement-renewal-due');
  });

  describe('--out-dir', () => {
    it('writes one issue body per owner into a new folder', () => {
      const root = commandHandbook();
      const result = report(root, '--out-dir', 'upkeep');
      expect(result).toMatchObject({ status: 0, stdout: 'upkeep/helena-brandt.md\nupkeep/ip-legal.md\nupkeep/knowledge.md\nupkeep/priya-raman.md\n4 issue bodies.\n' });
      expect(read(root, 'upkeep/priya-raman.md')).toBe(report(root, '--owner', 'priya-raman').stdout);
    });

    it('writes nothing with --dry-run', () => {
      const root = commandHandbook();
      const before = snapshot(root);
      expect(report(root, '--out-dir', 'upkeep', '--dry-run').stdout).toMatch(/4 issue bodies\.\nDry run: nothing was written\.\n$/);
      expect(changedFiles(before, snapshot(root))).toEqual([]);
      expect(existsSync(join(root, 'upkeep'))).toBe(false);
    });

    it('refuses a folder that is not empty', () => {
      const root = commandHandbook();
      writeFiles(root, { 'upkeep/old.md': 'last week\n' });
      expect(report(root, '--out-dir', 'upkeep')).toMatchObject({ status: 1, stderr: '`upkeep` is not empty; give a new or empty folder, so no issue body from an earlier run is mistaken for this one\n' });
    });
  });

  describe('refuses', () => {
    it('an unknown owner, with a suggestion', () => {
      expect(report(commandHandbook(), '--owner', 'ip-legl')).toMatchObject({ status: 1, stdout: '', stderr: '`--owner ip-legl` is not in the people directory or a team; did you mean `ip-legal`?\n' });
    });

    it('a format, a window or a day it cannot read', () => {
      const root = commandHandbook();
      expect(report(root, '--format', 'html')).toMatchObject({ status: 2, stderr: '`--format html` is not a format; use `md` or `json`; run `npm run report -- --help` for the options\n' });
      expect(report(root, '--within', 'soon')).toMatchObject({ status: 2, stderr: '`--within soon` is not an interval; write it like `30d`, `6w` or `3m`; run `npm run report -- --help` for the options\n' });
      expect(run('report', root, '--today', '2026-13-01').status).toBe(2);
    });

    it('a folder that is not a handbook', () => {
      const root = commandHandbook();
      expect(run('report', join(root, 'content'))).toMatchObject({ status: 2, stderr: 'There is no `content/` folder here; run the command in the handbook root, the folder with `content/` and `baton.config.yml`\n' });
    });
  });

  it('explains itself with --help', () => {
    expect(run('report', commandHandbook(), '--help').stdout).toMatch(/^Usage: npm run report -- \[options\]/);
  });
});
