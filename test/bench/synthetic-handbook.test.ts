import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../scripts/checker/run-check.ts';
import { writeSyntheticHandbook } from '../../scripts/bench/synthetic-handbook.ts';
import { runScript } from '../helpers/run-cli.ts';
import { projectRoot } from '../helpers/project.ts';

const temporary = () => mkdtempSync(join(tmpdir(), 'baton-bench-test-'));

/** Every file under `root`, relative to it, with its text. */
function snapshot(root: string): Record<string, string> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(files.map((entry) => [relative(root, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), 'utf8')]));
}

describe('the benchmark’s synthetic handbooks', () => {
  it('are the same, byte for byte, for the same size and shape', () => {
    for (const shape of ['even', 'nested'] as const) {
      const first = temporary();
      const second = temporary();
      writeSyntheticHandbook(first, 60, { shape });
      writeSyntheticHandbook(second, 60, { shape });
      expect(snapshot(second)).toEqual(snapshot(first));
    }
  });

  it('put nearly every page of a nested handbook in a playbook folder two to four levels deep', () => {
    const { files, pages } = writeSyntheticHandbook(temporary(), 200, { shape: 'nested' });
    const depths = files.filter((file) => file.startsWith('content/playbooks/')).map((file) => file.split('/').length - 3);
    expect(depths.length).toBeGreaterThanOrEqual(pages * 0.9);
    expect(new Set(depths)).toEqual(new Set([2, 3, 4]));
  });

  it('link a nested handbook’s pages across folders by relative paths, and some by site paths', () => {
    const root = temporary();
    const { files } = writeSyntheticHandbook(root, 200, { shape: 'nested' });
    const text = files.map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
    expect(text).toMatch(/\]\((?:\.\.\/){2,}[a-z0-9/-]+\/playbook-\d{5}\.md/);
    expect(text).toMatch(/\]\(\/playbooks\/playbook-\d{5}\/(?:#[a-z0-9-]+)?\)/);
  });

  it('give the full check exactly the planted broken links and anchors, and nothing else, in both shapes', async () => {
    for (const shape of ['even', 'nested'] as const) {
      const root = temporary();
      const { planted } = writeSyntheticHandbook(root, 150, { shape });
      const { diagnostics } = await runCheck({ root, paths: ['content'], only: [], today: '2026-11-23', cachePath: false });
      const found = diagnostics.map(({ file, line, column, ruleId }) => `${file}:${line}:${column} ${ruleId}`).sort();
      const expected = planted.map(({ file, line, column, kind }) => `${file}:${line}:${column} ${kind === 'missing-page' ? 'broken-link' : 'broken-anchor'}`).sort();
      expect({ shape, found }).toEqual({ shape, found: expected });
    }
  });
});

describe('npm run bench', () => {
  it('explains its options with --help', () => {
    const run = runScript('bench', ['--help'], projectRoot);
    expect(run.status).toBe(0);
    for (const option of ['--only <bench>', '--sizes <list>', '--shapes <list>', '--runs <n>', '--remark-up-to <n>', '--baseline <folder>', '--no-starlight', '--work-dir <folder>']) expect(run.stdout).toContain(option);
  });

  it('refuses an unknown shape with exit code 2, before measuring anything', () => {
    const run = runScript('bench', ['--shapes', 'flat'], projectRoot);
    expect(run).toEqual({ status: 2, stdout: '', stderr: '`--shapes` takes `even` and `nested`, not `flat`; see `npm run bench -- --help`\n' });
  });
});
