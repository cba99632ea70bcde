/**
 * The checker's view of a handbook: every file it looked at, read once, and the indexes rules need
 * to answer "does this exist?" quickly. Rules read this model; they never touch the disk.
 */
import type { Finding, Severity } from '../../src/lib/diagnostic.ts';
import type { IsoDate } from '../../src/lib/calendar.ts';
import type { Outline } from '../../src/lib/reading/markdown-outline.ts';
import type { FrontmatterSource, ReadProblem } from '../../src/lib/reading/read-entry.ts';
import type { ProjectConfig } from '../../src/schemas/config.ts';
import type { CollectionName, Handover, Person, Role } from '../../src/schemas/index.ts';
import type { UrlVerdict } from './external/url-checker.ts';

/**
 * What a file is to the checker: a page of a collection (`entry`), a partial (`_name.md`), a Markdown
 * document outside `content/` (a legacy handbook), or some `other` file in the content folder.
 */
export type FileKind = 'entry' | 'partial' | 'document' | 'other';

/** One file as the checker read it. Plain data, so it can be cached between runs. */
export interface CheckedFile {
  /** Path relative to the handbook root, forward slashes: what messages show. */
  path: string;
  kind: FileKind;
  /** For entries: the collection and id. */
  collection?: CollectionName;
  id?: string;
  /** The frontmatter as written, when it could be parsed. */
  rawData?: Record<string, unknown>;
  /** The frontmatter after validation, only when it is valid. */
  data?: Record<string, unknown>;
  /** The frontmatter as written, for finding where a value is (see `locate`). */
  frontmatter?: FrontmatterSource;
  /** Anchors and links of the body, when the file could be read as text. */
  outline?: Outline;
  /** Problems found while reading the file (encoding, fences, YAML, schema, file name, symlinks). */
  problems: ReadProblem[];
}

/** A finding of a rule, with its own severity when it differs from the rule's default. */
export interface RuleFinding extends Finding {
  severity?: Severity;
}

/** Everything a rule may consult. */
export interface CheckContext {
  /** The day dates are judged by. */
  today: IsoDate;
  config: ProjectConfig;
  files: readonly CheckedFile[];
  byPath: ReadonlyMap<string, CheckedFile>;
  /** Entries by `collection/id`; more than one means a collision. */
  entries: ReadonlyMap<string, readonly CheckedFile[]>;
  /** Ids of every file in the people directory, valid or not (a broken file still names a person). */
  personIds: ReadonlySet<string>;
  /** Valid people, by id. */
  people: ReadonlyMap<string, Person>;
  roles: ReadonlyMap<string, Role>;
  handovers: readonly { id: string; data: Handover }[];
  /** Whether a published page of the handbook may link to this entry. */
  isPublished(file: CheckedFile): boolean;
  /** Whether a file exists under `public/` (path relative to it). */
  assetExists(path: string): boolean;
  /** Whether a path exists inside the handbook root (file or folder). */
  pathExists(path: string): boolean;
  /** The text of a file inside the handbook root (UTF-8), or undefined when there is none. */
  readText(path: string): string | undefined;
  /** Whether a site route that is not an entry page exists: `/`, `/playbooks/`, `/tags/x/`. */
  routeExists(path: string): boolean;
  /** Verdicts on external URLs, when the check was run with `--external`. */
  externalVerdicts?: ReadonlyMap<string, UrlVerdict>;
  /** Work shared between rules for one file, computed once (e.g. link resolution). */
  memo<T>(file: CheckedFile, key: string, compute: () => T): T;
  /** Work shared between rules across the handbook, computed once (e.g. who holds what). */
  shared<T>(key: string, compute: () => T): T;
}
