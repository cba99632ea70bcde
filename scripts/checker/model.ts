/**
 * What a rule may consult: the handbook as the one reading left it (every file read once, indexed),
 * the day it is judged by, and work shared between rules. Rules read this model; they never touch the disk.
 */
import type { Finding, Severity } from '../../src/lib/diagnostic.ts';
import type { IsoDate } from '../../src/lib/calendar.ts';
import type { AttentionFinding } from '../../src/lib/judging/attention.ts';
import type { Handbook } from '../../src/lib/reading/read-handbook.ts';
import type { SourceFolder } from '../../src/lib/reading/discover.ts';
import type { CheckedFile } from '../../src/lib/reading/read-file.ts';
import type { SourceLookup, SourceRouting } from '../../src/lib/judging/source-links.ts';
import type { UrlVerdict } from './external/url-checker.ts';

export type { CheckedFile, FileKind } from '../../src/lib/reading/read-file.ts';

/** A finding of a rule, with its own severity when it differs from the rule's default. */
export interface RuleFinding extends Finding {
  severity?: Severity;
}

/** Everything a rule may consult: the handbook read once, and what it is judged against. */
export interface CheckContext extends Handbook {
  /** The day dates are judged by. */
  today: IsoDate;
  /** Whether a file exists under `public/` (path relative to it). */
  assetExists(path: string): boolean;
  /** Whether a path exists inside the handbook root (file or folder). */
  pathExists(path: string): boolean;
  /** The text of a file inside the handbook root (UTF-8), or undefined when there is none. */
  readText(path: string): string | undefined;
  /** How the source folders' own sites route their pages (`--base`, `--index`, ...). */
  routing: SourceRouting;
  /** What is at an absolute path of a source folder, and which of its files have a name (for wiki links). */
  sourceLookup(source: SourceFolder): SourceLookup;
  /** The source folder a document belongs to. */
  sourceOf(file: CheckedFile): SourceFolder | undefined;
  /** Whether a site route that is not an entry page exists: `/`, `/playbooks/`, `/tags/x/`. */
  routeExists(path: string): boolean;
  /** What needs attention on an entry today (the time rules and succession gaps report from it). */
  attention(file: CheckedFile): readonly AttentionFinding[];
  /** Verdicts on external URLs, when the check was run with `--external`. */
  externalVerdicts?: ReadonlyMap<string, UrlVerdict>;
  /** Work shared between rules for one file, computed once (e.g. link resolution). */
  memo<T>(file: CheckedFile, key: string, compute: () => T): T;
  /** Work shared between rules across the handbook, computed once (e.g. who holds what). */
  shared<T>(key: string, compute: () => T): T;
}
