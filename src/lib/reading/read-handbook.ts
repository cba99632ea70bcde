/**
 * Reads every found file, from the cache when its bytes have not changed. One thread: sharing the
 * reading with worker threads was measured at 5,000 pages on two cores and saved under a tenth of the
 * time when the machine was idle, and lost time and memory when it was busy.
 */
import { readFileSync } from 'node:fs';
import type { FoundFile } from './discover.ts';
import { contentHash, type FileCache } from './file-cache.ts';
import type { CheckedFile } from '../../../scripts/checker/model.ts';
import { READ_RULES } from './read-entry.ts';
import { readCheckedFile, type ReadOptions } from './read-file.ts';

/** What reading involves beyond the file itself. */
export interface LoadOptions extends ReadOptions {
  /** Scan for credentials, letting these documented examples through; off when the `secret` rule is not run. */
  secrets?: { allow: readonly string[] };
  onFileRead?: OnFileRead;
}

/** Called as files are read, for progress on a terminal. */
export type OnFileRead = (done: number, total: number) => void;

/** Reads `found` into checked files, in the same order; `cached` counts those the cache answered. */
export async function loadFiles(found: readonly FoundFile[], cache: FileCache, options: LoadOptions = {}): Promise<{ files: CheckedFile[]; cached: number }> {
  // What was scanned for is part of the key: a result read without the secret scan, or with other
  // allowed imports, never stands in for one read with them.
  const scanKey = JSON.stringify({ secrets: options.secrets?.allow ?? null, imports: options.allowedImports ?? null });
  let cached = 0;
  const files: CheckedFile[] = [];
  for (const [index, file] of found.entries()) {
    const checked = await loadFile(file, cache, scanKey, options);
    if (checked.fromCache) cached += 1;
    options.onFileRead?.(index + 1, found.length);
    files.push(checked.file);
  }
  return { files, cached };
}

async function loadFile(found: FoundFile, cache: FileCache, scanKey: string, options: LoadOptions): Promise<{ file: CheckedFile; fromCache: boolean }> {
  // A symlink out of its folder is never followed, so its bytes are never read.
  if (found.escapesTo !== undefined) return { file: readCheckedFile(found, undefined), fromCache: false };
  const bytes = found.kind === 'other' ? new Uint8Array() : readFileSync(found.absolutePath);
  const hash = contentHash(bytes, `${found.kind}:${found.collection ?? ''}:${scanKey}`);
  const hit = cache.get(found.path, hash);
  if (hit) return { file: hit, fromCache: true };
  const file = readCheckedFile(found, bytes, options);
  if (options.secrets && found.kind !== 'other') {
    // Scanned as the bytes decode, so a secret is found even in a file that is otherwise unreadable.
    const text = new TextDecoder('utf-8').decode(bytes).replaceAll('\r\n', '\n');
    const { scanForSecrets } = await loadSecretScanner();
    const secrets = await scanForSecrets(text, options.secrets.allow);
    file.problems.push(...secrets.map((finding) => ({ ...finding, severity: 'error' as const, ruleId: READ_RULES.secret })));
  }
  cache.set(found.path, hash, file);
  return { file, fromCache: false };
}

/** The scanner and its rules take a tenth of the checker's start-up, so runs that scan no secrets (`--only links`) never load them. */
let secretScanner: Promise<typeof import('./secrets/scan-secrets.ts')> | undefined;
function loadSecretScanner(): Promise<typeof import('./secrets/scan-secrets.ts')> {
  secretScanner ??= import('./secrets/scan-secrets.ts');
  return secretScanner;
}
