/**
 * The files a pull request changes: what differs between the git ref it is compared with and the
 * working tree (commits, staged and unstaged edits, new files), relative to the handbook root.
 */
import { execFileSync } from 'node:child_process';

/** A ref git cannot resolve, or a folder that is not in a git repository. */
export class GitChangesError extends Error {}

/** Handbook-relative paths (forward slashes) of every file changed since `ref`, under `root`. */
export function filesChangedSince(root: string, ref: string): Set<string> {
  const git = (args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new GitChangesError(`\`--changed-since ${ref}\` is not a commit git knows here`);
  }
  // `--relative` keeps paths relative to the handbook root, which may be a folder inside the repository.
  const changed = git(['diff', '--name-only', '--no-renames', '--relative', '-z', ref, '--']);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z']);
  return new Set([...changed.split('\0'), ...untracked.split('\0')].filter(Boolean));
}
