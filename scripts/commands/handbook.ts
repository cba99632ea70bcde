/**
 * The handbook as the upkeep commands see it: the settings, and every page read the way the site and
 * the checker read it, with the exact text on disk kept so a command can edit it without changing
 * anything else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readProjectConfig } from '../../src/lib/reading/project-config.ts';
import { readEntry, type ReadEntry } from '../../src/lib/reading/read-entry.ts';
import type { ProjectConfig } from '../../src/schemas/config.ts';
import type { CollectionName, Person } from '../../src/schemas/index.ts';
import { discoverFiles, MissingPathError } from '../../src/lib/reading/discover.ts';
import { CommandError, EXIT_TOOL_FAILED } from './cli.ts';

/** One content file: where it is, its exact text, and what reading it found. */
export interface HandbookFile {
  /** Path relative to the handbook root, forward slashes. */
  path: string;
  absolutePath: string;
  collection: CollectionName;
  id: string;
  /** The file's text exactly as stored (BOM and line endings included), or undefined when it is not UTF-8. */
  source: string | undefined;
  entry: ReadEntry;
}

/** Settings and every page of a handbook. */
export interface Handbook {
  root: string;
  config: ProjectConfig;
  files: HandbookFile[];
  /** Valid people, by id. */
  people: ReadonlyMap<string, Person>;
  /** Ids of every file in the people directory, valid or not. */
  personIds: ReadonlySet<string>;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads the handbook at `root`; a missing `content/` folder or a broken settings file stops the command. */
export function loadHandbook(root: string): Handbook {
  const settings = readProjectConfig(root);
  if (!settings.config) {
    const first = settings.problems[0];
    const where = first ? `${first.file}:${first.line}:${first.column}: ${first.message}${first.hint ? `; ${first.hint}` : ''}` : 'baton.config.yml';
    throw new CommandError(`The settings file has errors (${where})`, 'run `npm run check` to see them all', EXIT_TOOL_FAILED);
  }
  let found;
  try {
    found = discoverFiles(root, ['content']);
  } catch (error) {
    if (error instanceof MissingPathError) throw new CommandError('There is no `content/` folder here', 'run the command in the handbook root, the folder with `content/` and `baton.config.yml`', EXIT_TOOL_FAILED);
    throw error;
  }
  const files: HandbookFile[] = [];
  for (const file of found) {
    if (file.kind !== 'entry' || !file.collection || file.escapesTo !== undefined) continue;
    const bytes = readFileSync(file.absolutePath);
    const entry = readEntry(file.collection, file.path, bytes);
    files.push({ path: file.path, absolutePath: file.absolutePath, collection: file.collection, id: entry.id, source: decode(bytes), entry });
  }
  const people = new Map<string, Person>();
  const personIds = new Set<string>();
  for (const file of files) {
    if (file.collection !== 'people') continue;
    personIds.add(file.id);
    if (file.entry.data) people.set(file.id, file.entry.data as Person);
  }
  return { root, config: settings.config, files, people, personIds };
}

/** The page of `collection` with id `id`, if there is one. */
export function findPage(handbook: Handbook, collection: CollectionName, id: string): HandbookFile | undefined {
  return handbook.files.find((file) => file.collection === collection && file.id === id);
}

/** The absolute path of a handbook-relative path. */
export function inHandbook(handbook: Handbook, path: string): string {
  return join(handbook.root, path);
}

function decode(bytes: Uint8Array): string | undefined {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}
