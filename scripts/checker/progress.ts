/**
 * A one-line progress counter for long runs on a terminal. It stays silent in CI, with `--quiet`,
 * when the output is not a terminal, and for runs too short to need it.
 */

/** Where to draw, and whether drawing is wanted at all. */
export interface ProgressOptions {
  enabled: boolean;
  write(text: string): void;
  now?: () => number;
}

/** Returns a callback to report files read, and a function that clears the line at the end. */
export function createProgress({ enabled, write, now = () => performance.now() }: ProgressOptions): { onFileRead(done: number, total: number): void; finish(): void } {
  const started = now();
  let lastDrawn = -Infinity;
  let drawn = false;
  return {
    onFileRead(done, total) {
      if (!enabled) return;
      const time = now();
      // Quick runs finish before anyone needs a counter; redraw at most ten times a second.
      if (time - started < 500 || time - lastDrawn < 100) return;
      lastDrawn = time;
      drawn = true;
      write(`\rChecking ${done}/${total} files…`);
    },
    finish() {
      if (drawn) write('\r\u001b[2K');
    },
  };
}
