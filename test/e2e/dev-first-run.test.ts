/**
 * A first build as a new author sees it, output going to a file or a CI log rather than a terminal:
 * nothing about the project's own files to worry about, and no raw escape codes.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHandbook } from '../helpers/build-handbook.ts';
import { createFixtureRepository } from '../helpers/fixture-repo.ts';
import { scratchDir } from '../helpers/project.ts';
import { FIXTURE } from '../site/global-setup.ts';

describe('a build whose output is not a terminal', () => {
  it('prints no warning and no colour codes for a handbook with MDX pages', async () => {
    const handbook = join(scratchDir('handbooks'), 'fieldnotes-first-run');
    createFixtureRepository(FIXTURE, handbook);
    // As a shell without NO_COLOR would run it; CI unset, since the colour library turns colour on for CI.
    const result = await buildHandbook({ handbook, outDir: join(scratchDir('sites'), 'fieldnotes-first-run'), env: { NO_COLOR: '', CI: '' } });
    expect(result.exitCode).toBe(0);
    expect(result.output).toContain('Indexed');
    expect(result.output).not.toMatch(/MODULE_LEVEL_DIRECTIVE|\[WARN\]/);
    expect(result.output).not.toContain('\u001b[');
  });
});
