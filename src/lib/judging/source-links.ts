/**
 * Works out where a link in a Markdown document of another site leads: a folder of Markdown checked
 * with `--only links DIR`, or a handbook being imported. Such a site routes its pages its own way, so
 * the answer depends on how it does (`SourceRouting`): where its pages are served (`--base /docs/`),
 * which file is a folder's own page (`index.md`, `README.md`, `_index.md`), whether `../setup` finds
 * `../setup.md`, whether a page's address ends in `/`, and which folders it serves at its root
 * (`static/`). Wiki links find a page by its name anywhere in the folder; Hugo's `ref` shortcodes by
 * path, then by name. The checker judges a link with this answer and the import rewrites it with the
 * same one. Pure path work: what is on disk is asked of `SourceLookup`.
 */
import { posix } from 'node:path';
import { slug } from 'github-slugger';

/** How the site a folder of Markdown belongs to turns files into pages. */
export interface SourceRouting {
  /** Where the folder's pages are served, with a slash at each end: `/` or `/docs/`. */
  base: string;
  /** File names (without extension) that are a folder's own page. */
  indexNames: readonly string[];
  /** Whether a link without an extension (`../setup`) finds the page file (`../setup.md`). */
  extensionless: boolean;
  /** Whether a link to a page must end in `/` (`always`), must not (`never`), or may do either (`ignore`). */
  trailingSlash: 'ignore' | 'always' | 'never';
  /** Folders (absolute) whose files the site serves at its root, like Hugo's and Docusaurus's `static/`. */
  publicFolders: readonly string[];
}

/** How most static-site generators route Markdown: pages at `/`, any of the usual index names, extensions optional. */
export const DEFAULT_SOURCE_ROUTING: SourceRouting = { base: '/', indexNames: ['index', 'README', '_index'], extensionless: true, trailingSlash: 'ignore', publicFolders: [] };

/** Extensions of Markdown pages, as the discovery of a folder finds them. */
export const MARKDOWN_EXTENSIONS = ['.md', '.mdx', '.markdown', '.mdown'] as const;

/** A folder of Markdown whose links are judged with its own site's routing. */
export interface SourceFolderPaths {
  /** The folder, absolute, forward slashes. */
  absolutePath: string;
  /** Where relative links may lead: the folder's git repository, or the folder itself outside one. */
  boundary: string;
}

/** What is at a path, and which files have a name. */
export interface SourceLookup {
  /** A Markdown page that was read, another file, a folder, or nothing. */
  kindOf(path: string): 'page' | 'file' | 'folder' | undefined;
  /** Files of the folder named `name` (case-insensitively; Markdown pages also by the name without extension), for wiki links. */
  named(name: string): readonly string[];
}

/** Where a link leads. Paths are absolute, with forward slashes. */
export type SourceTarget =
  | { kind: 'external' }
  | { kind: 'same-page'; anchor: string }
  | { kind: 'page'; path: string; anchor?: string }
  | { kind: 'file'; path: string; anchor?: string }
  | { kind: 'outside'; path: string }
  | { kind: 'missing'; path: string; why: 'nothing' | 'folder-without-index' }
  | { kind: 'slash'; path: string; wanted: string }
  | { kind: 'beyond-base'; url: string };

/** A link as the outline read it: its address (or a wiki link's target) and its syntax. */
export interface SourceLink {
  url: string;
  kind: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const EXTENSION = /\.[a-z0-9]+$/i;

/** Resolves a link written in the document at `from` (absolute) of `folder`. */
export function resolveSourceLink(link: SourceLink, from: string, folder: SourceFolderPaths, routing: SourceRouting, lookup: SourceLookup): SourceTarget {
  if (link.kind === 'wiki') return resolveWikiLink(link.url, from, folder, lookup);
  const trimmed = link.url.trim();
  if (SCHEME.test(trimmed) || trimmed.startsWith('//')) return { kind: 'external' };
  const { path, anchor } = splitUrl(trimmed);
  if (path === '') return { kind: 'same-page', anchor: anchor ?? '' };
  if (link.kind === 'ref') return resolveHugoReference(path, anchor, from, folder, routing, lookup);
  if (path.startsWith('/')) return resolveSitePath(path, anchor, folder, routing, lookup);
  const target = posix.join(posix.dirname(from), path);
  if (!isWithin(target, folder.boundary)) return { kind: 'outside', path: target.replace(/\/$/, '') };
  const found = findPage(target, path, routing, lookup);
  if (found.kind === 'missing' && routing.extensionless && !EXTENSION.test(stripSlash(path)) && !isIndexPage(from, routing)) {
    // A pretty address relative to the page's own address (`/guides/intro/` + `../setup/`).
    const fromPage = posix.join(stripExtension(from), path);
    const again = isWithin(fromPage, folder.boundary) ? findPage(fromPage, path, routing, lookup) : found;
    if (again.kind !== 'missing') return withAnchor(again, anchor);
  }
  return withAnchor(found, anchor);
}

/** `/docs/guides/setup/` against the folder served at `--base`, then the folders served at the root. */
function resolveSitePath(path: string, anchor: string | undefined, folder: SourceFolderPaths, routing: SourceRouting, lookup: SourceLookup): SourceTarget {
  const underBase = `${path}/`.startsWith(routing.base);
  let found: SourceTarget | undefined;
  if (underBase) {
    found = findPage(posix.join(folder.absolutePath, `.${path.slice(routing.base.length - 1)}`), path, routing, lookup);
    if (found.kind !== 'missing') return withAnchor(found, anchor);
  }
  for (const publicFolder of routing.publicFolders) {
    const candidate = posix.join(publicFolder, `.${path}`);
    if (lookup.kindOf(candidate) === 'file') return { kind: 'file', path: candidate };
  }
  if (found) return found;
  // A file the site serves from its root folders that is not there is missing, not beyond reach.
  const publicFolder = routing.publicFolders[0];
  if (publicFolder !== undefined && EXTENSION.test(path)) return { kind: 'missing', path: posix.join(publicFolder, `.${path}`), why: 'nothing' };
  return { kind: 'beyond-base', url: path };
}

/** Hugo's `ref "x.md#a"`: from the page's folder, then from the folder's root, then by a unique name. */
function resolveHugoReference(path: string, anchor: string | undefined, from: string, folder: SourceFolderPaths, routing: SourceRouting, lookup: SourceLookup): SourceTarget {
  const lenient = { ...routing, extensionless: true, trailingSlash: 'ignore' as const };
  const tries = path.startsWith('/') ? [posix.join(folder.absolutePath, `.${path}`)] : [posix.join(posix.dirname(from), path), posix.join(folder.absolutePath, path)];
  let first: SourceTarget | undefined;
  for (const target of tries) {
    if (!isWithin(target, folder.boundary)) continue;
    const found = findPage(target, path, lenient, lookup);
    if (found.kind !== 'missing') return withAnchor(found, anchor);
    first ??= found;
  }
  if (!path.includes('/')) {
    const named = closestNamed(lookup.named(path), from);
    if (named) return withAnchor({ kind: lookup.kindOf(named) === 'page' ? 'page' : 'file', path: named }, anchor);
  }
  return first ?? { kind: 'outside', path: tries[0]! };
}

/** `[[Page]]`, `[[folder/Page#Heading|text]]`, `![[diagram.png]]`, `[[#Heading]]`: by name anywhere, or by path. */
function resolveWikiLink(written: string, from: string, folder: SourceFolderPaths, lookup: SourceLookup): SourceTarget {
  const hash = written.indexOf('#');
  const name = (hash === -1 ? written : written.slice(0, hash)).trim();
  // `#Heading#Sub` names the sub-heading; `#^block` a block, which has no id the browser knows.
  const heading = hash === -1 ? undefined : written.slice(hash + 1).split('#').at(-1)!.trim();
  const anchor = heading === undefined || heading === '' || heading.startsWith('^') ? undefined : slug(heading);
  if (name === '') return { kind: 'same-page', anchor: anchor ?? '' };
  let path: string | undefined;
  if (name.includes('/')) {
    for (const base of [folder.absolutePath, posix.dirname(from)]) {
      const target = posix.join(base, name);
      if (!isWithin(target, folder.boundary)) continue;
      path = [target, ...MARKDOWN_EXTENSIONS.map((extension) => `${target}${extension}`)].find((candidate) => {
        const kind = lookup.kindOf(candidate);
        return kind === 'page' || kind === 'file';
      });
      if (path) break;
    }
  } else {
    path = closestNamed(lookup.named(name), from);
  }
  if (!path) return { kind: 'missing', path: posix.join(folder.absolutePath, name), why: 'nothing' };
  return withAnchor({ kind: lookup.kindOf(path) === 'page' ? 'page' : 'file', path }, anchor);
}

/** Of files sharing a name, the one Obsidian picks: in the linking page's folder, else the shortest path. */
function closestNamed(paths: readonly string[], from: string): string | undefined {
  if (paths.length <= 1) return paths[0];
  const here = posix.dirname(from);
  return paths.find((path) => posix.dirname(path) === here) ?? [...paths].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
}

/** The page or file at `target` as the site routes it: the file itself, a folder's index page, the page without its extension. */
function findPage(target: string, written: string, routing: SourceRouting, lookup: SourceLookup): SourceTarget {
  const clean = stripSlash(target) || '/';
  const endsWithSlash = /\/$/.test(written) || /(?:^|\/)\.\.?$/.test(written);
  const pretty = !EXTENSION.test(stripSlash(written)) && !/(?:^|\/)\.\.?\/?$/.test(written);
  const slashProblem = (): SourceTarget | undefined => {
    if (!pretty || routing.trailingSlash === 'ignore') return undefined;
    if (routing.trailingSlash === 'always' && !endsWithSlash) return { kind: 'slash', path: clean, wanted: `${written}/` };
    if (routing.trailingSlash === 'never' && endsWithSlash && written !== '/') return { kind: 'slash', path: clean, wanted: stripSlash(written) };
    return undefined;
  };
  const kind = lookup.kindOf(clean);
  if (kind === 'page' || kind === 'file') return { kind, path: clean };
  if (kind === 'folder') {
    for (const name of routing.indexNames) {
      for (const extension of MARKDOWN_EXTENSIONS) {
        const candidate = `${clean === '/' ? '' : clean}/${name}${extension}`;
        const found = lookup.kindOf(candidate);
        if (found === 'page' || found === 'file') return slashProblem() ?? { kind: found, path: candidate };
      }
    }
  }
  if (routing.extensionless && !MARKDOWN_EXTENSIONS.some((extension) => clean.endsWith(extension))) {
    // `setup.html` is how some generators address `setup.md`; `setup` and `setup/` how most do.
    const stem = clean.endsWith('.html') ? clean.slice(0, -'.html'.length) : clean;
    for (const extension of MARKDOWN_EXTENSIONS) {
      const found = lookup.kindOf(`${stem}${extension}`);
      if (found === 'page' || found === 'file') return (clean === stem ? slashProblem() : undefined) ?? { kind: found, path: `${stem}${extension}` };
    }
  }
  return { kind: 'missing', path: clean, why: kind === 'folder' ? 'folder-without-index' : 'nothing' };
}

/** Whether a document is its folder's own page (`guides/index.md`), whose address is the folder's. */
function isIndexPage(path: string, routing: SourceRouting): boolean {
  const name = stripExtension(posix.basename(path));
  return routing.indexNames.includes(name);
}

function withAnchor(target: SourceTarget, anchor: string | undefined): SourceTarget {
  if (anchor === undefined || (target.kind !== 'page' && target.kind !== 'file')) return target;
  return { ...target, anchor };
}

/** Whether `path` is `folder` or inside it. */
export function isWithin(path: string, folder: string): boolean {
  const clean = stripSlash(path);
  return clean === folder || clean.startsWith(folder === '/' ? '/' : `${folder}/`);
}

function splitUrl(url: string): { path: string; anchor: string | undefined } {
  const hashAt = url.indexOf('#');
  const anchor = hashAt === -1 ? undefined : decode(url.slice(hashAt + 1));
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  return { path: decode(queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt)), anchor };
}

function stripSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

function stripExtension(path: string): string {
  const extension = MARKDOWN_EXTENSIONS.find((candidate) => path.toLowerCase().endsWith(candidate));
  return extension ? path.slice(0, -extension.length) : path;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `--base docs` → `/docs/`: a slash at each end. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
