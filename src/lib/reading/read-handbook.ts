/**
 * The one reading of a handbook: find its files, read each once (from the cache when its bytes have
 * not changed), and index what was read by path, by collection and id, and by person. The checker,
 * the site's content loader and the upkeep commands all start here, so they cannot see a different
 * handbook. Files are read a bounded number at a time: a handbook of tens of thousands of pages must
 * not run into the open-file limit.
 */
import { readFile } from 'node:fs/promises';
import pLimit from 'p-limit';
import { isPublishable } from '../judging/publication.ts';
import { RULES } from '../rules.ts';
import type { ProjectConfig } from '../../schemas/config.ts';
import type { Handover, Person, Role } from '../../schemas/index.ts';
import { discoverHandbook, type FoundFile, type SourceFolder } from './discover.ts';
import { contentHash, noCache, type FileCache } from './file-cache.ts';
import { pageLimitsOf, type PageLimits } from './page-limits.ts';
import { readCheckedFile, type CheckedFile } from './read-file.ts';

/** How many files are open at once: far below any usual limit (1,024 is common), yet enough to keep the disk busy. */
export const OPEN_FILES_AT_ONCE = 64;

/** What to read and how. */
export interface ReadHandbookOptions {
  /** The handbook root: the folder with `content/` and `baton.config.yml`. */
  root: string;
  config: ProjectConfig;
  /** Files or folders whose problems are reported (default `content/`); `content/` is always read. */
  paths?: readonly string[];
  /** Results of earlier readings, by content hash. */
  cache?: FileCache;
  /** Scan every file for credentials (the `secret` rule). */
  scanSecrets?: boolean;
  /** Keep each entry's Markdown body, for rendering. */
  keepBodies?: boolean;
  /** Called as files are read, for progress on a terminal. */
  onFileRead?: (done: number, total: number) => void;
  /** Count drafts as published: the author's preview under `npm run dev` shows them. */
  previewDrafts?: boolean;
}

/** A handbook as read: every file, and the indexes every consumer asks. */
export interface Handbook {
  root: string;
  config: ProjectConfig;
  /** Every file found, in path order. */
  files: readonly CheckedFile[];
  /** The files whose problems are reported (under the requested paths). */
  reported: ReadonlySet<CheckedFile>;
  /** Folders of Markdown outside Baton's content that were asked for, each judged as its own site. */
  sources: readonly SourceFolder[];
  byPath: ReadonlyMap<string, CheckedFile>;
  /** Entries by `collection/id`; more than one means a collision. */
  entries: ReadonlyMap<string, readonly CheckedFile[]>;
  /** Ids of every file in the people directory, valid or not (a broken file still names a person). */
  personIds: ReadonlySet<string>;
  /** Valid people, by id. */
  people: ReadonlyMap<string, Person>;
  /** Valid roles, by id. */
  roles: ReadonlyMap<string, Role>;
  /** Valid handovers. */
  handovers: readonly { id: string; data: Handover }[];
  /** Tags in use on published pages. */
  tags: ReadonlySet<string>;
  /** Whether the site publishes this entry (valid, not a draft, not confidential unless allowed). */
  isPublished(file: CheckedFile): boolean;
}

/** The key of an entry in `Handbook.entries`. */
export function entryKey(collection: string, id: string): string {
  return `${collection}/${id}`;
}

/** Reads the handbook at `options.root`; `cached` counts the files the cache answered. */
export async function readHandbook(options: ReadHandbookOptions): Promise<{ handbook: Handbook; cached: number }> {
  const { files: found, sources } = discoverHandbook(options.root, options.paths ?? ['content']);
  const cache = options.cache ?? noCache;
  const readOptions = {
    allowedImports: options.config.check.mdx.allowed_imports,
    limits: pageLimitsOf(options.config.check),
    ...(options.scanSecrets && { secrets: { allow: options.config.check.secrets.allow } }),
    ...(options.keepBodies && { keepBody: true }),
  };
  // What was scanned for is part of the key: a result read without the secret scan, or with other
  // allowed imports or limits, never stands in for one read with them.
  const scanKey = JSON.stringify({ secrets: readOptions.secrets?.allow ?? null, imports: readOptions.allowedImports, limits: readOptions.limits });
  const limit = pLimit(OPEN_FILES_AT_ONCE);
  let done = 0;
  let cached = 0;
  const files = await Promise.all(
    found.map((file) =>
      limit(async () => {
        const read = await readOne(file, cache, scanKey, readOptions);
        if (read.fromCache) cached += 1;
        done += 1;
        options.onFileRead?.(done, found.length);
        return read.file;
      }),
    ),
  );
  cache.save();
  const reported = new Set(files.filter((_, index) => found[index]!.reported));
  return { handbook: indexHandbook(options.root, options.config, files, reported, sources, { previewDrafts: options.previewDrafts === true }), cached };
}

interface OneFileOptions {
  allowedImports: readonly string[];
  limits: PageLimits;
  secrets?: { allow: readonly string[] };
  keepBody?: boolean;
}

async function readOne(found: FoundFile, cache: FileCache, scanKey: string, options: OneFileOptions): Promise<{ file: CheckedFile; fromCache: boolean }> {
  // A symlink out of its folder is never followed, so its bytes are never read.
  if (found.escapesTo !== undefined) return { file: readCheckedFile(found, undefined), fromCache: false };
  const bytes = found.kind === 'other' ? new Uint8Array() : await readFile(found.absolutePath);
  const hash = contentHash(bytes, `${found.kind}:${found.collection ?? ''}:${scanKey}`);
  // Bodies are kept for rendering, which the cache does not store; a reading that keeps them reads afresh.
  const hit = options.keepBody ? undefined : cache.get(found.path, hash);
  if (hit) return { file: hit, fromCache: true };
  const file = readCheckedFile(found, bytes, options);
  // A page refused for its size is not read at all, not even by the secret scanner; the refusal fails the check.
  if (options.secrets && found.kind !== 'other' && bytes.length <= options.limits.maxBytes) {
    // Scanned as the bytes decode, so a secret is found even in a file that is otherwise unreadable.
    const text = new TextDecoder('utf-8').decode(bytes).replaceAll('\r\n', '\n');
    const { scanForSecrets } = await loadSecretScanner();
    const secrets = await scanForSecrets(text, options.secrets.allow);
    file.problems.push(...secrets.map((finding) => ({ ...finding, severity: 'error' as const, ruleId: RULES.secret.id })));
  }
  if (!options.keepBody) cache.set(found.path, hash, file);
  return { file, fromCache: false };
}

/** The scanner and its rules take a tenth of the checker's start-up, so readings that scan no secrets (`--only links`) never load them. */
let secretScanner: Promise<typeof import('./secrets/scan-secrets.ts')> | undefined;
function loadSecretScanner(): Promise<typeof import('./secrets/scan-secrets.ts')> {
  secretScanner ??= import('./secrets/scan-secrets.ts');
  return secretScanner;
}

/** Indexes files already read: what every consumer of the handbook looks things up in. */
export function indexHandbook(root: string, config: ProjectConfig, files: readonly CheckedFile[], reported: ReadonlySet<CheckedFile> = new Set(files), sources: readonly SourceFolder[] = [], { previewDrafts = false }: { previewDrafts?: boolean } = {}): Handbook {
  const policy = { includeConfidential: config.site.include_confidential, includeDrafts: previewDrafts };
  const entries = new Map<string, CheckedFile[]>();
  const personIds = new Set<string>();
  const people = new Map<string, Person>();
  const roles = new Map<string, Role>();
  const handovers: { id: string; data: Handover }[] = [];
  const tags = new Set<string>();
  // By path, which is one file's alone: copies of a file (the commands extend them) are judged alike.
  const published = new Set<string>();

  for (const file of files) {
    if (file.kind !== 'entry' || !file.collection || !file.id) continue;
    const key = entryKey(file.collection, file.id);
    const sharing = entries.get(key);
    if (sharing) sharing.push(file);
    else entries.set(key, [file]);
    if (file.collection === 'people') personIds.add(file.id);
    if (!file.data) continue;
    if (isPublishable(file.collection, file.data, policy)) {
      published.add(file.path);
      for (const tag of (file.data.tags as string[] | undefined) ?? []) tags.add(tag);
    }
    if (file.collection === 'people') people.set(file.id, file.data as Person);
    if (file.collection === 'roles') roles.set(file.id, file.data as Role);
    if (file.collection === 'handovers') handovers.push({ id: file.id, data: file.data as Handover });
  }
  return {
    root,
    config,
    files,
    reported,
    sources,
    byPath: new Map(files.map((file) => [file.path, file])),
    entries,
    personIds,
    people,
    roles,
    handovers,
    tags,
    isPublished: (file) => published.has(file.path),
  };
}
