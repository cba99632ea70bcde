/** Reads every found file, from the cache when its bytes have not changed, in parallel when there are many. */
import { readFileSync } from 'node:fs';
import type { FoundFile } from './discover.ts';
import { contentHash, type FileCache } from './cache.ts';
import type { CheckedFile } from './model.ts';
import { readFilesInParallel } from './parallel-read.ts';
import { readCheckedFile } from './read-file.ts';

/** Called as files are read, for progress on a terminal. */
export type OnFileRead = (done: number, total: number) => void;

/** Reads `found` into checked files, in the same order; `cached` counts those the cache answered. */
export async function loadFiles(found: readonly FoundFile[], cache: FileCache, onFileRead: OnFileRead = () => {}): Promise<{ files: CheckedFile[]; cached: number }> {
  const results: (CheckedFile | undefined)[] = new Array(found.length);
  const misses: { index: number; hash: string; found: FoundFile; bytes: Uint8Array }[] = [];
  found.forEach((file, index) => {
    // A symlink out of its folder is never followed, so its bytes are never read.
    if (file.escapesTo !== undefined) {
      results[index] = readCheckedFile(file, undefined);
      return;
    }
    const bytes = file.kind === 'other' ? new Uint8Array() : new Uint8Array(readFileSync(file.absolutePath));
    const hash = contentHash(bytes, `${file.kind}:${file.collection ?? ''}`);
    const cached = cache.get(file.path, hash);
    if (cached) results[index] = cached;
    else misses.push({ index, hash, found: file, bytes });
  });
  onFileRead(found.length - misses.length, found.length);
  const read = await readFilesInParallel(misses.map(({ found: file, bytes }) => ({ found: file, bytes })));
  misses.forEach((miss, position) => {
    results[miss.index] = read[position]!;
    cache.set(miss.found.path, miss.hash, read[position]!);
  });
  onFileRead(found.length, found.length);
  return { files: results as CheckedFile[], cached: found.length - misses.length };
}
