/**
 * Checks `http(s)` URLs over the network the way a careful crawler does: a limit on requests in all
 * and per host, a timeout per request, redirects followed by hand up to a cap, and retries with
 * backoff on `429`, `5xx` and dropped connections, honouring `Retry-After`. Bodies are never read.
 */
import pLimit from 'p-limit';
import { countOf } from '../../../src/lib/printing/wording.ts';

/** What a URL turned out to be. */
export type UrlVerdict =
  | { state: 'ok'; status: number; redirects: number }
  | { state: 'broken'; status: number; redirects: number }
  | { state: 'too-many-redirects'; redirects: number }
  | { state: 'unreachable'; reason: string; status?: number };

/** How to check. */
export interface UrlCheckOptions {
  timeoutMs: number;
  concurrency: number;
  perHost: number;
  retries: number;
  maxRetryWaitMs: number;
  maxRedirects: number;
  /** How long to wait before retry `attempt` (1, 2, ...) when the server gave no `Retry-After`. */
  backoffMs?: (attempt: number) => number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Checks every URL once (duplicates share one check) and returns the verdict for each. */
export async function checkUrls(urls: Iterable<string>, options: UrlCheckOptions): Promise<Map<string, UrlVerdict>> {
  const all = pLimit(options.concurrency);
  const perHost = new Map<string, ReturnType<typeof pLimit>>();
  const hostLimit = (url: string) => {
    const host = new URL(url).host;
    let limit = perHost.get(host);
    if (!limit) perHost.set(host, (limit = pLimit(options.perHost)));
    return limit;
  };
  const unique = [...new Set(urls)];
  const verdicts = await Promise.all(unique.map((url) => all(() => checkUrl(url, options, hostLimit))));
  return new Map(unique.map((url, index) => [url, verdicts[index]!]));
}

async function checkUrl(start: string, options: UrlCheckOptions, hostLimit: (url: string) => ReturnType<typeof pLimit>): Promise<UrlVerdict> {
  let url = start;
  for (let redirects = 0; ; redirects += 1) {
    const answer = await hostLimit(url)(() => requestWithRetries(url, options));
    if ('reason' in answer) return { state: 'unreachable', reason: answer.reason, ...(answer.status !== undefined && { status: answer.status }) };
    const location = answer.location;
    if (REDIRECTS.has(answer.status) && location) {
      if (redirects >= options.maxRedirects) return { state: 'too-many-redirects', redirects: redirects + 1 };
      url = new URL(location, url).href;
      continue;
    }
    return answer.status < 400 ? { state: 'ok', status: answer.status, redirects } : { state: 'broken', status: answer.status, redirects };
  }
}

type Answer = { status: number; location: string | null; retryAfterMs?: number } | { reason: string; status?: number };

/** One URL, retried on answers that say "try again later" and on dropped connections. */
async function requestWithRetries(url: string, options: UrlCheckOptions): Promise<Answer> {
  const sleep = options.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
  const backoff = options.backoffMs ?? ((attempt: number) => 500 * 2 ** (attempt - 1));
  let last: Answer = { reason: 'no answer' };
  for (let attempt = 0; attempt <= options.retries; attempt += 1) {
    last = await request(url, options);
    const transient = 'reason' in last ? !last.reason.startsWith('did not answer') : last.status === 429 || last.status >= 500;
    if (!transient || attempt === options.retries) break;
    const asked = 'reason' in last ? undefined : last.retryAfterMs;
    await sleep(Math.min(asked ?? backoff(attempt + 1), options.maxRetryWaitMs));
  }
  if (!('reason' in last) && (last.status === 429 || last.status >= 500)) {
    return { reason: `answered ${last.status} ${last.status === 429 ? 'Too Many Requests' : 'server error'} after ${countOf(options.retries + 1, 'attempt')}`, status: last.status };
  }
  return last;
}

async function request(url: string, options: UrlCheckOptions): Promise<Answer> {
  const fetcher = options.fetch ?? fetch;
  try {
    const response = await fetcher(url, { method: 'GET', redirect: 'manual', signal: AbortSignal.timeout(options.timeoutMs), headers: { 'user-agent': 'Baton link checker', accept: 'text/html,*/*;q=0.8' } });
    // Only the status matters; dropping the body frees the connection without downloading it.
    await response.body?.cancel();
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    return { status: response.status, location: response.headers.get('location'), ...(retryAfterMs !== undefined && { retryAfterMs }) };
  } catch (error) {
    return { reason: describeFailure(error, options.timeoutMs) };
  }
}

/** `Retry-After` is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function describeFailure(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') return `did not answer within ${timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === 'ECONNRESET' || cause?.code === 'UND_ERR_SOCKET') return 'dropped the connection';
  if (cause?.code === 'ECONNREFUSED') return 'refused the connection';
  if (cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN') return 'has a host name that does not resolve';
  return `could not be reached (${cause?.code ?? cause?.message ?? (error as Error).message})`;
}
