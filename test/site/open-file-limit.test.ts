/**
 * Bounded I/O: a handbook with more files than the process may open at once still checks and builds.
 * The limit is lowered for the child process only (`ulimit -n`), to well under the handbook's size:
 * a reader that opened every file at once would fail with `EMFILE`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticHandbook } from '../../scripts/bench/synthetic-handbook.ts';
import { projectRoot, scratchDir, TEST_TODAY } from '../helpers/project.ts';

const OPEN_FILE_LIMIT = 256;
const PAGES = 700;

/** Runs `command` under bash with the open-file limit lowered, as a user on a strict desktop would. */
function limited(command: string, cwd: string, env: Record<string, string> = {}) {
  return spawnSync('bash', ['-c', `ulimit -n ${OPEN_FILE_LIMIT} && ${command}`], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true', ...env } });
}

describe(`a handbook of more files than ${OPEN_FILE_LIMIT} open at once`, () => {
  const root = join(scratchDir('open-files'), 'nested');
  rmSync(root, { recursive: true, force: true });
  writeSyntheticHandbook(root, PAGES, { shape: 'nested', breaks: false });
  const files = readdirSync(join(root, 'content'), { recursive: true }).length;

  it('is larger than the limit', () => {
    expect(files).toBeGreaterThan(OPEN_FILE_LIMIT * 2);
  });

  it('checks without running out of file handles', () => {
    const result = limited(`${JSON.stringify(process.execPath)} ${JSON.stringify(join(projectRoot, 'scripts/check.ts'))} --no-cache --today ${TEST_TODAY} --only links,schema,secrets`, root);
    expect(result.stderr).not.toContain('EMFILE');
    expect(result.stdout).toMatch(/^0 errors, \d+ warnings?\n$/m);
  });

  it('builds without running out of file handles', () => {
    const outDir = join(root, 'dist');
    const result = limited(`${JSON.stringify(process.execPath)} node_modules/astro/bin/astro.mjs build --outDir ${JSON.stringify(outDir)}`, projectRoot, { BATON_HANDBOOK: root, BATON_TODAY: TEST_TODAY, ASTRO_TELEMETRY_DISABLED: '1' });
    const output = `${result.stdout}${result.stderr}`;
    expect(output).not.toContain('EMFILE');
    expect(result.status, output).toBe(0);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
  }, 600_000);
});
