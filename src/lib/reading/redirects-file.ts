/**
 * `baton.redirects.yml`: old addresses of an imported site and the page that answers each now, which
 * the build serves as redirect pages. `npm run import` writes it; people may edit it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

/** The redirects file, in the handbook root. */
export const REDIRECTS_FILE = 'baton.redirects.yml';

/** Why the redirects cannot be used. */
export class RedirectsFileError extends Error {}

/** The redirects of the handbook at `root` (old path → new path), none when it has no file. */
export function readRedirects(root: string): Record<string, string> {
  const path = join(root, REDIRECTS_FILE);
  if (!existsSync(path)) return {};
  let data: unknown;
  try {
    data = load(readFileSync(path, 'utf8')) ?? {};
  } catch (error) {
    throw new RedirectsFileError(`\`${REDIRECTS_FILE}\` is not YAML (${(error as Error).message.split('\n')[0]}); write one \`/old/path/: /new/path/\` per line`);
  }
  if (typeof data !== 'object' || Array.isArray(data)) throw new RedirectsFileError(`\`${REDIRECTS_FILE}\` must map old paths to new ones; write one \`/old/path/: /new/path/\` per line`);
  const redirects: Record<string, string> = {};
  for (const [from, to] of Object.entries(data as Record<string, unknown>)) {
    if (!from.startsWith('/') || typeof to !== 'string' || !to.startsWith('/')) throw new RedirectsFileError(`\`${REDIRECTS_FILE}\` maps \`${from}\` to \`${String(to)}\`; both must be paths of the site starting with \`/\``);
    redirects[from] = to;
  }
  return redirects;
}
