/**
 * Reads many files on several cores. Parsing frontmatter and rendering Markdown is the bulk of a cold
 * check, and each file is independent, so large runs split the files between worker threads; small
 * runs (and warm ones, where the cache answers) stay on the main thread, where starting workers
 * would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FoundFile } from './discover.ts';
import type { CheckedFile } from './model.ts';
import type { ReadRequest } from './read-worker.ts';
import { readCheckedFile } from './read-file.ts';

/** Below this many files to read, one thread is faster than starting workers. */
export const PARALLEL_THRESHOLD = 400;

/** Reads each `{ found, bytes }`, on worker threads when there are enough of them. */
export async function readFilesInParallel(files: { found: FoundFile; bytes: Uint8Array }[]): Promise<CheckedFile[]> {
  const workerCount = Math.min(availableParallelism(), 4, Math.floor(files.length / (PARALLEL_THRESHOLD / 2)));
  if (files.length < PARALLEL_THRESHOLD || workerCount < 2) return files.map(({ found, bytes }) => readCheckedFile(found, bytes));
  // Interleave so each worker gets a similar mix of small and large files.
  const shares = Array.from({ length: workerCount }, (_, share) => files.filter((_, index) => index % workerCount === share));
  const results = await Promise.all(shares.map((share) => readOnWorker(share)));
  return files.map((_, index) => results[index % workerCount]![Math.floor(index / workerCount)]!);
}

function readOnWorker(files: ReadRequest['files']): Promise<CheckedFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./read-worker.ts', import.meta.url));
    worker.once('message', (result: CheckedFile[]) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    const transfer = files.map(({ bytes }) => bytes.buffer as ArrayBuffer).filter((buffer, index, all) => all.indexOf(buffer) === index);
    worker.postMessage({ files } satisfies ReadRequest, transfer);
  });
}
