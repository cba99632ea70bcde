/**
 * Remembers when each external URL was last checked and what it answered, so a run re-checks only
 * URLs whose result is older than the configured maximum age. Kept in a file CI can carry between
 * runs.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { UrlVerdict } from './url-checker.ts';

interface Stored {
  version: 1;
  urls: Record<string, { checkedAt: number; verdict: UrlVerdict }>;
}

/** Cached verdicts, by URL. */
export interface UrlCache {
  /** The verdict for `url` if it was checked less than `maxAgeMs` ago. */
  fresh(url: string, maxAgeMs: number, now: number): UrlVerdict | undefined;
  remember(url: string, verdict: UrlVerdict, now: number): void;
  save(): void;
}

/** The cache kept at `path` (created on first save). */
export function openUrlCache(path: string): UrlCache {
  let stored: Stored = { version: 1, urls: {} };
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Stored;
    if (parsed.version === 1 && parsed.urls && typeof parsed.urls === 'object') stored = parsed;
  } catch {
    // No cache yet, or one that cannot be read: every URL is checked.
  }
  return {
    fresh(url, maxAgeMs, now) {
      const entry = stored.urls[url];
      return entry && now - entry.checkedAt < maxAgeMs ? entry.verdict : undefined;
    },
    remember(url, verdict, now) {
      stored.urls[url] = { checkedAt: now, verdict };
    },
    save() {
      mkdirSync(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, `${JSON.stringify(stored, null, 1)}\n`);
      renameSync(temporary, path);
    },
  };
}
