/**
 * Who changed which content file and when, read from git once per build with a single `git log`,
 * never one process per page. A shallow clone is detected and handled honestly: its oldest commit
 * looks as if it added every file, so a file whose only change in the clone is that commit has an
 * unknown date ("on or before"), never the clone's date passed off as the file's.
 */
import { spawnSync } from 'node:child_process';

/** Who made a commit, as git records them: `user.name` and `user.email`. */
export interface GitIdentity {
  name: string;
  email: string;
}

/** One commit that touched content. */
export interface Commit {
  hash: string;
  author: GitIdentity;
  /** When the commit was made (committer date), ISO 8601 with offset. */
  date: string;
  /** Files it touched, relative to the handbook root. */
  files: string[];
  /** The commit a shallow clone starts from: it shows every file as added, whatever really changed. */
  boundary: boolean;
}

/** What the history says about one file. */
export interface FileHistory {
  /** The newest real change, when the history holds it. */
  lastChanged?: { date: string; author: GitIdentity; hash: string };
  /** On a shallow clone with no real change in it: the file is at least this old. */
  notAfter?: string;
  /** Everyone who changed the file in the available history, most recent first. */
  contributors: GitIdentity[];
  /** False when the history is shallow, so older changes and contributors are missing. */
  complete: boolean;
}

/** The history of a handbook's content, or why there is none. */
export type ContentHistory =
  | { available: true; shallow: boolean; commits: Commit[]; files: Map<string, FileHistory> }
  | { available: false; reason: string };

const RECORD = '\x1e';
const FIELD = '\x1f';

/** Reads the history of `folder` (e.g. `content`) in the git repository holding `root`. */
export function readContentHistory(root: string, folder: string): ContentHistory {
  const git = (args: string[]) => spawnSync('git', ['-c', 'core.quotepath=off', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const shallow = git(['rev-parse', '--is-shallow-repository']);
  if (shallow.error || shallow.status !== 0) return { available: false, reason: 'the handbook is not in a git repository' };
  const log = git(['log', '--relative', '--no-renames', '--name-only', `--format=${RECORD}%H${FIELD}%P${FIELD}%an${FIELD}%ae${FIELD}%cI`, '--', folder]);
  if (log.status !== 0) return { available: false, reason: `git log failed: ${log.stderr.trim()}` };
  return summariseLog(log.stdout, shallow.stdout.trim() === 'true');
}

/** Turns `git log` output in the format above into per-file histories. Pure, for tests. */
export function summariseLog(output: string, shallow: boolean): ContentHistory & { available: true } {
  const commits = output
    .split(RECORD)
    .filter((record) => record.trim() !== '')
    .map((record): Commit => {
      const [header = '', ...lines] = record.split('\n');
      const [hash = '', parents = '', name = '', email = '', date = ''] = header.split(FIELD);
      return { hash, author: { name, email }, date, files: lines.filter((line) => line !== ''), boundary: shallow && parents.trim() === '' };
    });
  const files = new Map<string, FileHistory>();
  // `git log` lists the newest commit first, so the first real change seen is the latest.
  for (const commit of commits) {
    for (const file of commit.files) {
      const history = files.get(file) ?? { contributors: [], complete: !shallow };
      files.set(file, history);
      if (commit.boundary) {
        history.notAfter ??= commit.date;
        continue;
      }
      history.lastChanged ??= { date: commit.date, author: commit.author, hash: commit.hash };
      if (!history.contributors.some((known) => known.name === commit.author.name && known.email === commit.author.email)) history.contributors.push(commit.author);
    }
  }
  return { available: true, shallow, commits, files };
}
