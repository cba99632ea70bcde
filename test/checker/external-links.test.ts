import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUrls, parseRetryAfter, type UrlCheckOptions } from '../../scripts/checker/external/url-checker.ts';
import { openUrlCache } from '../../scripts/checker/external/url-cache.ts';
import { checkExternalLinks } from '../../scripts/checker/external/check-external-links.ts';
import { projectConfigSchema } from '../../src/schemas/config.ts';
import type { CheckedFile } from '../../scripts/checker/model.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/http-fixture-server.ts';
import { makeHandbook, playbook } from '../helpers/check-fixture.ts';
import { runScript, runScriptAsync } from '../helpers/run-cli.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

const waits: number[] = [];
const options = (overrides: Partial<UrlCheckOptions> = {}): UrlCheckOptions => ({
  // Long enough for a busy machine to answer from 127.0.0.1; the one test of a timeout sets its own.
  timeoutMs: 10_000,
  concurrency: 4,
  perHost: 2,
  retries: 2,
  maxRetryWaitMs: 5000,
  maxRedirects: 5,
  backoffMs: (attempt) => attempt * 10,
  sleep: async (ms) => {
    waits.push(ms);
  },
  ...overrides,
});

describe('checking external URLs against a local server', () => {
  it('accepts a 200 and follows a chain of redirects to one', async () => {
    const verdicts = await checkUrls([server.url('/ok'), server.url('/moved')], options());
    expect(verdicts.get(server.url('/ok'))).toEqual({ state: 'ok', status: 200, redirects: 0 });
    expect(verdicts.get(server.url('/moved'))).toEqual({ state: 'ok', status: 200, redirects: 2 });
  });

  it('calls 404 and 410 broken without retrying them', async () => {
    const verdicts = await checkUrls([server.url('/missing'), server.url('/gone')], options());
    expect(verdicts.get(server.url('/missing'))).toEqual({ state: 'broken', status: 404, redirects: 0 });
    expect(verdicts.get(server.url('/gone'))).toEqual({ state: 'broken', status: 410, redirects: 0 });
    expect(server.hits('/gone')).toBe(1);
  });

  it('stops following a redirect loop at the cap', async () => {
    const verdicts = await checkUrls([server.url('/loop')], options({ maxRedirects: 3 }));
    expect(verdicts.get(server.url('/loop'))).toEqual({ state: 'too-many-redirects', redirects: 4 });
  });

  it('waits as long as Retry-After asks after a 429, then succeeds', async () => {
    waits.length = 0;
    const verdicts = await checkUrls([server.url('/busy-once')], options());
    expect(verdicts.get(server.url('/busy-once'))).toEqual({ state: 'ok', status: 200, redirects: 0 });
    expect(waits).toEqual([1000]);
  });

  it('gives up on a host that keeps answering 429 after the retries', async () => {
    const before = server.hits('/always-busy');
    const verdicts = await checkUrls([server.url('/always-busy')], options({ retries: 2 }));
    expect(verdicts.get(server.url('/always-busy'))).toEqual({ state: 'unreachable', reason: 'answered 429 Too Many Requests after 3 attempts', status: 429 });
    expect(server.hits('/always-busy') - before).toBe(3);
  });

  it('retries a 5xx with backoff and accepts the answer that follows', async () => {
    waits.length = 0;
    const verdicts = await checkUrls([server.url('/flaky'), server.url('/error')], options({ retries: 2 }));
    expect(verdicts.get(server.url('/flaky'))).toEqual({ state: 'ok', status: 200, redirects: 0 });
    expect(verdicts.get(server.url('/error'))).toEqual({ state: 'unreachable', reason: 'answered 500 server error after 3 attempts', status: 500 });
    expect(waits.toSorted((a, b) => a - b)).toEqual([10, 10, 20]);
  });

  it('gives up on an answer slower than the timeout', async () => {
    const verdicts = await checkUrls([server.url('/slow')], options({ timeoutMs: 200 }));
    expect(verdicts.get(server.url('/slow'))).toEqual({ state: 'unreachable', reason: 'did not answer within 0.2 s' });
  });

  it('reports a connection that is reset, after retrying it', async () => {
    const before = server.hits('/reset');
    const verdicts = await checkUrls([server.url('/reset')], options({ retries: 1 }));
    expect(verdicts.get(server.url('/reset'))).toEqual({ state: 'unreachable', reason: 'dropped the connection' });
    expect(server.hits('/reset') - before).toBe(2);
  });

  it('never has more requests to one host under way than the per-host limit', async () => {
    let inFlight = 0;
    let most = 0;
    const counting: typeof fetch = async (input, init) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight -= 1;
      }
    };
    await checkUrls(Array.from({ length: 8 }, (_, index) => server.url(`/ok?${index}`)), options({ perHost: 2, concurrency: 8, fetch: counting }));
    expect(most).toBe(2);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('120')).toBe(120_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('the external link cache', () => {
  const file = (url: string): CheckedFile => ({ path: 'content/playbooks/a.md', kind: 'entry', problems: [], outline: { headings: [], ids: [], links: [{ url, kind: 'link', line: 1, column: 1 }], safety: [], markup: [] } });
  const settings = projectConfigSchema.parse({ check: { external: { cache_max_age: '1d', ignore: ['https://intranet.example/*'] } } }).check.external;

  it('re-checks only results older than the maximum age, and never ignored URLs', async () => {
    const cachePath = join(mkdtempSync(join(tmpdir(), 'baton-external-')), 'external.json');
    const asked: string[] = [];
    const recording: typeof fetch = (input, init) => {
      asked.push(String(input));
      return fetch(input, init);
    };
    const files = [file(server.url('/ok')), file('https://intranet.example/wiki/page')];
    const now = Date.parse('2026-11-23T09:00:00Z');
    await checkExternalLinks(files, settings, { cache: openUrlCache(cachePath), now, fetch: recording });
    await checkExternalLinks(files, settings, { cache: openUrlCache(cachePath), now: now + 3_600_000, fetch: recording });
    expect(asked).toEqual([server.url('/ok')]);
    await checkExternalLinks(files, settings, { cache: openUrlCache(cachePath), now: now + 2 * 86_400_000, fetch: recording });
    expect(asked).toEqual([server.url('/ok'), server.url('/ok')]);
  });
});

describe('npm run check -- --external', () => {
  it('reports broken external links with the usual exit codes, only when asked', async () => {
    const root = makeHandbook({ 'content/playbooks/fto.md': playbook(`See [the portal](${server.url('/gone')}) and [home](${server.url('/ok')}).`) });
    const offline = runScript('check', ['--no-cache', '--today', '2026-11-23'], root);
    expect(offline.status).toBe(0);
    const online = await runScriptAsync('check', ['--no-cache', '--today', '2026-11-23', '--external', '--format', 'json', '--external-cache', join(root, 'external.json')], root);
    expect(online.status).toBe(1);
    expect(JSON.parse(online.stdout)).toEqual([
      { file: 'content/playbooks/fto.md', line: 11, column: 5, severity: 'error', ruleId: 'external-link', message: `External link \`${server.url('/gone')}\` answered 410`, hint: 'find where the page moved, or remove the link' },
    ]);
  });
});
