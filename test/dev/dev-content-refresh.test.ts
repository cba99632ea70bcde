/**
 * The preview serves every edit on the next request. A real Vite dev server evaluates modules that
 * stand in for Astro's: the store file's text (a virtual module, as Astro's), a store holder that
 * keeps what it read (as Astro's content runtime does), the runtime pages import, and a page.
 */
import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin, type RunnableDevEnvironment, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DevContentRefresh } from '../../src/integrations/dev-content-refresh.ts';
import { projectRoot, scratchDir } from '../helpers/project.ts';

const modules = join(projectRoot, 'test/fixtures/dev-content-refresh');
const storeFile = join(scratchDir('dev-content-refresh'), 'data-store.json');
let server: ViteDevServer;
let ssr: RunnableDevEnvironment;
let signals: unknown[];
let warnings: string[];

/** Astro's module of the store file's text, under its name. */
const storeText: Plugin = {
  name: 'store-text',
  resolveId: (id) => (id === 'astro:data-layer-content' ? '\0astro:data-layer-content' : undefined),
  load: (id) => (id === '\0astro:data-layer-content' ? `export default ${JSON.stringify(readFileSync(storeFile, 'utf8'))};` : undefined),
};

/** A refresh for the test's server, its warnings kept. */
const refreshOf = () => new DevContentRefresh(server, (message) => warnings.push(message));

/** What the page shows now, as the next request would render it. */
async function rendered(): Promise<string> {
  const page = (await ssr.runner.import(join(modules, 'page.js'))) as { render(): string };
  return page.render();
}

/** A request the dev server is answering, until `end` is called. */
function request(refresh: DevContentRefresh): { end(): void; close(): void } {
  const response = new EventEmitter();
  refresh.middleware({} as IncomingMessage, response as ServerResponse, () => undefined);
  return { end: () => response.emit('finish'), close: () => response.emit('close') };
}

beforeAll(async () => {
  server = await createServer({ root: modules, configFile: false, logLevel: 'silent', plugins: [storeText], server: { middlewareMode: true, watch: null }, appType: 'custom' });
  ssr = server.environments.ssr as RunnableDevEnvironment;
  const send = ssr.hot.send.bind(ssr.hot);
  ssr.hot.send = ((...message: Parameters<typeof send>) => {
    // The runner's own traffic goes this way too, as objects; Astro's signals are named events.
    if (typeof message[0] === 'string') signals.push(message[0]);
    return send(...message);
  }) as typeof ssr.hot.send;
});

afterAll(async () => {
  await server?.close();
});

beforeEach(async () => {
  signals = [];
  warnings = [];
  writeFileSync(storeFile, 'before the edit');
  ssr.moduleGraph.invalidateAll();
  ssr.runner.evaluatedModules.clear();
});

describe('the preview after a content change', () => {
  it('would keep serving the store the page first read, unless told (what the refresh is for)', async () => {
    expect(await rendered()).toBe('before the edit');
    writeFileSync(storeFile, 'after the edit');
    expect(await rendered()).toBe('before the edit');
  });

  it('serves the written store on the next request, and empties the route cache', async () => {
    const refresh = refreshOf();
    expect(await rendered()).toBe('before the edit');
    writeFileSync(storeFile, 'after the edit');
    await refresh.storeWritten();
    expect(await rendered()).toBe('after the edit');
    expect(signals).toEqual(['astro:content-changed']);
    expect(warnings).toEqual([]);
  });

  it('reads the store afresh again once a request that began before the write ends', async () => {
    const refresh = refreshOf();
    expect(await rendered()).toBe('before the edit');
    const early = request(refresh);
    writeFileSync(storeFile, 'after the edit');
    await refresh.storeWritten();
    // The early request read the store before the write and, finishing late, leaves that behind.
    const page = (await ssr.runner.import(join(modules, 'page.js'))) as { readBeforeTheWrite(text: string): void };
    page.readBeforeTheWrite('before the edit');
    expect(await rendered()).toBe('before the edit');
    early.end();
    await vi.waitFor(async () => expect(await rendered()).toBe('after the edit'));
  });

  it('waits for the last such request, and leaves requests begun after the write alone', async () => {
    const refresh = refreshOf();
    const first = request(refresh);
    const second = request(refresh);
    await refresh.storeWritten();
    const later = request(refresh);
    expect(signals).toHaveLength(1);
    first.end();
    later.end();
    expect(signals).toHaveLength(1);
    second.end();
    await vi.waitFor(() => expect(signals).toHaveLength(2));
    // A response that closes after it finished is one request, not two.
    second.close();
    expect(signals).toHaveLength(2);
    const afterwards = request(refresh);
    afterwards.end();
    expect(signals).toHaveLength(2);
  });

  it('leaves a store holder that has read nothing yet to read the store as written', async () => {
    const refresh = refreshOf();
    writeFileSync(storeFile, 'after the edit');
    await refresh.storeWritten();
    expect(await rendered()).toBe('after the edit');
    expect(signals).toEqual(['astro:content-changed']);
  });
});
