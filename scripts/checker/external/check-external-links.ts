/** Collects the `http(s)` links of the reported files and checks the ones the cache does not vouch for. */
import { parseInterval } from '../../../src/lib/calendar.ts';
import type { ProjectConfig } from '../../../src/schemas/config.ts';
import type { CheckedFile } from '../model.ts';
import type { UrlCache } from './url-cache.ts';
import { checkUrls, type UrlCheckOptions, type UrlVerdict } from './url-checker.ts';

/** What the command passes in: where results are kept, and (for tests) the clock and network. */
export interface ExternalCheckOptions {
  cache: UrlCache;
  now?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

const DAY_MS = 86_400_000;
const UNIT_DAYS = { d: 1, w: 7, m: 30, y: 365 } as const;

/** Verdicts for every external URL in `files`, from the cache when fresh, else from the network. */
export async function checkExternalLinks(files: readonly CheckedFile[], settings: ProjectConfig['check']['external'], options: ExternalCheckOptions): Promise<Map<string, UrlVerdict>> {
  const now = options.now ?? Date.now();
  const { count, unit } = parseInterval(settings.cache_max_age);
  const maxAgeMs = count * UNIT_DAYS[unit] * DAY_MS;
  const ignored = settings.ignore.map(toMatcher);
  const urls = new Set(
    files
      .flatMap((file) => file.outline?.links ?? [])
      .map((link) => link.url.trim())
      .filter((url) => /^https?:\/\//i.test(url) && URL.canParse(url) && !ignored.some((matches) => matches(url))),
  );
  const verdicts = new Map<string, UrlVerdict>();
  const stale: string[] = [];
  for (const url of urls) {
    const known = options.cache.fresh(url, maxAgeMs, now);
    if (known) verdicts.set(url, known);
    else stale.push(url);
  }
  const checkOptions: UrlCheckOptions = {
    timeoutMs: settings.timeout_seconds * 1000,
    concurrency: settings.concurrency,
    perHost: settings.per_host,
    retries: settings.retries,
    maxRetryWaitMs: settings.max_retry_wait_seconds * 1000,
    maxRedirects: settings.max_redirects,
    ...(options.fetch && { fetch: options.fetch }),
    ...(options.sleep && { sleep: options.sleep }),
  };
  for (const [url, verdict] of await checkUrls(stale, checkOptions)) {
    verdicts.set(url, verdict);
    options.cache.remember(url, verdict, now);
  }
  options.cache.save();
  return verdicts;
}

/** An ignore entry is a URL prefix, or a pattern in which `*` stands for any characters. */
function toMatcher(pattern: string): (url: string) => boolean {
  if (!pattern.includes('*')) return (url) => url.startsWith(pattern);
  const expression = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}`);
  return (url) => expression.test(url);
}
