/**
 * Reads every found file, from the cache when its bytes have not changed. One thread: sharing the
 * reading with worker threads was measured at 5,000 pages on two cores and saved under a tenth of the
 * time when the machine was idle, and lost time and memory when it was busy.
 */
import { readFileSync } from 'node:fs';
import type { FoundFile } from './discover.ts';
import { contentHash, type FileCache } from './cache.ts';
import type { CheckedFile } from './model.ts';
import { readCheckedFile } from './read-file.ts';

/** Called as files are read, for progress on a terminal. */
export type OnFileRead = (done: number, total: number) => void;

/** Reads `found` into checked files, in the same order; `cached` counts those the cache answered. */
export function loadFiles(found: readonly FoundFile[], cache: FileCache, onFileRead: OnFileRead = () => {}): { files: CheckedFile[]; cached: number } {
  let cached = 0;
  const files = found.map((file, index) => {
    const checked = loadFile(file, cache);
    if (checked.fromCache) cached += 1;
    onFileRead(index + 1, found.length);
    return checked.file;
  });
  return { files, cached };
}

function loadFile(found: FoundFile, cache: FileCache): { file: CheckedFile; fromCache: boolean } {
  // A symlink out of its folder is never followed, so its bytes are never read.
  if (found.escapesTo !== undefined) return { file: readCheckedFile(found, undefined), fromCache: false };
  const bytes = found.kind === 'other' ? new Uint8Array() : readFileSync(found.absolutePath);
  const hash = contentHash(bytes, `${found.kind}:${found.collection ?? ''}`);
  const hit = cache.get(found.path, hash);
  if (hit) return { file: hit, fromCache: true };
  const file = readCheckedFile(found, bytes);
  cache.set(found.path, hash, file);
  return { file, fromCache: false };
}
