/**
 * Turns the links authors write (relative `.md` files, as the forge previews them) into the URLs the
 * site serves. It asks `resolveLink`, the same module the checker judges links with, so a link the
 * checker accepts is a link that works on the site.
 */
import { decodeHTMLAttribute } from 'entities';
import { entryHref, resolveLink } from '../../lib/judging/link-target.ts';
import { PAGE_EXTENSIONS } from '../../lib/reading/entry-id.ts';

/** The folder whose files the site serves at its root. */
const PUBLIC_FOLDER = 'public/';

/**
 * The site URL for `url` written in `fromFile` (handbook-relative): a new URL, `undefined` to leave
 * the link as written, or `null` when the site cannot serve the target at all (a partial, a file
 * outside the handbook), so the link is shown as text rather than published broken.
 */
export function siteUrlForLink(url: string, fromFile: string): string | null | undefined {
  const target = resolveLink(url, fromFile);
  const hash = (anchor: string | undefined) => (anchor ? `#${encodeURIComponent(anchor)}` : '');
  switch (target.kind) {
    case 'entry':
      return entryHref(target.collection, target.id, target.anchor);
    case 'route':
      return `${target.path}${hash(target.anchor)}`;
    case 'file':
      if (target.path.startsWith(PUBLIC_FOLDER)) return `/${target.path.slice(PUBLIC_FOLDER.length)}${hash(target.anchor)}`;
      return isPagePath(target.path) ? null : undefined;
    case 'outside':
      return null;
    case 'external':
    case 'same-page':
    case 'asset':
      return undefined;
  }
}

function isPagePath(path: string): boolean {
  return PAGE_EXTENSIONS.some((extension) => path.endsWith(extension));
}

/** An opening tag with its attributes; quoted values may hold `>`. */
const OPENING_TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
const URL_ATTRIBUTE = /(\s)(href|src)(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/** Raw HTML with its `href` and `src` values rewritten like Markdown links (a `null` answer drops the attribute). */
export function rewriteHtmlLinks(html: string, fromFile: string): string {
  if (!/\s(?:href|src)\s*=/i.test(html)) return html;
  return html.replace(OPENING_TAG, (tag) =>
    tag.replace(URL_ATTRIBUTE, (attribute, space: string, name: string, equals: string, double?: string, single?: string, bare?: string) => {
      // Decoded as a browser reads an attribute (and as the checker reads it), so both judge the same URL.
      const value = decodeHTMLAttribute(double ?? single ?? bare ?? '');
      const rewritten = siteUrlForLink(value, fromFile);
      if (rewritten === undefined) return attribute;
      if (rewritten === null) return '';
      return `${space}${name}${equals}"${rewritten.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
    }),
  );
}
