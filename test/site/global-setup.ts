/**
 * Builds each handbook the site tests need once per run, one after another (builds share Astro's
 * `.astro/` folder), and hands the output folders and logs to the tests. A build that should succeed
 * and fails stops the run with its own output. Runs on one machine take turns (see `run-lock.ts`).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildHandbook, type BuildResult } from '../helpers/build-handbook.ts';
import { createFixtureRepository, shallowClone } from '../helpers/fixture-repo.ts';
import { projectRoot, scratchDir } from '../helpers/project.ts';
import { acquireRunLock } from '../helpers/run-lock.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built starter handbook. */
    starterSite: string;
    /** The `fieldnotes` fixture, built from a git repository with its full history. */
    fixtureSite: string;
    /** The same repository cloned with `--depth 2`, as CI checkouts often are. */
    shallowSite: string;
    /** The fixture with `site.include_confidential: true`. */
    confidentialSite: string;
    /** The fixture with a page whose confidentiality is `secret`, which no build may publish. */
    unknownConfidentiality: BuildResult & { outDir: string };
    /** The fixture with a second file that maps to the URL of an existing page. */
    routeCollision: BuildResult & { outDir: string };
    /** The fixture built twice (content cache kept), with one page's title and another's text changed in between. */
    rebuild: { site: string; output: string };
  }
}

/** The fixture every browser and build test uses. */
export const FIXTURE = join(projectRoot, 'test/fixtures/sites/fieldnotes');

export default async function setup(project: TestProject): Promise<() => void> {
  const release = await acquireRunLock(join(scratchDir(''), 'site-tests.lock'));
  try {
    await buildAll(project);
  } catch (error) {
    release();
    throw error;
  }
  return release;
}

async function buildAll(project: TestProject): Promise<void> {
  const sites = scratchDir('sites');
  const handbooks = scratchDir('handbooks');
  const build = async (name: string, handbook?: string, { mustSucceed = true } = {}) => {
    const outDir = join(sites, name);
    rmSync(outDir, { recursive: true, force: true });
    // West of UTC, where a date-only value read as UTC midnight would show as the day before.
    const result = await buildHandbook({ outDir, ...(handbook && { handbook }), env: { TZ: 'America/Los_Angeles' } });
    if (mustSucceed && result.exitCode !== 0) throw new Error(`The ${name} handbook did not build:\n${result.output}`);
    return { ...result, outDir };
  };
  const copy = (name: string) => {
    const folder = join(handbooks, name);
    createFixtureRepository(FIXTURE, folder);
    return folder;
  };

  project.provide('starterSite', (await build('starter')).outDir);

  const repository = copy('fieldnotes');
  project.provide('fixtureSite', (await build('fieldnotes', repository)).outDir);

  const shallow = join(handbooks, 'fieldnotes-shallow');
  shallowClone(repository, shallow, 2);
  project.provide('shallowSite', (await build('fieldnotes-shallow', shallow)).outDir);

  const confidential = copy('fieldnotes-confidential');
  edit(join(confidential, 'baton.config.yml'), 'include_confidential: false', 'include_confidential: true');
  project.provide('confidentialSite', (await build('fieldnotes-confidential', confidential)).outDir);

  const unknown = copy('fieldnotes-unknown');
  edit(join(unknown, 'content/partners/royalty-terms.md'), 'confidentiality: confidential', 'confidentiality: secret');
  project.provide('unknownConfidentiality', await build('fieldnotes-unknown', unknown, { mustSucceed: false }));

  const colliding = copy('fieldnotes-collision');
  writeFileSync(join(colliding, 'content/playbooks/Sample Intake.md'), readFileSync(join(colliding, 'content/playbooks/sample-intake.md')));
  project.provide('routeCollision', await build('fieldnotes-collision', colliding, { mustSucceed: false }));

  const changing = copy('fieldnotes-rebuild');
  await build('fieldnotes-rebuild', changing);
  edit(join(changing, 'content/playbooks/labelling-rules.md'), 'title: Labelling rules', 'title: Label rules, second edition');
  edit(join(changing, 'content/playbooks/bench-etiquette.mdx'), 'Book instruments a day ahead.', 'Book instruments two days ahead.');
  const rebuilt = await build('fieldnotes-rebuild', changing);
  project.provide('rebuild', { site: rebuilt.outDir, output: rebuilt.output });
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(file, text.replace(from, to));
}
