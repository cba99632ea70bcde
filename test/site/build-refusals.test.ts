import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../scripts/checker/run-check.ts';
import { formatDiagnostics } from '../../src/lib/printing/format-diagnostics.ts';
import { buildHandbook } from '../helpers/build-handbook.ts';
import { projectRoot, scratchDir, TEST_TODAY } from '../helpers/project.ts';

/** A copy of the rule-base handbook inside the project (the build reads handbooks from there), plus files. */
function handbookWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(scratchDir('refusals'), 'handbook-'));
  cpSync(join(projectRoot, 'test/fixtures/rule-base'), root, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const frontmatter = ['---', 'title: Payload', 'summary: A page that tries to run code.', 'owner: ada-okafor', 'last_reviewed: 2026-10-01', 'review_every: 1y', 'status: active', 'functions: [legal]', '---', ''].join('\n');

describe('the site build refuses content it must not run or publish', () => {
  it('stops on frontmatter problems with exactly the lines npm run check prints', async () => {
    const root = handbookWith({
      'content/playbooks/typo.md': frontmatter.replace('owner: ada-okafor', 'ownr: ada-okafor').replace('last_reviewed: 2026-10-01', 'last_reviewed: 2026-02-30'),
      'content/playbooks/js.md': '---js\n{ title: "x" }\n---\n',
    });
    const { diagnostics } = await runCheck({ root, paths: ['content'], only: ['schema'], today: TEST_TODAY, cachePath: false });
    expect(diagnostics).toHaveLength(4);
    const result = await buildHandbook({ handbook: root, outDir: join(root, 'dist') });
    expect(result.exitCode).not.toBe(0);
    for (const line of formatDiagnostics(diagnostics, 'text').split('\n').filter((text) => text.includes(':') && text.includes('error'))) {
      expect(result.output).toContain(line);
    }
    expect(result.output).not.toMatch(/Stack trace|\n\s+at /);
  }, 120_000);

  it('stops before compiling an MDX page that imports Node, and its side effect never happens', async () => {
    const marker = join(scratchDir('refusals'), `pwned-${process.pid}`);
    const root = handbookWith({
      'content/playbooks/payload.mdx': `${frontmatter}\nimport { execSync } from 'node:child_process';\nexport const ran = execSync('touch ${marker}').toString();\n\nRan: {ran}. Environment: {JSON.stringify(process.env)}\n`,
    });
    const result = await buildHandbook({ handbook: root, outDir: join(root, 'dist') });
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toContain('MDX imports `node:child_process`, which is not one of the project\'s components');
    expect(result.output).toContain('MDX `export` runs code when the site is built');
    expect(result.output).toContain('mdx-code');
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(root, 'dist', 'index.html'))).toBe(false);
  }, 120_000);

  it('refuses script, event handlers and javascript: links in a Markdown page', async () => {
    const root = handbookWith({ 'content/playbooks/payload.md': `${frontmatter}\n<img src="x" onerror="alert(1)">\n\n[click](JaVaScRiPt:alert(1))\n` });
    const result = await buildHandbook({ handbook: root, outDir: join(root, 'dist') });
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toContain('content/playbooks/payload.md:11:1  error    HTML attribute `onerror` runs script, which the site does not allow');
    expect(result.output).toContain('content/playbooks/payload.md:13:1  error    Link uses the `javascript:` scheme, which the site does not allow');
  }, 120_000);

  it('refuses a symlink that leads out of the content folder, and a slug that would climb out of its folder', async () => {
    const root = handbookWith({ 'content/playbooks/climb.md': `${frontmatter.replace('status: active', 'status: active\nslug: ../../etc/passwd')}\nText.\n` });
    symlinkSync('/etc/hostname', join(root, 'content/playbooks/host.md'));
    const result = await buildHandbook({ handbook: root, outDir: join(root, 'dist') });
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toContain('content/playbooks/host.md:1:1  error    File is a symlink that leads outside its folder, to `/etc/hostname`; replace the symlink with the file itself  unsafe-path');
    expect(result.output).toContain('content/playbooks/climb.md:8:1  error    Unknown field `slug`');
  }, 120_000);

  it('refuses a published page that links to a draft or a confidential page, in the words of npm run check', async () => {
    const root = handbookWith({
      'content/playbooks/public.md': `${frontmatter}\nSee [the draft](./draft-terms.md) and [the royalties](/playbooks/royalty-terms/#rates).\n`,
      'content/playbooks/draft-terms.md': `${frontmatter.replace('status: active', 'status: draft')}\nNot yet.\n`,
      'content/playbooks/royalty-terms.md': `${frontmatter.replace('status: active', 'status: active\nconfidentiality: confidential')}\n## Rates\n`,
    });
    const { diagnostics } = await runCheck({ root, paths: ['content'], only: ['link-to-unpublished'], today: TEST_TODAY, cachePath: false });
    expect(diagnostics.map(({ line, column }) => `${line}:${column}`)).toEqual(['11:5', '11:39']);
    const result = await buildHandbook({ handbook: root, outDir: join(root, 'dist') });
    expect(result.exitCode).not.toBe(0);
    for (const line of formatDiagnostics(diagnostics, 'text').split('\n').filter((text) => text.includes('link-to-unpublished'))) {
      expect(result.output).toContain(line);
    }
    expect(existsSync(join(root, 'dist', 'index.html'))).toBe(false);
  }, 120_000);

  it('stops on a credential, an unknown owner, a broken link and an MDX component never imported, as npm run check does, and writes no byte of the credential', async () => {
    const key = ['AKIA', 'Z7QWERTYUIOPASDF'].join('');
    const root = handbookWith({
      'content/playbooks/leaky.md': `${frontmatter.replace('owner: ada-okafor', 'owner: nobody-here')}\nDeploy with ${key} and read [the runbook](./no-such-runbook.md).\n`,
      'content/playbooks/highlighted.mdx': `${frontmatter}\nAsk the <Highlight>mentor</Highlight> first.\n`,
    });
    const { diagnostics } = await runCheck({ root, paths: ['content'], only: [], kinds: ['content'], today: TEST_TODAY, cachePath: false });
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId).sort()).toEqual(['broken-link', 'mdx-unknown-component', 'secret', 'unknown-person']);
    const result = await buildHandbook({ handbook: root, outDir: join(root, 'dist') });
    expect(result.exitCode).not.toBe(0);
    for (const line of formatDiagnostics(diagnostics, 'text').split('\n').filter((text) => text.includes('  error  '))) expect(result.output).toContain(line);
    expect(result.output).toContain('The handbook has 4 content errors; `npm run check` reports the same');
    expect(result.output).not.toContain(key);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  }, 120_000);

  it('builds a handbook whose only problem is an overdue review, and shows the page as overdue', async () => {
    const root = handbookWith({ 'content/playbooks/stale.md': `${frontmatter.replace('last_reviewed: 2026-10-01', 'last_reviewed: 2024-01-15')}\nStill true, probably.\n` });
    const { diagnostics } = await runCheck({ root, paths: ['content'], only: [], today: TEST_TODAY, cachePath: false });
    expect(diagnostics.map((diagnostic) => `${diagnostic.ruleId} ${diagnostic.severity}`)).toEqual(['review-overdue error']);
    const result = await buildHandbook({ handbook: root, outDir: join(root, 'dist') });
    expect(result.exitCode).toBe(0);
    const page = readFileSync(join(root, 'dist/playbooks/stale/index.html'), 'utf8');
    expect(page).toContain('This page is overdue for review.');
    expect(page).toContain('<span class="badge overdue" title="Next review 15 Jan 2025">Overdue</span>');
  }, 120_000);

  it('fails with a clear message when BATON_HANDBOOK names a folder with no Baton pages', async () => {
    const empty = mkdtempSync(join(scratchDir('refusals'), 'foreign-'));
    writeFileSync(join(empty, 'README.md'), '# A wiki\n');
    const noContent = await buildHandbook({ handbook: empty, outDir: join(empty, 'dist') });
    expect(noContent.exitCode).not.toBe(0);
    expect(noContent.output).toContain(`\`${empty}\` is not a Baton handbook: it has no \`content/\` folder`);
    mkdirSync(join(empty, 'content/guides'), { recursive: true });
    writeFileSync(join(empty, 'content/guides/setup.md'), '# Setup\n');
    const foreign = await buildHandbook({ handbook: empty, outDir: join(empty, 'dist') });
    expect(foreign.exitCode).not.toBe(0);
    expect(foreign.output).toContain(`\`${empty}\` holds no Baton pages`);
    expect(existsSync(join(empty, 'dist'))).toBe(false);
  }, 120_000);
});
