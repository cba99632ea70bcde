/**
 * A local HTTP server on 127.0.0.1 that behaves like the web at its worst: redirect chains and loops,
 * gone pages, rate limits with `Retry-After`, server errors, answers too slow to wait for, and
 * connections dropped mid-request. Tests of external link checking talk only to it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running fixture server and how often each path was asked for. */
export interface FixtureServer {
  url(path: string): string;
  hits(path: string): number;
  close(): Promise<void>;
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const hits = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    const count = (hits.get(path) ?? 0) + 1;
    hits.set(path, count);
    const send = (status: number, headers: Record<string, string> = {}) => {
      response.writeHead(status, headers);
      response.end(status < 300 ? 'ok' : '');
    };
    switch (path) {
      case '/ok':
        return send(200);
      case '/moved':
        return send(301, { location: '/moved-again' });
      case '/moved-again':
        return send(308, { location: '/ok' });
      case '/loop':
        return send(301, { location: '/loop' });
      case '/missing':
        return send(404);
      case '/gone':
        return send(410);
      case '/busy-once':
        return count === 1 ? send(429, { 'retry-after': '1' }) : send(200);
      case '/always-busy':
        return send(429, { 'retry-after': '0' });
      case '/error':
        return send(500);
      case '/flaky':
        return count === 1 ? send(503) : send(200);
      case '/slow':
        setTimeout(() => send(200), 2000);
        return;
      case '/reset':
        request.socket.destroy();
        return;
      default:
        return send(404);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits: (path) => hits.get(path) ?? 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
