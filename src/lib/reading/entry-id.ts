/** How a content file's name becomes its id and URL, for the site and the checker alike. */
import { slug } from 'github-slugger';

/** Extensions the site reads as pages, exactly as written (the site's glob is case-sensitive). */
export const PAGE_EXTENSIONS = ['.md', '.mdx'] as const;

/** The site's glob over one collection folder; names starting with `_` are partials, not pages. */
export const PAGE_GLOB = ['**/*.{md,mdx}', '!**/_*', '!**/_*/**'];

/** The file name without its folder and extension: `content/roles/head-of-ip.md` → `head-of-ip`. */
export function fileStem(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The id of the entry a file holds: its file name, turned into a URL-safe slug if it is not one. */
export function entryIdFromPath(path: string): string {
  return slug(fileStem(path));
}

/** Whether a path inside a collection folder is a partial (any segment starting with `_`). */
export function isPartialPath(relativePath: string): boolean {
  return relativePath.split('/').some((segment) => segment.startsWith('_'));
}
