/** Paths every test needs: the project root, and a scratch folder that git ignores. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The day tests judge review dates by, so results never depend on when they run. */
export const TEST_TODAY = '2026-11-23';

/** A fresh folder under `test/.tmp/` for one test's files. */
export function scratchDir(name: string): string {
  const path = join(projectRoot, 'test', '.tmp', name);
  mkdirSync(path, { recursive: true });
  return path;
}
