/** Runs one of the project's command-line tools as a user would, in a given folder. */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './project.ts';

/** What a command printed and how it ended. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/<script>.ts` with `args` in `cwd`, with no terminal and `NO_COLOR` unless `env` says otherwise. */
export function runScript(script: string, args: string[], cwd: string, env: Record<string, string | undefined> = {}): CliRun {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', `${script}.ts`), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: 'true', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Like `runScript`, without blocking this process: for tests whose own server must answer the script. */
export function runScriptAsync(script: string, args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(projectRoot, 'scripts', `${script}.ts`), ...args], { cwd, env: { ...process.env, NO_COLOR: '1', CI: 'true', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
