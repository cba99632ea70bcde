import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../scripts/checker/run-check.ts';
import { buildHandbook } from '../helpers/build-handbook.ts';
import { hostilePages, writeHostileHandbook } from '../helpers/hostile-handbook.ts';
import { scratchDir, TEST_TODAY } from '../helpers/project.ts';
import { entryIdFromPath } from '../../src/lib/reading/entry-id.ts';

describe('hostile content', () => {
  it('builds, indexes and checks without a crash or a hang', async () => {
    const root = join(scratchDir('hostile'), 'handbook');
    rmSync(root, { recursive: true, force: true });
    writeHostileHandbook(root);

    const { diagnostics } = await runCheck({ root, paths: ['content'], only: [], today: TEST_TODAY, cachePath: false });
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);

    const outDir = join(root, 'dist');
    const build = await buildHandbook({ handbook: root, outDir });
    expect(build.exitCode, build.output).toBe(0);
    for (const name of Object.keys(hostilePages())) {
      expect(existsSync(join(outDir, 'playbooks', entryIdFromPath(name), 'index.html')), name).toBe(true);
    }
    expect(readdirSync(join(outDir, 'pagefind', 'fragment')).length).toBeGreaterThanOrEqual(Object.keys(hostilePages()).length);
  }, 300_000);
});
