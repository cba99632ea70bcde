/**
 * Reads one found file into the checker's model: frontmatter, validation, anchors and links. Pure
 * apart from the bytes handed in, so its result can be cached by the bytes' hash.
 */
import { decodeSource } from './source-text.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { skipForeignFrontmatter } from './foreign-frontmatter.ts';
import { outlineMarkdown, outlineProblems } from './markdown-outline.ts';
import type { CollectionName } from '../../schemas/index.ts';
import type { Outline } from './markdown-outline.ts';
import { readEntry, READ_RULES, type FrontmatterSource, type ReadProblem } from './read-entry.ts';
import { entryIdFromPath } from './entry-id.ts';
import { DEFAULT_PAGE_LIMITS, nestingProblem, pageSizeProblem, type PageLimits } from './page-limits.ts';
import { placeholderProblems } from './placeholder-problems.ts';
import type { FoundFile } from './discover.ts';
import { sourceRevision } from './source-revision.ts';
import { translationSchema } from '../../schemas/translation.ts';

/**
 * What a file is to Baton: a page of a collection (`entry`), a partial (`_name.md`), a Markdown
 * document outside `content/` (a legacy handbook), a page's `translation` under `content/translations/`,
 * or some `other` file in the content folder.
 */
export type FileKind = 'entry' | 'partial' | 'document' | 'translation' | 'other';

/** One file as Baton read it. Plain data, so it can be cached between runs. */
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
  /** For a valid page: the revision a translation of it records (`source-revision.ts`). */
  revision?: string;
  /** Problems found while reading the file (encoding, fences, YAML, schema, file name, symlinks). */
  problems: ReadProblem[];
  /** The Markdown body and the file line it starts on, kept only when asked (the site renders it). */
  body?: string;
  bodyLine?: number;
}


/** What reading a file depends on besides its bytes. */
export interface ReadOptions {
  /** Where MDX may import components from (`check.mdx.allowed_imports`). */
  allowedImports?: readonly string[];
  /** Keep an entry's Markdown body, for rendering it. */
  keepBody?: boolean;
  /** How large and how deeply nested a page may be (`check.max_page_bytes`, `check.max_nesting`). */
  limits?: PageLimits;
}

/** Reads a found file's bytes (none for a symlink that escapes its folder). */
export function readCheckedFile(found: FoundFile, bytes: Uint8Array | undefined, options: ReadOptions = {}): CheckedFile {
  const base = { path: found.path, kind: found.kind, ...(found.collection && { collection: found.collection }) };
  if (found.escapesTo !== undefined || bytes === undefined) {
    const problem: ReadProblem = { line: 1, column: 1, severity: 'error', ruleId: READ_RULES.unsafePath, message: `File is a symlink that leads outside its folder, to \`${found.escapesTo}\``, hint: 'replace the symlink with the file itself' };
    return { ...base, problems: [problem] };
  }
  const limits = options.limits ?? DEFAULT_PAGE_LIMITS;
  if (found.kind !== 'other') {
    // Refused unread: nothing of a page past the size limit is parsed.
    const tooLarge = pageSizeProblem(bytes.length, limits);
    if (tooLarge) return { ...base, ...(found.kind !== 'document' || found.collection ? { id: entryIdFromPath(found.path) } : {}), problems: [tooLarge] };
  }
  if ((found.kind === 'entry' || found.kind === 'translation') && found.collection) {
    const entry = readEntry(found.collection, found.path, bytes, found.kind === 'translation' ? translationSchema : undefined);
    const mdx = found.path.endsWith('.mdx');
    const read = {
      ...base,
      id: entry.id,
      ...(entry.rawData && { rawData: entry.rawData }),
      ...(entry.data !== undefined && { data: entry.data as Record<string, unknown> }),
      ...(entry.frontmatter && { frontmatter: entry.frontmatter }),
      ...(found.kind === 'entry' && entry.text !== undefined && revisionOf(entry.data, entry.body)),
    };
    // Too deeply nested: the frontmatter was read, the body is neither parsed nor kept for rendering.
    const tooDeep = entry.text === undefined ? undefined : nestingProblem(entry.body, entry.bodyLine, limits);
    if (tooDeep) return { ...read, problems: [...entry.problems, tooDeep] };
    const outline = entry.text === undefined ? undefined : outlineMarkdown(entry.body, { mdx, firstLine: entry.bodyLine, frontmatter: entry.rawData ?? {}, path: found.path, ...(options.allowedImports && { allowedImports: options.allowedImports }) });
    return {
      ...read,
      ...(outline && { outline }),
      problems: [...entry.problems, ...outlineProblems(outline), ...(entry.text === undefined ? [] : placeholderProblems({ ...entry, collection: found.collection }))],
      ...(options.keepBody && entry.text !== undefined && { body: entry.body, bodyLine: entry.bodyLine }),
    };
  }
  if (found.kind === 'other') return { ...base, problems: describeOtherFile(found) };
  return readDocument(base, found, bytes, options);
}

/** A valid page's revision, as its translations record it; nothing for a page without a title and summary (a person). */
function revisionOf(data: unknown, body: string): { revision: string } | undefined {
  const { title, summary } = (data ?? {}) as { title?: unknown; summary?: unknown };
  return typeof title === 'string' && typeof summary === 'string' ? { revision: sourceRevision({ title, summary, body }) } : undefined;
}

/** A partial or a legacy document: any frontmatter is skipped, not judged; the body is outlined. */
function readDocument(base: Pick<CheckedFile, 'path' | 'kind'>, found: FoundFile, bytes: Uint8Array, options: ReadOptions): CheckedFile {
  const decoded = decodeSource(bytes);
  const problems: ReadProblem[] = [
    ...decoded.errors.map((finding) => ({ ...finding, severity: 'error' as const, ruleId: READ_RULES.encoding })),
    ...decoded.warnings.map((finding) => ({ ...finding, severity: 'warning' as const, ruleId: READ_RULES.encoding })),
  ];
  if (decoded.text === undefined) return { ...base, problems };
  // A foreign document may have any site's frontmatter (TOML, JSON, `---js`): skipped, never read, never run.
  const document = found.kind === 'document';
  const split = document ? skipForeignFrontmatter(decoded.text) : splitFrontmatter(decoded.text);
  const body = 'yaml' in split && split.yaml === undefined ? decoded.text : split.body;
  const firstLine = 'yaml' in split && split.yaml === undefined ? 1 : split.bodyLine;
  const tooDeep = nestingProblem(body, firstLine, options.limits ?? DEFAULT_PAGE_LIMITS);
  if (tooDeep) return { ...base, id: entryIdFromPath(found.path), problems: [...problems, tooDeep] };
  const outline = outlineMarkdown(body, { mdx: /\.mdx$/i.test(found.path), firstLine, path: found.path, ...(options.allowedImports && { allowedImports: options.allowedImports }), ...(document && { sourceSyntax: true }) });
  return { ...base, id: entryIdFromPath(found.path), outline, problems: [...problems, ...outlineProblems(outline)] };
}


/** Files in the content folder that the site will not read as pages, and why. */
function describeOtherFile(found: FoundFile): ReadProblem[] {
  const name = found.path.slice(found.path.lastIndexOf('/') + 1);
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.')) : '';
  const problem = (severity: ReadProblem['severity'], message: string, hint: string): ReadProblem[] => [{ line: 1, column: 1, severity, ruleId: READ_RULES.fileName, message, hint }];
  if (/^\.(?:md|mdx)$/i.test(extension) && !found.collection) {
    return problem('error', 'File is not in a collection folder, so the site ignores it', 'move it into `content/playbooks/`, `roles/`, `handovers/`, `partners/` or `people/`');
  }
  if (/^\.(?:md|mdx)$/i.test(extension)) {
    return problem('error', `File extension \`${extension}\` is not read by the site, which looks for \`${extension.toLowerCase()}\` only`, `rename it to \`${name.slice(0, -extension.length)}${extension.toLowerCase()}\``);
  }
  if (/^\.(?:markdown|mdown)$/i.test(extension)) {
    return problem('error', `File extension \`${extension}\` is not read by the site`, `rename it to \`${name.slice(0, -extension.length)}.md\``);
  }
  return problem('warning', 'File is not a page, and the site does not publish it', 'put files readers should open under `public/` and link to them from there');
}
