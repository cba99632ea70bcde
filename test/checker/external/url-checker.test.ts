/** Retries, waits and caps of the external link checker, against a scripted network: no sockets, no clocks. */
import { describe, expect, it } from 'vitest';
import { checkUrls, parseRetryAfter, type UrlCheckOptions } from '../../../scripts/checker/external/url-checker.ts';

type Step = { status: number; headers?: Record<string, string> } | { error: Error };

/** A fetch that answers each URL with the next of its scripted steps (the last one repeats), and records every call. */
function scriptedNetwork(script: Record<string, Step[]>) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    const steps = script[url] ?? [{ status: 404 }];
    const step = steps[Math.min(calls.filter((call) => call.url === url).length - 1, steps.length - 1)]!;
    if ('error' in step) throw step.error;
    return new Response(step.status === 204 || step.status === 304 ? null : 'body', { status: step.status, headers: step.headers ?? {} });
  }) as typeof globalThis.fetch;
  return { fetch, calls, count: (url: string) => calls.filter((call) => call.url === url).length };
}

const networkError = (code: string) => new TypeError('fetch failed', { cause: { code } });
const timeout = () => Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });

function options(network: { fetch: typeof fetch }, overrides: Partial<UrlCheckOptions> = {}) {
  const waits: number[] = [];
  const settings: UrlCheckOptions = { timeoutMs: 500, concurrency: 4, perHost: 2, retries: 2, maxRetryWaitMs: 30_000, maxRedirects: 5, fetch: network.fetch, sleep: async (ms) => void waits.push(ms), ...overrides };
  return { settings, waits };
}

const A = 'https://partner.example/a';
const B = 'https://partner.example/b';

describe('retries and their caps', () => {
  it('waits no longer than the cap when Retry-After asks for an hour', async () => {
    const network = scriptedNetwork({ [A]: [{ status: 429, headers: { 'retry-after': '3600' } }, { status: 200 }] });
    const { settings, waits } = options(network);
    expect((await checkUrls([A], settings)).get(A)).toEqual({ state: 'ok', status: 200, redirects: 0 });
    expect(waits).toEqual([30_000]);
  });

  it('waits exactly as long as Retry-After asks when it is under the cap, and exactly the cap when it equals it', async () => {
    const network = scriptedNetwork({ [A]: [{ status: 503, headers: { 'retry-after': '2' } }, { status: 200 }], [B]: [{ status: 429, headers: { 'retry-after': '30' } }, { status: 200 }] });
    const { settings, waits } = options(network);
    await checkUrls([A, B], settings);
    expect(waits.toSorted((x, y) => x - y)).toEqual([2000, 30_000]);
  });

  it('backs off 0.5 s, then 1 s, when the server gives no Retry-After', async () => {
    const network = scriptedNetwork({ [A]: [{ status: 503 }] });
    const { settings, waits } = options(network);
    expect((await checkUrls([A], settings)).get(A)).toEqual({ state: 'unreachable', reason: 'answered 503 server error after 3 attempts', status: 503 });
    expect(waits).toEqual([500, 1000]);
    expect(network.count(A)).toBe(3);
  });

  it('caps the backoff too', async () => {
    const network = scriptedNetwork({ [A]: [{ status: 500 }] });
    const { settings, waits } = options(network, { retries: 3, maxRetryWaitMs: 800 });
    await checkUrls([A], settings);
    expect(waits).toEqual([500, 800, 800]);
  });

  it('tries a URL that timed out once, however many retries are allowed', async () => {
    const network = scriptedNetwork({ [A]: [{ error: timeout() }] });
    const { settings, waits } = options(network, { retries: 2 });
    expect((await checkUrls([A], settings)).get(A)).toEqual({ state: 'unreachable', reason: 'did not answer within 0.5 s' });
    expect(network.count(A)).toBe(1);
    expect(waits).toEqual([]);
  });

  it('counts an aborted request as a timeout', async () => {
    const network = scriptedNetwork({ [A]: [{ error: Object.assign(new Error('aborted'), { name: 'AbortError' }) }] });
    expect((await checkUrls([A], options(network, { timeoutMs: 2500 }).settings)).get(A)).toEqual({ state: 'unreachable', reason: 'did not answer within 2.5 s' });
    expect(network.count(A)).toBe(1);
  });

  it('retries a dropped or refused connection, and says which it was', async () => {
    const network = scriptedNetwork({ [A]: [{ error: networkError('ECONNRESET') }], [B]: [{ error: networkError('ECONNREFUSED') }] });
    const verdicts = await checkUrls([A, B], options(network).settings);
    expect(verdicts.get(A)).toEqual({ state: 'unreachable', reason: 'dropped the connection' });
    expect(verdicts.get(B)).toEqual({ state: 'unreachable', reason: 'refused the connection' });
    expect([network.count(A), network.count(B)]).toEqual([3, 3]);
  });

  it('accepts the answer that follows a dropped connection', async () => {
    const network = scriptedNetwork({ [A]: [{ error: networkError('UND_ERR_SOCKET') }, { status: 200 }] });
    expect((await checkUrls([A], options(network).settings)).get(A)).toEqual({ state: 'ok', status: 200, redirects: 0 });
  });

  it('names a host that does not resolve, and any other failure by its code or message', async () => {
    const network = scriptedNetwork({
      'https://nowhere.example/': [{ error: networkError('ENOTFOUND') }],
      'https://later.example/': [{ error: networkError('EAI_AGAIN') }],
      'https://odd.example/': [{ error: networkError('EPROTO') }],
      'https://odder.example/': [{ error: new TypeError('fetch failed', { cause: { message: 'bad certificate' } }) }],
      'https://oddest.example/': [{ error: new Error('something else') }],
    });
    const verdicts = await checkUrls(Object.keys({ 'https://nowhere.example/': 1, 'https://later.example/': 1, 'https://odd.example/': 1, 'https://odder.example/': 1, 'https://oddest.example/': 1 }), options(network, { retries: 0 }).settings);
    expect([...verdicts.values()].map((verdict) => (verdict.state === 'unreachable' ? verdict.reason : verdict.state))).toEqual([
      'has a host name that does not resolve',
      'has a host name that does not resolve',
      'could not be reached (EPROTO)',
      'could not be reached (bad certificate)',
      'could not be reached (something else)',
    ]);
  });

  it('with no retries, asks once and says so in the words', async () => {
    const network = scriptedNetwork({ [A]: [{ status: 429 }] });
    const { settings, waits } = options(network, { retries: 0 });
    expect((await checkUrls([A], settings)).get(A)).toEqual({ state: 'unreachable', reason: 'answered 429 Too Many Requests after 1 attempt', status: 429 });
    expect(network.count(A)).toBe(1);
    expect(waits).toEqual([]);
  });

  it('never retries an answer that is final: a 404, a 410, a 200', async () => {
    const network = scriptedNetwork({ [A]: [{ status: 404 }], [B]: [{ status: 410 }] });
    const verdicts = await checkUrls([A, B], options(network).settings);
    expect(verdicts.get(A)).toEqual({ state: 'broken', status: 404, redirects: 0 });
    expect(verdicts.get(B)).toEqual({ state: 'broken', status: 410, redirects: 0 });
    expect([network.count(A), network.count(B)]).toEqual([1, 1]);
  });
});

describe('answers and redirects', () => {
  it('calls anything under 400 an answer and 400 and over broken', async () => {
    const network = scriptedNetwork({ [A]: [{ status: 399 }], [B]: [{ status: 400 }] });
    const verdicts = await checkUrls([A, B], options(network).settings);
    expect(verdicts.get(A)).toEqual({ state: 'ok', status: 399, redirects: 0 });
    expect(verdicts.get(B)).toEqual({ state: 'broken', status: 400, redirects: 0 });
  });

  it('follows each kind of redirect, relative locations included, and counts them', async () => {
    const network = scriptedNetwork({
      [A]: [{ status: 301, headers: { location: '/b' } }],
      [B]: [{ status: 302, headers: { location: 'https://other.example/c' } }],
      'https://other.example/c': [{ status: 303, headers: { location: 'd' } }],
      'https://other.example/d': [{ status: 307, headers: { location: '/e' } }],
      'https://other.example/e': [{ status: 308, headers: { location: '/f' } }],
      'https://other.example/f': [{ status: 200 }],
    });
    expect((await checkUrls([A], options(network).settings)).get(A)).toEqual({ state: 'ok', status: 200, redirects: 5 });
  });

  it('stops after the most redirects allowed, not one before', async () => {
    const chain = (length: number) =>
      Object.fromEntries(Array.from({ length: length + 1 }, (_, index) => [`https://partner.example/${index}`, index < length ? [{ status: 301, headers: { location: `/${index + 1}` } }] : [{ status: 200 }]]));
    expect((await checkUrls(['https://partner.example/0'], options(scriptedNetwork(chain(3)), { maxRedirects: 3 }).settings)).get('https://partner.example/0')).toEqual({ state: 'ok', status: 200, redirects: 3 });
    expect((await checkUrls(['https://partner.example/0'], options(scriptedNetwork(chain(4)), { maxRedirects: 3 }).settings)).get('https://partner.example/0')).toEqual({ state: 'too-many-redirects', redirects: 4 });
  });

  it('takes a redirect status without a location, or a 300, as the answer', async () => {
    const network = scriptedNetwork({ [A]: [{ status: 301 }], [B]: [{ status: 300, headers: { location: '/elsewhere' } }] });
    const verdicts = await checkUrls([A, B], options(network).settings);
    expect(verdicts.get(A)).toEqual({ state: 'ok', status: 301, redirects: 0 });
    expect(verdicts.get(B)).toEqual({ state: 'ok', status: 300, redirects: 0 });
  });

  it('asks once for a URL listed twice, with GET, manual redirects and its own user agent', async () => {
    const network = scriptedNetwork({ [A]: [{ status: 200 }] });
    const verdicts = await checkUrls([A, A], options(network).settings);
    expect([...verdicts.keys()]).toEqual([A]);
    expect(network.calls).toHaveLength(1);
    const init = network.calls[0]!.init!;
    expect([init.method, init.redirect, init.headers]).toEqual(['GET', 'manual', { 'user-agent': 'Baton link checker', accept: 'text/html,*/*;q=0.8' }]);
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it('never reads a body: it cancels it', async () => {
    let cancelled = false;
    const body = new ReadableStream({ cancel: () => void (cancelled = true) });
    const fetch = (async () => new Response(body, { status: 200 })) as typeof globalThis.fetch;
    await checkUrls([A], options({ fetch }).settings);
    expect(cancelled).toBe(true);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');

  it('reads seconds, spaces around them allowed', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 7 ', now)).toBe(7000);
    expect(parseRetryAfter('0', now)).toBe(0);
  });

  it('reads a date as the time left until it, and a date already past as no wait', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:27:00 GMT', now)).toBe(0);
  });

  it('ignores a missing, empty or unreadable value', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
