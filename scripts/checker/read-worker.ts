/** A worker thread that reads a share of the files for a large check; see `parallel-read.ts`. */
import { parentPort } from 'node:worker_threads';
import type { FoundFile } from './discover.ts';
import { readCheckedFile } from './read-file.ts';

/** A batch of files to read, with their bytes (transferred, not copied). */
export interface ReadRequest {
  files: { found: FoundFile; bytes: Uint8Array }[];
}

parentPort?.on('message', (request: ReadRequest) => {
  parentPort!.postMessage(request.files.map(({ found, bytes }) => readCheckedFile(found, bytes)));
});
