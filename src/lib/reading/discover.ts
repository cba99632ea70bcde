/**
 * Finds the files a check covers and says what each one is. The whole `content/` folder is always
 * read (a link or an owner is judged against the whole handbook); the paths on the command line
 * choose which files' problems are reported. Any other folder of Markdown (a legacy handbook, a
 * Docusaurus `docs/`, a vault) is read as plain documents of a source folder, whose links are judged
 * against that folder, wherever it is: a `content/` folder is Baton's only in a Baton handbook (one
 * with `baton.config.yml` or a collection folder).
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isPartialPath, PAGE_EXTENSIONS } from './entry-id.ts';
import { parseTranslationPath } from './translation-path.ts';
import type { FileKind } from './read-file.ts';
import { CONTENT_FOLDER } from '../judging/link-target.ts';
import { collectionNames, type CollectionName } from '../../schemas/index.ts';

/** A file found on disk and what it is. */
export interface FoundFile {
  /** Path relative to the handbook root, forward slashes. */
  path: string;
  absolutePath: string;
  kind: FileKind;
  collection?: CollectionName;
  /** Set when the file is a symlink that resolves outside the folder it was found in. */
  escapesTo?: string;
  /** Whether its problems are reported (it is under one of the requested paths). */
  reported: boolean;
}

/** A requested path that does not exist. */
export class MissingPathError extends Error {}

/** A requested folder with no Markdown in it: there is nothing to check. */
export class NoMarkdownError extends Error {}

/** A folder of Markdown outside Baton's content, checked as the documents of another site. */
export interface SourceFolder {
  /** The folder, absolute, forward slashes. */
  absolutePath: string;
  /** The folder as messages show it: relative to the handbook root when inside it, else absolute. */
  path: string;
  /** Where relative links may lead: the folder's git repository, or the folder itself outside one. */
  boundary: string;
  /** Every file in the folder that is not Markdown (images, attachments), absolute: wiki links name them. */
  otherFiles: string[];
}

const MARKDOWN_LIKE = /\.(?:md|mdx|markdown|mdown)$/i;

/** Lists the content folder and every requested path under `root`. */
export function discoverFiles(root: string, requested: readonly string[]): FoundFile[] {
  return discoverHandbook(root, requested).files;
}

/**
 * Lists the content folder and every requested path under `root`, and the source folders among
 * them; with `documents`, every requested path is a source folder, even a Baton-looking `content/`.
 */
export function discoverHandbook(root: string, requested: readonly string[], { documents = false }: { documents?: boolean } = {}): { files: FoundFile[]; sources: SourceFolder[] } {
  const contentRoot = resolve(root, CONTENT_FOLDER);
  const batonContent = !documents && isBatonHandbook(root) ? contentRoot : undefined;
  const requestedAbsolute = requested.map((path) => (isAbsolute(path) ? resolve(path) : resolve(root, path)));
  for (const path of requestedAbsolute) {
    try {
      statSync(path);
    } catch {
      throw new MissingPathError(`Path \`${relative(root, path) || path}\` does not exist`);
    }
  }
  const isReported = (absolutePath: string) =>
    requestedAbsolute.some((path) => absolutePath === path || absolutePath.startsWith(path.endsWith(sep) ? path : path + sep));

  const found = new Map<string, FoundFile>();
  const add = ({ absolutePath, symlink }: ListedFile, folder: string) => {
    if (found.has(absolutePath)) return;
    const path = displayPath(root, absolutePath);
    const escapesTo = symlink ? symlinkEscape(absolutePath, folder) : undefined;
    found.set(absolutePath, { path, absolutePath, ...classify(path, absolutePath, batonContent), ...(escapesTo && { escapesTo }), reported: isReported(absolutePath) });
  };

  if (batonContent) for (const file of listFiles(contentRoot)) add(file, contentRoot);
  const sources: SourceFolder[] = [];
  // Outer folders first, so a folder inside another requested one belongs to the outer one's site.
  for (const path of [...requestedAbsolute].sort((a, b) => a.length - b.length)) {
    if (batonContent && (path === batonContent || path.startsWith(batonContent + sep))) continue;
    const requestedFolder = statSync(path).isDirectory();
    const files = requestedFolder ? listFiles(path) : [{ absolutePath: path, symlink: false }];
    const markdown = files.filter((file) => MARKDOWN_LIKE.test(file.absolutePath));
    if (markdown.length === 0) throw new NoMarkdownError(`\`${displayPath(root, path)}\` holds no Markdown (\`.md\`, \`.mdx\`, \`.markdown\`) to check`);
    const folder = requestedFolder ? path : dirname(path);
    const posixFolder = toPosix(folder);
    if (!sources.some((source) => posixFolder === source.absolutePath || posixFolder.startsWith(`${source.absolutePath}/`))) {
      sources.push({ absolutePath: posixFolder, path: displayPath(root, folder), boundary: toPosix(repositoryRoot(folder) ?? folder), otherFiles: requestedFolder ? files.filter((file) => !MARKDOWN_LIKE.test(file.absolutePath)).map((file) => toPosix(file.absolutePath)) : [] });
    }
    for (const file of markdown) add(file, folder);
  }
  return { files: [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), sources };
}

/**
 * Whether `root` is a Baton handbook, whose `content/` holds collections: it has `baton.config.yml`,
 * or a `content/` of collection folders and nothing else. Any other `content/` (Hugo's, whose
 * sections may well include `people/`) is a folder of documents like another.
 */
export function isBatonHandbook(root: string): boolean {
  if (existsSync(join(root, 'baton.config.yml'))) return true;
  let entries;
  try {
    entries = readdirSync(join(root, CONTENT_FOLDER), { withFileTypes: true }).filter((entry) => !entry.name.startsWith('.'));
  } catch {
    return false;
  }
  return entries.length > 0 && entries.every((entry) => entry.isDirectory() && (collectionNames as readonly string[]).includes(entry.name));
}

/** How a file is named in messages: relative to the handbook root when inside it, else its absolute path. */
export function displayPath(root: string, absolutePath: string): string {
  const path = relative(root, absolutePath);
  return path.startsWith('..') || isAbsolute(path) ? toPosix(absolutePath) : toPosix(path);
}

/** The absolute path of a file named in messages (see `displayPath`). */
export function absoluteFromDisplay(root: string, path: string): string {
  return isAbsolute(path) ? path : toPosix(join(root, path));
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** The git repository a folder is in (the nearest folder up with a `.git`), if any. */
function repositoryRoot(folder: string): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return undefined;
  }
}

/** A file found under a folder, and whether it is a symbolic link (to a file: folder links are left out). */
export interface ListedFile {
  absolutePath: string;
  symlink: boolean;
}

/** Every file under `folder`, hidden ones and dependency folders aside; folder symlinks are not followed; none when there is no such folder. */
export function listFiles(folder: string): ListedFile[] {
  let entries;
  try {
    entries = readdirSync(folder, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && !isIgnored(relative(folder, join(entry.parentPath, entry.name))))
    .map((entry) => ({ absolutePath: join(entry.parentPath, entry.name), symlink: entry.isSymbolicLink() }))
    .filter((entry) => !entry.symlink || !isFolder(entry.absolutePath));
}

/** Hidden files and folders (`.git`, `.DS_Store`) and `node_modules` are never content. */
function isIgnored(relativePath: string): boolean {
  return relativePath.split(sep).some((segment) => segment.startsWith('.') || segment === 'node_modules');
}

/** Whether `path` is a folder, following links; false when nothing is there. */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function classify(path: string, absolutePath: string, contentRoot: string | undefined): Pick<FoundFile, 'kind' | 'collection'> {
  const segments = path.split('/');
  const inContent = contentRoot !== undefined && absolutePath.startsWith(contentRoot + sep);
  if (!inContent) return { kind: 'document' };
  const translation = parseTranslationPath(path);
  if (translation) return { kind: 'translation', collection: translation.collection };
  const collection = (collectionNames as readonly string[]).includes(segments[1] ?? '') ? (segments[1] as CollectionName) : undefined;
  const insideCollection = collection !== undefined && segments.length >= 3;
  const isPage = PAGE_EXTENSIONS.some((extension) => path.endsWith(extension));
  const kind = !insideCollection || !isPage ? 'other' : isPartialPath(segments.slice(2).join('/')) ? 'partial' : 'entry';
  return { kind, ...(collection && { collection }) };
}

/** Where a symlink leads when that is outside `folder`; undefined when it stays inside. */
function symlinkEscape(absolutePath: string, folder: string): string | undefined {
  let target: string;
  try {
    target = realpathSync(absolutePath);
  } catch {
    return '(a missing file)';
  }
  const realFolder = realpathSync(folder);
  return target.startsWith(realFolder + sep) ? undefined : target;
}
