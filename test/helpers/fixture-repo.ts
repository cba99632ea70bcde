/**
 * Fixture handbooks with a git history the tests can rely on: a copy of a fixture folder committed
 * three times with fixed authors and dates, and shallow clones of it, as CI checkouts often are.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** One commit of the fixture history: who, when (UTC), and which files it touched (all, for the first). */
export interface FixtureCommit {
  author: string;
  date: string;
  files?: string[];
}

/** The history every fixture repository gets, oldest first. */
export const FIXTURE_HISTORY: FixtureCommit[] = [
  { author: 'Ada Quill', date: '2026-09-01T08:00:00Z' },
  { author: 'Bruno Vale', date: '2026-10-01T16:45:00Z', files: ['content/playbooks/sample-intake.md'] },
  { author: 'Carla Ruiz', date: '2026-11-02T06:30:00Z', files: ['content/playbooks/labelling-rules.md'] },
];

function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Copies `source` to `destination` and commits it as `FIXTURE_HISTORY` says (later commits append a blank line). */
export function createFixtureRepository(source: string, destination: string): void {
  rmSync(destination, { recursive: true, force: true });
  cpSync(source, destination, { recursive: true });
  git(destination, ['init', '-q', '-b', 'main']);
  for (const [index, commit] of FIXTURE_HISTORY.entries()) {
    for (const file of commit.files ?? []) appendFileSync(join(destination, file), '\n');
    git(destination, ['add', '-A']);
    const email = `${commit.author.toLowerCase().replace(/\s+/g, '.')}@fieldnotes.example`;
    git(destination, ['-c', `user.name=${commit.author}`, '-c', `user.email=${email}`, 'commit', '-q', '-m', `Change ${index + 1}`], {
      GIT_AUTHOR_DATE: commit.date,
      GIT_COMMITTER_DATE: commit.date,
    });
  }
}

/** A clone of `repository` holding only its last `depth` commits. */
export function shallowClone(repository: string, destination: string, depth: number): void {
  rmSync(destination, { recursive: true, force: true });
  execFileSync('git', ['clone', '-q', '--depth', String(depth), `file://${repository}`, destination], { stdio: ['ignore', 'pipe', 'pipe'] });
}
