/**
 * The files a pull request changes: what differs between the point where the branch left the git ref
 * it is compared with (their merge base, as a forge's pull request diff takes it) and the working
 * tree (commits, staged and unstaged edits, new files), relative to the handbook root. What the ref
 * gained after the branch left it is not the branch's change.
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
  const changed = git(['diff', '--name-only', '--no-renames', '--relative', '-z', forkPoint(git, ref), '--']);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z']);
  return new Set([...changed.split('\0'), ...untracked.split('\0')].filter(Boolean));
}

/** Where the branch left `ref`; `ref` itself when git cannot tell (a shallow clone without their common history). */
function forkPoint(git: (args: string[]) => string, ref: string): string {
  try {
    return git(['merge-base', ref, 'HEAD']).trim();
  } catch {
    return ref;
  }
}
