/**
 * A content-hash cache of what reading a file produced, so a warm re-check reads only what changed.
 * Only per-file work is cached (frontmatter, validation, anchors, links); every rule that looks
 * across files runs fresh each time, so a changed people file or a renamed heading is judged
 * against every page that depends on it. The cache is keyed by the checker's own source as well:
 * after an upgrade it is simply ignored.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckedFile } from './model.ts';

/** Cached results by file path. */
export interface FileCache {
  get(path: string, hash: string): CheckedFile | undefined;
  set(path: string, hash: string, file: CheckedFile): void;
  /** Writes the cache back, keeping only the files seen in this run. */
  save(): void;
}

interface CacheFile {
  version: string;
  files: Record<string, { hash: string; file: CheckedFile }>;
}

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The hash of a file's bytes, with what it was read as (a path can change kind). */
export function contentHash(bytes: Uint8Array, kind: string): string {
  return createHash('sha1').update(kind).update('\0').update(bytes).digest('hex');
}

/** A cache stored at `path`, valid only for this exact version of the checker. */
export function openFileCache(path: string): FileCache {
  const version = checkerVersion();
  let stored: CacheFile = { version, files: {} };
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
    if (parsed.version === version && parsed.files && typeof parsed.files === 'object') stored = parsed;
  } catch {
    // No cache yet, or an unreadable one: start empty.
  }
  const next: CacheFile = { version, files: {} };
  return {
    get(filePath, hash) {
      const hit = stored.files[filePath];
      if (hit?.hash !== hash) return undefined;
      next.files[filePath] = hit;
      return hit.file;
    },
    set(filePath, hash, file) {
      next.files[filePath] = { hash, file };
    },
    save() {
      mkdirSync(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(next));
      renameSync(temporary, path);
    },
  };
}

/** A cache that remembers nothing (`--no-cache`). */
export const noCache: FileCache = { get: () => undefined, set: () => {}, save: () => {} };

/** A hash of every source file that shapes what reading a file produces. */
function checkerVersion(): string {
  const hash = createHash('sha1');
  const folders = ['src/lib', 'src/schemas', 'scripts/checker'];
  for (const folder of folders) {
    for (const name of listSources(join(projectRoot, folder))) hash.update(name).update(readFileSync(name));
  }
  hash.update(readFileSync(join(projectRoot, 'package-lock.json')));
  return hash.digest('hex');
}

function listSources(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
