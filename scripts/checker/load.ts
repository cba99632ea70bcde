/** Reads every found file, from the cache when its bytes have not changed. */
import { readFileSync } from 'node:fs';
import type { FoundFile } from './discover.ts';
import { contentHash, type FileCache } from './cache.ts';
import type { CheckedFile } from './model.ts';
import { readCheckedFile } from './read-file.ts';

/** Called after each file, for progress on a terminal. */
export type OnFileRead = (done: number, total: number) => void;

/** Reads `found` into checked files, in the same order. */
export function loadFiles(found: readonly FoundFile[], cache: FileCache, onFileRead: OnFileRead = () => {}): CheckedFile[] {
  return found.map((file, index) => {
    const checked = loadFile(file, cache);
    onFileRead(index + 1, found.length);
    return checked;
  });
}

function loadFile(found: FoundFile, cache: FileCache): CheckedFile {
  // A symlink out of its folder is never followed, so its bytes are never read.
  if (found.escapesTo !== undefined) return readCheckedFile(found, undefined);
  const bytes = found.kind === 'other' ? new Uint8Array() : readFileSync(found.absolutePath);
  const hash = contentHash(bytes, `${found.kind}:${found.collection ?? ''}`);
  const cached = cache.get(found.path, hash);
  if (cached) return cached;
  const checked = readCheckedFile(found, bytes);
  cache.set(found.path, hash, checked);
  return checked;
}
