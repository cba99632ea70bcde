import { afterAll, beforeAll } from 'vitest';
import type { CheckOptions } from '../../scripts/checker/run-check.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/http-fixture-server.ts';
import { describeRuleDocs } from '../helpers/rule-test.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

/** `partner.example` in the documented examples is the local fixture server; nothing leaves the machine. */
function againstFixtureServer(): Partial<CheckOptions> {
  const cache = { fresh: () => undefined, remember: () => {}, save: () => {} };
  const fetchLocally: typeof fetch = (input, init) => fetch(String(input).replace('https://partner.example', server.url('')), init);
  return { external: { cache, fetch: fetchLocally, sleep: async () => {} } };
}

describeRuleDocs('external-link', againstFixtureServer);
