/** Temporary handbooks for the command tests, and ways to see exactly what a command changed. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll } from 'vitest';
import { projectRoot, TEST_TODAY } from '../helpers/project.ts';
import { runScript, type CliRun } from '../helpers/run-cli.ts';

const temporaryRoots: string[] = [];
afterAll(() => {
  for (const root of temporaryRoots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function temporaryRoot(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  temporaryRoots.push(root);
  return root;
}

/** A temporary copy of `test/fixtures/commands` with `files` written on top; returns its root. Removed after the test file. */
export function commandHandbook(files: Record<string, string> = {}): string {
  const root = temporaryRoot('baton-command-');
  cpSync(join(projectRoot, 'test/fixtures/commands'), root, { recursive: true });
  writeFiles(root, files);
  return root;
}

/** A temporary copy of the starter handbook (`content/`, the `public/` files it links to, and `baton.config.yml`). */
export function starterHandbook(): string {
  const root = temporaryRoot('baton-starter-');
  cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(projectRoot, 'public'), join(root, 'public'), { recursive: true });
  cpSync(join(projectRoot, 'baton.config.yml'), join(root, 'baton.config.yml'));
  return root;
}

/** Writes `files` (path → text) under `root`. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** Runs `npm run <command>` in `root`. */
export function run(command: string, root: string, ...args: string[]): CliRun {
  return runScript(command, args, root);
}

/** Runs `npm run check` on `paths` of the handbook at `root`, judged on the test day. */
export function check(root: string, ...paths: string[]): CliRun {
  return runScript('check', ['--no-cache', '--today', TEST_TODAY, ...paths], root);
}

/** Every file under `root` with its exact bytes, to compare before and after a command. */
export function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(root, path).split('\\').join('/'), readFileSync(path, 'latin1'));
  }
  return files;
}

/** The paths whose bytes differ between two snapshots, new and removed files included. */
export function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((path) => before.get(path) !== after.get(path)).sort();
}

/** A file of the handbook at `root`, exactly as stored. */
export function read(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

/** A file of the command fixture as committed. */
export function fixture(path: string): string {
  return readFileSync(join(projectRoot, 'test/fixtures/commands', path), 'utf8');
}

export { TEST_TODAY };
