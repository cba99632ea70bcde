import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { unitProject } from './vitest.config.ts';

/**
 * Runs the test files that failed last time first, then the quickest. Stryker stops a mutant's run
 * at its first failing test, and a mutant is most often caught by the small test of its own module:
 * Vitest's own order (the slowest first) would run whole-handbook checks before it.
 */
class QuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const results = new Map(files.map((file) => [file, this.ctx.cache.getTestSpecificationResult(file)]));
    const failed = (file: TestSpecification) => (results.get(file)?.failed ? 0 : 1);
    const duration = (file: TestSpecification) => results.get(file)?.duration ?? Number.MAX_SAFE_INTEGER;
    return [...files].sort((a, b) => failed(a) - failed(b) || duration(a) - duration(b));
  }
}

// What Stryker runs (`stryker.config.mjs`): the unit project alone. The site project builds whole
// handbooks with Astro in its set-up, which would cost minutes per run and kill no mutant the unit
// tests leave alive.
export default defineConfig({ test: { ...unitProject.test, sequence: { sequencer: QuickestFirst } } });
