/**
 * The handbook as the upkeep commands see it: the one reading every tool shares (settings, every
 * page read and indexed), plus the exact text on disk of the pages a command edits, so an edit
 * changes nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MissingPathError } from '../../src/lib/reading/discover.ts';
import { readProjectConfig } from '../../src/lib/reading/project-config.ts';
import type { CheckedFile } from '../../src/lib/reading/read-file.ts';
import { readHandbook, type Handbook as ReadHandbook } from '../../src/lib/reading/read-handbook.ts';
import { RULES } from '../../src/lib/rules.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import { CommandError, EXIT_TOOL_FAILED } from './cli.ts';

/** One page: where it is, what reading it found, and its exact text. */
export interface HandbookFile extends CheckedFile {
  collection: CollectionName;
  id: string;
  absolutePath: string;
  /** The file's text exactly as stored (BOM and line endings included), or undefined when it is not UTF-8; read when first asked. */
  readonly source: string | undefined;
}

/** The handbook as read, with its pages (every entry that is not a symlink out of its folder). */
export interface Handbook extends ReadHandbook {
  pages: HandbookFile[];
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads the handbook at `root`; a missing `content/` folder or a broken settings file stops the command. */
export async function loadHandbook(root: string): Promise<Handbook> {
  const settings = readProjectConfig(root);
  if (!settings.config) {
    const first = settings.problems[0];
    const where = first ? `${first.file}:${first.line}:${first.column}: ${first.message}${first.hint ? `; ${first.hint}` : ''}` : 'baton.config.yml';
    throw new CommandError(`The settings file has errors (${where})`, 'run `npm run check` to see them all', EXIT_TOOL_FAILED);
  }
  let read;
  try {
    read = await readHandbook({ root, config: settings.config });
  } catch (error) {
    if (error instanceof MissingPathError) throw new CommandError('There is no `content/` folder here', 'run the command in the handbook root, the folder with `content/` and `baton.config.yml`', EXIT_TOOL_FAILED);
    throw error;
  }
  const pages = read.handbook.files.flatMap((file) => (file.kind === 'entry' && file.collection && file.id !== undefined && !isEscapingSymlink(file) ? [editablePage(root, file, file.collection, file.id)] : []));
  return { ...read.handbook, pages };
}

function editablePage(root: string, file: CheckedFile, collection: CollectionName, id: string): HandbookFile {
  const absolutePath = join(root, file.path);
  let source: { text: string | undefined } | undefined;
  return Object.defineProperty({ ...file, collection, id, absolutePath } as HandbookFile, 'source', {
    get: () => (source ??= { text: decode(readFileSync(absolutePath)) }).text,
    enumerable: true,
  });
}

/** A symlink out of its folder is read as nothing; a command must never edit through it. */
function isEscapingSymlink(file: CheckedFile): boolean {
  return file.problems.some((problem) => problem.ruleId === RULES.unsafePath.id);
}

/** The page of `collection` with id `id`, if there is one. */
export function findPage(handbook: Handbook, collection: CollectionName, id: string): HandbookFile | undefined {
  return handbook.pages.find((file) => file.collection === collection && file.id === id);
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
