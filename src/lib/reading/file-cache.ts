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
import type { CheckedFile } from './read-file.ts';

/** Cached results by file path. */
export interface FileCache {
  get(path: string, hash: string): CheckedFile | undefined;
  set(path: string, hash: string, file: CheckedFile): void;
  /** Writes the cache back, keeping only the files seen in this run. */
  save(): void;
}

/**
 * On disk: the checker version on the first line, then one line per file: its path (as JSON), its
 * content hash and its result (as JSON), separated by tabs. JSON never writes a raw tab or newline,
 * so lines and fields split safely, and a file that did not change is written back as the very line
 * it was read from: a warm run serialises only what changed.
 */
interface StoredLine {
  hash: string;
  line: string;
  json: string;
}

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The hash of a file's bytes, with what it was read as (a path can change kind). */
export function contentHash(bytes: Uint8Array, kind: string): string {
  return createHash('sha1').update(kind).update('\0').update(bytes).digest('hex');
}

/** A cache stored at `path`, valid only for this exact version of the checker. */
export function openFileCache(path: string): FileCache {
  const version = checkerVersion();
  const stored = readStoredLines(path, version);
  const next = new Map<string, string>();
  let changed = false;
  return {
    get(filePath, hash) {
      const hit = stored.get(filePath);
      if (hit?.hash !== hash) return undefined;
      let file: CheckedFile;
      try {
        file = JSON.parse(hit.json) as CheckedFile;
      } catch {
        return undefined;
      }
      next.set(filePath, hit.line);
      return file;
    },
    set(filePath, hash, file) {
      next.set(filePath, [JSON.stringify(filePath), hash, JSON.stringify(file)].join('\t'));
      changed = true;
    },
    save() {
      // Nothing read afresh and no file gone: the stored cache is already exactly this run's.
      if (!changed && next.size === stored.size) return;
      mkdirSync(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      // Files are read side by side and finish in any order; lines in path order keep the file stable.
      const lines = [...next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, line]) => line);
      writeFileSync(temporary, [version, ...lines].join('\n'));
      renameSync(temporary, path);
    },
  };
}

/** The lines of the cache at `path` by file path; none when it is missing, unreadable or from another version. */
function readStoredLines(path: string, version: string): Map<string, StoredLine> {
  const stored = new Map<string, StoredLine>();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return stored;
  }
  const lines = text.split('\n');
  if (lines[0] !== version) return stored;
  for (const line of lines.slice(1)) {
    const first = line.indexOf('\t');
    const second = line.indexOf('\t', first + 1);
    if (first === -1 || second === -1) continue;
    try {
      stored.set(JSON.parse(line.slice(0, first)) as string, { hash: line.slice(first + 1, second), line, json: line.slice(second + 1) });
    } catch {
      // A damaged line only costs that file a fresh read.
    }
  }
  return stored;
}

/** A cache that remembers nothing (`--no-cache`). */
export const noCache: FileCache = { get: () => undefined, set: () => {}, save: () => {} };

/** A hash of every source file that shapes what reading a file produces. */
function checkerVersion(): string {
  const hash = createHash('sha1');
  const folders = ['src/lib', 'src/schemas'];
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
