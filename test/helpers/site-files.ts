/** Every file of a built site, read as text; Pagefind's index files are decompressed first. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { globSync } from 'tinyglobby';

/** A file of the built site and its text. */
export interface SiteFile {
  path: string;
  text: string;
}

/** Every file under `site`, with `.pf_*` and `.pagefind` files gunzipped (Pagefind compresses them). */
export function readSiteFiles(site: string): SiteFile[] {
  return globSync('**/*', { cwd: site, dot: true }).map((path) => {
    const bytes = readFileSync(join(site, path));
    const compressed = bytes[0] === 0x1f && bytes[1] === 0x8b;
    return { path, text: (compressed ? gunzipSync(bytes) : bytes).toString('utf8') };
  });
}

/** The HTML pages of a built site. */
export function readSitePages(site: string): SiteFile[] {
  return readSiteFiles(site).filter((file) => file.path.endsWith('.html'));
}
