/**
 * Runs a command and measures it from outside: wall time; CPU time (user and system, all threads)
 * from `/proc/<pid>/stat`, which a busy shared machine disturbs far less than wall time; and peak
 * memory read from the kernel's high-water mark for the process (`VmHWM` in `/proc/<pid>/status`)
 * while it runs. Works for any program, so Baton and the tools it is compared with are measured the
 * same way.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Milliseconds in one clock tick of `/proc/<pid>/stat` (USER_HZ, 100 on Linux). */
const TICK_MS = 10;

/** What one run cost. */
export interface Measurement {
  wallMs: number;
  /** CPU time, user plus system, as last sampled (every 10 ms) before the process ended. */
  cpuMs: number;
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
    let cpuTicks = 0;
    const sample = () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const highWater = /VmHWM:\s+(\d+) kB/.exec(status);
        if (highWater) peakKb = Math.max(peakKb, Number(highWater[1]));
        // After the command name (which may hold spaces), utime and stime are the 12th and 13th fields.
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        cpuTicks = Math.max(cpuTicks, Number(fields[11]) + Number(fields[12]));
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
      resolve({ wallMs: performance.now() - started, cpuMs: cpuTicks * TICK_MS, peakMb: peakKb / 1024, exitCode, stdout, stderr });
    });
  });
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
