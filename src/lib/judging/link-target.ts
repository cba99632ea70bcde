/**
 * Works out what a link in a page points at, from the URL as written and the file it is written in.
 * The checker uses the answer to judge the link; the site uses the same answer to rewrite it to a
 * site URL. Pure string work: nothing here looks at the disk.
 */
import { posix } from 'node:path';
import { collectionNames, type CollectionName } from '../../schemas/index.ts';
import { entryIdFromPath, isPartialPath, PAGE_EXTENSIONS } from '../reading/entry-id.ts';

/** Where a link leads. Paths are relative to the handbook root, with forward slashes. */
export type LinkTarget =
  | { kind: 'external'; url: string }
  | { kind: 'same-page'; anchor: string }
  | { kind: 'entry'; collection: CollectionName; id: string; anchor?: string; file?: string }
  | { kind: 'route'; path: string; anchor?: string }
  | { kind: 'asset'; path: string }
  | { kind: 'file'; path: string; anchor?: string }
  | { kind: 'outside'; path: string };

/** The folder under the handbook root that holds the collections. */
export const CONTENT_FOLDER = 'content';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Resolves `url` written in the file at `fromFile` (handbook-relative, e.g. `content/roles/x.md`). */
export function resolveLink(url: string, fromFile: string): LinkTarget {
  const trimmed = url.trim();
  if (SCHEME.test(trimmed) || trimmed.startsWith('//')) return { kind: 'external', url: trimmed };
  const hashAt = trimmed.indexOf('#');
  const anchor = hashAt === -1 ? undefined : decode(trimmed.slice(hashAt + 1));
  const beforeHash = hashAt === -1 ? trimmed : trimmed.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const rawPath = decode(queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt));
  if (rawPath === '') return anchor === undefined ? { kind: 'same-page', anchor: '' } : { kind: 'same-page', anchor };
  if (rawPath.startsWith('/')) return resolveSitePath(rawPath, anchor);
  return resolveRelativePath(rawPath, fromFile, anchor);
}

/** `/playbooks/x/`, `/playbooks/x`, `/playbooks/`, `/images/a.svg`. */
function resolveSitePath(path: string, anchor: string | undefined): LinkTarget {
  const segments = path.split('/').filter(Boolean);
  const withoutIndex = segments.at(-1) === 'index.html' ? segments.slice(0, -1) : segments;
  const [first, second, ...rest] = withoutIndex;
  const looksLikeFile = /\.[a-z0-9]+$/i.test(path) && segments.at(-1) !== 'index.html';
  if (first && isCollection(first) && second && rest.length === 0 && !looksLikeFile) {
    return { kind: 'entry', collection: first, id: second, ...(anchor !== undefined && { anchor }) };
  }
  if (looksLikeFile) return { kind: 'asset', path: segments.join('/') };
  return { kind: 'route', path: withoutIndex.length === 0 ? '/' : `/${withoutIndex.join('/')}/`, ...(anchor !== undefined && { anchor }) };
}

/** `./x.md`, `../roles/y.md#a`, `../roles/`, `diagram.png`. */
function resolveRelativePath(path: string, fromFile: string, anchor: string | undefined): LinkTarget {
  const resolved = posix.normalize(posix.join(posix.dirname(fromFile), path));
  if (resolved === '..' || resolved.startsWith('../')) return { kind: 'outside', path: resolved };
  const clean = resolved.replace(/\/$/, '');
  const segments = clean.split('/');
  if (segments[0] === CONTENT_FOLDER && segments.length === 2 && isCollection(segments[1]!)) {
    return { kind: 'route', path: `/${segments[1]}/`, ...(anchor !== undefined && { anchor }) };
  }
  const extension = PAGE_EXTENSIONS.find((candidate) => clean.endsWith(candidate));
  if (segments[0] === CONTENT_FOLDER && segments.length >= 3 && isCollection(segments[1]!) && extension && !isPartialPath(segments.slice(2).join('/'))) {
    return { kind: 'entry', collection: segments[1] as CollectionName, id: entryIdFromPath(clean), file: clean, ...(anchor !== undefined && { anchor }) };
  }
  return { kind: 'file', path: clean, ...(anchor !== undefined && { anchor }) };
}

function isCollection(name: string): name is CollectionName {
  return (collectionNames as readonly string[]).includes(name);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The site URL of an entry, with an anchor when one is given. */
export function entryHref(collection: CollectionName, id: string, anchor?: string): string {
  return `/${collection}/${encodeURIComponent(id)}/${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}
