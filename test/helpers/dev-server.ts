/**
 * Runs `npm run dev` on a free port of 127.0.0.1 against a handbook folder, as an author would, and
 * stops it with its whole process group (npm, Astro and Pagefind's indexing process).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot, TEST_TODAY } from './project.ts';

/** A running dev server: its base URL, everything it printed so far, and how to stop it. */
export interface DevServer {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * The environment an author's shell would have: without what Vitest sets for its own runs
 * (`NODE_ENV=test`, `BASE_URL`, `MODE`, ...), which the dev server would take as its own and answer
 * every page with a 404.
 */
function authorEnvironment(): NodeJS.ProcessEnv {
  const vitestOwn = new Set(['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']);
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !vitestOwn.has(name) && !name.startsWith('VITEST')));
}

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts the dev server on `handbook` and resolves once `readyPath` answers 200. */
export async function startDevServer(handbook: string, { readyPath = '/' } = {}): Promise<DevServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1', '--strictPort'], {
    cwd: projectRoot,
    env: { ...authorEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', BATON_TODAY: TEST_TODAY, BATON_HANDBOOK: handbook },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that stopping it stops Astro and Pagefind too.
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    // npm missing from PATH: reported below as the server exiting before it served anything.
    child.once('error', (error) => {
      output += `${error.message}\n`;
      resolve();
    });
  });
  let running = true;
  void exited.then(() => (running = false));
  const stop = async () => {
    if (running && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await exited;
    }
  };
  // Polled until it answers; the test's hook timeout bounds the wait.
  for (;;) {
    if (!running) throw new Error(`npm run dev exited before serving ${readyPath}:\n${output}`);
    const status = await fetch(`${url}${readyPath}`).then((response) => response.status, () => 0);
    if (status === 200) break;
    await sleep(250);
  }
  return { url, output: () => output, stop };
}
