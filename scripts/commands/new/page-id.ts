/** Turns a title into the id (and file name) of a new page: lower-case ASCII words joined by hyphens. */

const LONGEST_ID = 80;

/** `Freedom-to-operate: Über check` → `freedom-to-operate-uber-check`; empty when the title has no letters or digits. */
export function idFromTitle(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= LONGEST_ID) return words;
  // Cut long titles at a word boundary so the id stays readable in a URL.
  const cut = words.slice(0, LONGEST_ID + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : LONGEST_ID);
}
