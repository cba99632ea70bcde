/**
 * A short hash of source files. Astro keeps rendered Markdown in its content cache until its config
 * changes; putting this hash of the rendering plugins' code into the config makes a code change
 * re-render every page instead of serving pages rendered by the old code.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A 16-character hash of the contents of `files`. */
export function sourceFingerprint(files: readonly URL[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}
