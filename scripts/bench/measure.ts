/**
 * Runs a command and measures it from outside: wall time, and peak memory read from the kernel's
 * high-water mark for the process (`VmHWM` in `/proc/<pid>/status`) while it runs. Works for any
 * program, so Baton and the tools it is compared with are measured the same way.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** What one run cost. */
export interface Measurement {
  wallMs: number;
  /** Peak resident memory of the process, in megabytes. */
  peakMb: number;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command args` in `cwd` and measures it. */
export function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    const sample = () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const highWater = /VmHWM:\s+(\d+) kB/.exec(status);
        if (highWater) peakKb = Math.max(peakKb, Number(highWater[1]));
      } catch {
        // The process has just exited; its last sample stands.
      }
    };
    const timer = setInterval(sample, 10);
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('exit', () => sample());
    child.on('close', (exitCode) => {
      clearInterval(timer);
      resolve({ wallMs: performance.now() - started, peakMb: peakKb / 1024, exitCode, stdout, stderr });
    });
  });
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
