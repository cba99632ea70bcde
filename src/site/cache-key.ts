/**
 * Keys for Astro's incremental build: a page whose key matches the last build's is copied, not
 * rendered again. A key hashes everything the page shows that is not in its own template, so it
 * changes exactly when the page would.
 */
import { createHash } from 'node:crypto';
import { config } from './settings.ts';

// The settings reach every page (title, links to the forge), so they are part of every key.
const settingsDigest = createHash('sha256').update(JSON.stringify(config)).digest('hex');

/** A key for a page that shows `inputs` (plain data: strings, numbers, arrays, objects). */
export function cacheKey(...inputs: unknown[]): string {
  const hash = createHash('sha256').update(settingsDigest);
  for (const input of inputs) hash.update(JSON.stringify(input) ?? 'undefined').update('\0');
  return hash.digest('hex');
}
