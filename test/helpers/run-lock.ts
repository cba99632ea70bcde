/**
 * One site-test run at a time on a machine. Builds share Astro's `.astro/` folder and the output
 * folders under `test/.tmp/`, so a second `npm test` started while one runs would delete the first
 * one's sites under its feet; instead it waits. A lock left by a process that died is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Waits until no other live process holds the lock at `folder`, takes it, and returns its release. */
export async function acquireRunLock(folder: string, { pollMs = 500 } = {}): Promise<() => void> {
  const owner = join(folder, 'pid');
  for (;;) {
    try {
      mkdirSync(folder);
      writeFileSync(owner, String(process.pid));
      return () => rmSync(folder, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!isAlive(readOwner(owner))) rmSync(folder, { recursive: true, force: true });
      else await sleep(pollMs);
    }
  }
}

function readOwner(file: string): number | undefined {
  try {
    return Number(readFileSync(file, 'utf8'));
  } catch {
    // Just created by its owner, who has not written its pid yet.
    return undefined;
  }
}

function isAlive(pid: number | undefined): boolean {
  if (pid === undefined) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
