/**
 * Builds each handbook the site tests need once per run, before any of them starts, and hands the
 * output folders to the tests. A failed build fails the run with the build's own output.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildHandbook } from '../helpers/build-handbook.ts';
import { scratchDir } from '../helpers/project.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built starter handbook. */
    starterSite: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const sites = scratchDir('sites');
  const starterSite = join(sites, 'starter');
  rmSync(starterSite, { recursive: true, force: true });
  const starter = await buildHandbook({ outDir: starterSite });
  if (starter.exitCode !== 0) throw new Error(`The starter handbook did not build:\n${starter.output}`);
  project.provide('starterSite', starterSite);
}
