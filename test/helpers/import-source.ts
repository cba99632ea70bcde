/** Imports a source style's fixture into a fresh handbook, as a user would, and reads what it wrote. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scratchDir } from './project.ts';
import { runScript, type CliRun } from './run-cli.ts';
import { copySource, type SourceStyle } from './source-styles.ts';

/** A finished import: the source copy, the new handbook, the run, and where the side-effect marker would be. */
export interface Imported {
  source: string;
  root: string;
  run: CliRun;
  /** A file that `---js` frontmatter would write if it were ever run. */
  sideEffect: string;
  /** The new file of each source page (source path → handbook path), from the import report. */
  files: Map<string, string>;
}

/** Imports `style` into a new handbook under the project's scratch folder (the site build reads handbooks from there). */
export function importStyle(style: SourceStyle, extraArgs: string[] = []): Imported {
  const source = copySource(style);
  const root = mkdtempSync(join(scratchDir('imports'), `${style.name}-`));
  const sideEffect = join(mkdtempSync(join(tmpdir(), 'baton-side-effect-')), 'ran');
  const run = runScript('import', [source, '--into', root, ...extraArgs], root, { BATON_SIDE_EFFECT: sideEffect });
  let report = '';
  try {
    report = readFileSync(join(root, 'import-report.md'), 'utf8');
  } catch {
    // No report: the run failed, which the test says.
  }
  const files = new Map([...report.matchAll(/^- `([^`]+)` → `(content\/[^`]+)`/gm)].map((match) => [match[1]!, match[2]!]));
  return { source, root, run, sideEffect, files };
}
