/** Builds a handbook with the real `astro build`, as `npm run build` does, into a folder of the test's choosing. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot, TEST_TODAY } from './project.ts';

/** What a build printed and how it ended. */
export interface BuildResult {
  exitCode: number | null;
  output: string;
}

/** Builds the handbook at `handbook` (default: the starter handbook) into `outDir`. */
export function buildHandbook({ handbook, outDir, env = {} }: { handbook?: string; outDir: string; env?: Record<string, string> }): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: projectRoot,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        BATON_TODAY: TEST_TODAY,
        ...(handbook ? { BATON_HANDBOOK: handbook } : {}),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, output }));
  });
}
