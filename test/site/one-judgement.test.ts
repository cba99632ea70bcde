/**
 * One judgement of attention: on one handbook, the checker, the weekly report and the built site say
 * the same about what needs attention, word for word where they show words. The handbook holds the
 * cases where they once disagreed: a retired page past its review date (never due), an active page
 * past it (due), an agreement past its end, and a late handover.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../scripts/checker/run-check.ts';
import type { Diagnostic } from '../../src/lib/diagnostic.ts';
import { buildHandbook } from '../helpers/build-handbook.ts';
import { hasClass, hrefs, labelledBy, readPage, text, within } from '../helpers/html.ts';
import { projectRoot, scratchDir, TEST_TODAY } from '../helpers/project.ts';
import { runScript } from '../helpers/run-cli.ts';

const page = (fields: string[], body: string) => ['---', ...fields, '---', '', body, ''].join('\n');
const reviewed = (date: string, status = 'active') => ['owner: ada-okafor', `last_reviewed: ${date}`, 'review_every: 1y', `status: ${status}`];

const FILES: Record<string, string> = {
  'content/playbooks/old-method.md': page(['title: The old method', 'summary: How we did it before 2024.', ...reviewed('2023-01-10', 'retired'), 'functions: [legal]'], 'Kept for the record.'),
  'content/playbooks/stale-method.md': page(['title: The stale method', 'summary: How we do it, unreviewed for too long.', ...reviewed('2025-03-01'), 'functions: [legal]'], 'Still in use.'),
  'content/partners/lapsed-licence.md': page(
    [
      'title: Lapsed licence with Orrin Labs',
      'summary: A licence whose term has run out.',
      ...reviewed('2026-10-01'),
      'partner: Orrin Labs',
      'kind: licensing',
      'start: 2023-01-01',
      'end: 2026-10-31',
      'renewal_notice: 90d',
      'scope: Sensor coatings in the EU.',
      'objectives: [Royalties from coatings]',
      'resources: Each side pays its own costs.',
      'ip: { background: Each keeps its own., foreground: Ours. }',
      'escalation: [{ level: Licence managers, contact: Both sides, person: ada-okafor }]',
    ],
    'The licence ran out.',
  ),
  'content/handovers/late-handover.md': page(
    [
      'title: Head of IP, Ada to Jonas',
      'summary: Ada hands the role to Jonas.',
      ...reviewed('2026-11-01'),
      'role: head-of-ip',
      'from: ada-okafor',
      'to: jonas-weber',
      'due: 2026-11-10',
      'state: in-progress',
      'open_matters: [{ matter: Opposition against EP 1, done: false }]',
    ],
    'Under way.',
  ),
};

/** `file rule message` for each time finding, in the checker's words. */
const described = (diagnostics: readonly Diagnostic[]) => diagnostics.map((diagnostic) => `${diagnostic.file} ${diagnostic.ruleId} ${diagnostic.message}`).sort();

describe('the checker, the weekly report and the built site judge attention the same way', () => {
  let root: string;
  let site: string;
  let checked: Diagnostic[];

  beforeAll(async () => {
    root = mkdtempSync(join(scratchDir('one-judgement'), 'handbook-'));
    cpSync(join(projectRoot, 'test/fixtures/rule-base'), root, { recursive: true });
    for (const [path, text] of Object.entries(FILES)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    checked = (await runCheck({ root, paths: ['content'], only: [], today: TEST_TODAY, cachePath: false })).diagnostics;
    site = join(root, 'dist');
    const build = await buildHandbook({ handbook: root, outDir: site });
    expect(build.exitCode, build.output).toBe(0);
  }, 180_000);

  it('the checker finds the overdue page, the ended agreement and the late handover, and nothing on the retired page', () => {
    expect(described(checked)).toEqual([
      'content/handovers/late-handover.md handover-overdue Handover was due on 2026-11-10 and 1 checklist item is still open: `Opposition against EP 1`',
      'content/partners/lapsed-licence.md agreement-expired Agreement with Orrin Labs ended on 2026-10-31 (23 days ago)',
      'content/playbooks/stale-method.md review-overdue Review was due on 2026-03-01 (267 days ago)',
    ]);
  });

  it('the report lists the same findings, in the same words, under the owner', () => {
    const report = JSON.parse(runScript('report', ['--format', 'json', '--today', TEST_TODAY], root).stdout) as { owners: { owner: string; items: { kind: string; path: string; message: string }[] }[] };
    const items = report.owners.flatMap((owner) => owner.items.map((item) => `${item.path} ${item.kind} ${item.message}`)).sort();
    expect(items).toEqual(described(checked));
  });

  it('the site marks the same pages, and never the retired one', () => {
    const dashboard = readPage(site, '/dashboard/');
    const pages = (section: string) => hrefs(within(dashboard.find(labelledBy(section))!)).filter((href) => !href.startsWith('/people/'));
    expect(pages('overdue')).toEqual(['/playbooks/stale-method/']);
    expect(pages('renewals')).toEqual(['/partners/lapsed-licence/']);
    expect(text(dashboard.find(labelledBy('renewals'))!)).toContain('Ended');
    expect(pages('late-handovers')).toEqual(['/handovers/late-handover/']);
    expect(dashboard.all(hasClass('stat')).map(text)).toContain('1 Overdue');

    const retired = readPage(site, '/playbooks/old-method/');
    expect(retired.all(hasClass('overdue'))).toEqual([]);
    expect(retired.all(hasClass('banner')).map(text)).toEqual([]);
    expect(text(retired.find(hasClass('facts'))!)).toContain('None: a retired page is not reviewed');

    const stale = readPage(site, '/playbooks/stale-method/');
    expect(stale.all(hasClass('overdue')).map(text)).toEqual(['Overdue']);
    expect(stale.all(hasClass('banner')).map(text)[0]).toMatch(/^This page is overdue for review\. Its review was due on 1 Mar 2026/);

    expect(readPage(site, '/partners/lapsed-licence/').all(hasClass('banner')).map(text)).toContain('Renewal: Ended 23 days ago.');
    expect(readPage(site, '/handovers/late-handover/').all(hasClass('banner')).map(text)[0]).toMatch(/^This handover is overdue:/);
  });
});
