/**
 * Finds the files a check covers and says what each one is. The whole `content/` folder is always
 * read (a link or an owner is judged against the whole handbook); the paths on the command line
 * choose which files' problems are reported. Any other folder of Markdown (a legacy handbook) is
 * read as plain documents.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isPartialPath, PAGE_EXTENSIONS } from './entry-id.ts';
import { CONTENT_FOLDER } from '../judging/link-target.ts';
import { collectionNames, type CollectionName } from '../../schemas/index.ts';

/** A file found on disk and what it is. */
export interface FoundFile {
  /** Path relative to the handbook root, forward slashes. */
  path: string;
  absolutePath: string;
  kind: 'entry' | 'partial' | 'document' | 'other';
  collection?: CollectionName;
  /** Set when the file is a symlink that resolves outside the folder it was found in. */
  escapesTo?: string;
  /** Whether its problems are reported (it is under one of the requested paths). */
  reported: boolean;
}

/** A requested path that does not exist. */
export class MissingPathError extends Error {}

const MARKDOWN_LIKE = /\.(?:md|mdx|markdown|mdown)$/i;

/** Lists the content folder and every requested path under `root`. */
export function discoverFiles(root: string, requested: readonly string[]): FoundFile[] {
  const contentRoot = resolve(root, CONTENT_FOLDER);
  const requestedAbsolute = requested.map((path) => (isAbsolute(path) ? path : resolve(root, path)));
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
  const add = ({ absolutePath, symlink }: Listed, folder: string) => {
    if (found.has(absolutePath)) return;
    const path = relative(root, absolutePath).split(sep).join('/');
    const escapesTo = symlink ? symlinkEscape(absolutePath, folder) : undefined;
    found.set(absolutePath, { path, absolutePath, ...classify(path, absolutePath, contentRoot), ...(escapesTo && { escapesTo }), reported: isReported(absolutePath) });
  };

  for (const file of listFiles(contentRoot)) add(file, contentRoot);
  for (const path of requestedAbsolute) {
    if (path === contentRoot || path.startsWith(contentRoot + sep)) continue;
    const isFolder = statSync(path).isDirectory();
    const files = isFolder ? listFiles(path) : [{ absolutePath: path, symlink: false }];
    for (const file of files) if (MARKDOWN_LIKE.test(file.absolutePath)) add(file, isFolder ? path : resolve(path, '..'));
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

interface Listed {
  absolutePath: string;
  symlink: boolean;
}

/** Every file under `folder`, hidden ones and dependency folders aside; folder symlinks are not followed. */
function listFiles(folder: string): Listed[] {
  let entries;
  try {
    entries = readdirSync(folder, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && !isIgnored(relative(folder, join(entry.parentPath, entry.name))))
    .map((entry) => ({ absolutePath: join(entry.parentPath, entry.name), symlink: entry.isSymbolicLink() }))
    .filter((entry) => !entry.symlink || !isFolderLink(entry.absolutePath));
}

/** Hidden files and folders (`.git`, `.DS_Store`) and `node_modules` are never content. */
function isIgnored(relativePath: string): boolean {
  return relativePath.split(sep).some((segment) => segment.startsWith('.') || segment === 'node_modules');
}

function isFolderLink(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function classify(path: string, absolutePath: string, contentRoot: string): Pick<FoundFile, 'kind' | 'collection'> {
  const segments = path.split('/');
  const inContent = absolutePath.startsWith(contentRoot + sep);
  if (!inContent) return { kind: 'document' };
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
