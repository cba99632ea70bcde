/** Links to a file on the forge (its edit page, its history), for the site and the weekly report alike. */

/** `base` (`site.edit_url` or `site.history_url`) plus the file's path, each segment percent-encoded (`#`, spaces). */
export function forgeUrl(base: string, file: string): string {
  return `${base}${file.split('/').map(encodeURIComponent).join('/')}`;
}
