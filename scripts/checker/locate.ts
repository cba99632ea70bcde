/** Where a frontmatter value of a checked file was written, worked out only when a finding needs it. */
import type { Position } from '../../src/lib/diagnostic.ts';
import { locateIn } from '../../src/lib/reading/positioned-yaml.ts';
import { frontmatterPositions } from '../../src/lib/reading/read-entry.ts';
import type { CheckedFile } from './model.ts';

/** The position of the value at `path` in `file`'s frontmatter (or of its key, with `{ key: true }`). */
export function locate(file: CheckedFile, path: readonly PropertyKey[], options?: { key?: boolean }): Position {
  return locateIn(frontmatterPositions(file.frontmatter), path, options);
}
