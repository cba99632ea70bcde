/**
 * The content loader behind every collection. It reads files with Baton's own reader (the same one
 * the checker uses), so the site and the checker split and validate frontmatter identically, and it
 * fails the build with the checker's own messages. Only publishable entries reach Astro's store:
 * drafts and confidential pages are never rendered, linked, listed or indexed.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'tinyglobby';
import type { Diagnostic } from '../lib/diagnostic.ts';
import { PAGE_GLOB } from '../lib/reading/entry-id.ts';
import { handbookPaths } from '../lib/reading/handbook-paths.ts';
import { readProjectConfig } from '../lib/reading/project-config.ts';
import { resolveLink } from '../lib/judging/link-target.ts';
import { outlineMarkdown, outlineProblems, type OutlineLink } from '../lib/reading/markdown-outline.ts';
import { isPublishable, type PublicationPolicy } from '../lib/judging/publication.ts';
import { hasErrors, READ_RULES, readEntry, type ReadEntry } from '../lib/reading/read-entry.ts';
import { formatDiagnostics } from '../lib/printing/format-diagnostics.ts';
import { unpublishedLinkProblem, unpublishedReason } from '../lib/judging/unpublished-link.ts';
import { collectionNames, type CollectionName } from '../schemas/index.ts';

/** How Astro renders a Markdown body; `entryTypes` is passed to loaders but not in the public type. */
interface EntryType {
  getRenderFunction?: (config: LoaderContext['config']) => Promise<(entry: { id: string; data: Record<string, unknown>; body: string; filePath: string; digest: string }) => Promise<unknown>>;
}

/** A loader for one collection folder of the handbook that `BATON_HANDBOOK` (or the project) holds. */
export function handbookLoader(collection: CollectionName, handbookOverride: string | undefined): Loader {
  return {
    name: 'baton-handbook',
    async load(context) {
      const projectRoot = fileURLToPath(context.config.root);
      const paths = handbookPaths(projectRoot, handbookOverride);
      const settings = readProjectConfig(paths.root, paths.config);
      if (!settings.config) throw new HandbookError(settings.problems);
      const policy = { includeConfidential: settings.config.site.include_confidential };

      const contentReal = await realpath(paths.content);
      const allowedImports = settings.config.check.mdx.allowed_imports;
      // Every collection is read (once, shared by the five loaders): a link may point at a page of another.
      const source = { root: paths.root, content: paths.content, contentReal, allowedImports };
      const handbook = new Map(await Promise.all(collectionNames.map(async (name) => [name, await readCollection(name, source, name === collection)] as const)));
      const entries = handbook.get(collection)!;
      const problems = entries.flatMap((entry) => toDiagnostics(entry));
      problems.push(...findRouteCollisions(entries));
      const published = entries.filter((entry) => isPublishable(collection, entry.data, policy));
      problems.push(...findLinksToUnpublished(published, handbook, policy));
      if (problems.some((problem) => problem.severity === 'error')) throw new HandbookError(problems);

      const keep = new Set(published.map((entry) => entry.id));
      for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);

      const entryTypes = (context as LoaderContext & { entryTypes: Map<string, EntryType> }).entryTypes;
      const renderMarkdown = await entryTypes.get('.md')?.getRenderFunction?.(context.config);
      await Promise.all(published.map((entry) => storeEntry(context, entry, renderMarkdown)));
    },
  };
}

/** A build-stopping list of content problems, printed exactly as `npm run check` prints them. */
export class HandbookError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(`The handbook has content errors:\n\n${formatDiagnostics(diagnostics, 'text')}`);
    this.diagnostics = diagnostics;
    this.name = 'HandbookError';
    // The messages already say where each problem is; a stack trace into the loader would only hide them.
    this.stack = '';
  }
}

interface ContentFile extends ReadEntry {
  /** The links, images and raw-HTML or JSX references of the body, with their positions. */
  links: readonly OutlineLink[];
  /** Path relative to the handbook root, forward slashes: what messages and edit links show. */
  file: string;
  /** Path relative to the project root, as Astro's store wants it. */
  storePath: string;
  digestSource: string;
  escapes: boolean;
}

/**
 * Reads one file, refusing to follow a symlink out of the content folder (`contentReal`, resolved),
 * and reads its body the way the checker does, so unsafe MDX, markup or links stop the build before
 * anything is compiled.
 */
async function readContentFile(collection: CollectionName, absolutePath: string, root: string, contentReal: string, allowedImports: readonly string[]): Promise<ContentFile> {
  const file = relative(root, absolutePath).split(sep).join('/');
  const real = await realpath(absolutePath);
  const escapes = !real.startsWith(contentReal + sep);
  const bytes = escapes ? new Uint8Array() : await readFile(absolutePath);
  const entry = readEntry(collection, file, bytes);
  let links: readonly OutlineLink[] = [];
  if (entry.text !== undefined) {
    const outline = outlineMarkdown(entry.body, { mdx: file.endsWith('.mdx'), firstLine: entry.bodyLine, frontmatter: entry.rawData ?? {}, path: file, allowedImports });
    entry.problems.push(...outlineProblems(outline));
    links = outline.links;
  }
  return { ...entry, links, file, storePath: absolutePath, digestSource: entry.text ?? '', escapes };
}

/**
 * The last reading of each collection folder, kept while no file in it changes (paths, sizes and
 * times are its signature), so that the five loaders, which each need to see every collection, read
 * every file once per build. A collection's own loader takes the full reading, text and all, and
 * leaves behind only what the others need (ids, data, links); a dev server re-reads a folder when one
 * of its files changes, or when its own loader runs again.
 */
const readings = new Map<string, { signature: string; files: Promise<ContentFile[]>; full: boolean }>();
/** Loaders run side by side; one look at a folder at a time, so the second finds the first's reading. */
const looking = new Map<string, Promise<unknown>>();

interface CollectionSource {
  root: string;
  content: string;
  contentReal: string;
  allowedImports: readonly string[];
}

/** The files of `collection`: in full for its own loader (`own`), else possibly without their text. */
function readCollection(collection: CollectionName, source: CollectionSource, own: boolean): Promise<ContentFile[]> {
  const folder = join(source.content, collection);
  const look = (looking.get(folder) ?? Promise.resolve()).then(() => lookAtCollection(collection, folder, source, own));
  looking.set(folder, look.catch(() => undefined));
  return look;
}

async function lookAtCollection(collection: CollectionName, folder: string, source: CollectionSource, own: boolean): Promise<ContentFile[]> {
  // Symlinks are listed so that one leading out of the content folder is refused, never silently skipped.
  const files = (await glob(PAGE_GLOB, { cwd: folder, absolute: true, followSymbolicLinks: true })).sort();
  const stats = await Promise.all(files.map((file) => stat(file).catch(() => undefined)));
  const signature = [source.allowedImports.join(','), ...files.map((file, index) => `${file}\0${stats[index]?.size}\0${stats[index]?.mtimeMs}\0${stats[index]?.ctimeMs}`)].join('\n');
  const last = readings.get(folder);
  const reuse = last !== undefined && last.signature === signature && (last.full || !own);
  const reading = reuse ? last.files : Promise.all(files.map((file) => readContentFile(collection, file, source.root, source.contentReal, source.allowedImports)));
  const full = reuse ? last.full : true;
  readings.set(folder, own ? { signature, files: reading.then((entries) => entries.map(withoutText)), full: false } : { signature, files: reading, full });
  return reading;
}

/** What other collections' loaders need of a file: no text, no body. */
function withoutText(entry: ContentFile): ContentFile {
  return { ...entry, text: undefined, body: '', digestSource: '' };
}

/**
 * Links from published pages to pages the build leaves out (drafts, confidential pages): published,
 * such a link would lead to a 404 whose address still names the page, so the build refuses it in the
 * checker's words (`link-to-unpublished`). Pages that cannot be read are their own loader's to report.
 */
function findLinksToUnpublished(published: readonly ContentFile[], handbook: ReadonlyMap<CollectionName, readonly ContentFile[]>, policy: PublicationPolicy): Diagnostic[] {
  const byFile = new Map<string, { collection: CollectionName; entry: ContentFile }>();
  const byId = new Map<string, { collection: CollectionName; entry: ContentFile }>();
  for (const [collection, entries] of handbook) {
    for (const entry of entries) {
      byFile.set(entry.file, { collection, entry });
      if (!byId.has(`${collection}/${entry.id}`)) byId.set(`${collection}/${entry.id}`, { collection, entry });
    }
  }
  return published.flatMap((page) =>
    page.links.flatMap((link) => {
      const target = resolveLink(link.url, page.file);
      if (target.kind !== 'entry') return [];
      const found = target.file ? byFile.get(target.file) : byId.get(`${target.collection}/${target.id}`);
      if (!found || found.entry.data === undefined || isPublishable(found.collection, found.entry.data, policy)) return [];
      const { message, hint } = unpublishedLinkProblem(link.url, unpublishedReason(found.entry.data));
      return [{ file: page.file, line: link.line, column: link.column, severity: 'error' as const, ruleId: 'link-to-unpublished', message, hint }];
    }),
  );
}

function toDiagnostics(entry: ContentFile): Diagnostic[] {
  if (entry.escapes) {
    return [{ file: entry.file, line: 1, column: 1, severity: 'error', ruleId: READ_RULES.unsafePath, message: 'File is a symlink that leads outside the content folder', hint: 'replace the symlink with the file itself' }];
  }
  return entry.problems.map(({ ruleId, severity, line, column, message, hint }) => ({ file: entry.file, line, column, severity, ruleId, message, hint }));
}

/** Two files that would be served at one URL stop the build instead of one silently replacing the other. */
function findRouteCollisions(entries: readonly ContentFile[]): Diagnostic[] {
  const byId = new Map<string, ContentFile[]>();
  for (const entry of entries) byId.set(entry.id, [...(byId.get(entry.id) ?? []), entry]);
  return [...byId.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.slice(1).map((entry) => ({
        file: entry.file,
        line: 1,
        column: 1,
        severity: 'error' as const,
        ruleId: 'duplicate-id',
        message: `File has the id \`${entry.id}\`, as \`${group[0]!.file}\` does, so both would be served at one URL`,
        hint: 'rename one of them',
      })),
    );
}

async function storeEntry(
  context: LoaderContext,
  entry: ContentFile,
  renderMarkdown: Awaited<ReturnType<NonNullable<EntryType['getRenderFunction']>>> | undefined,
): Promise<void> {
  if (hasErrors(entry) || entry.data === undefined) return;
  const digest = context.generateDigest(entry.digestSource);
  const existing = context.store.get(entry.id);
  if (existing?.digest === digest) {
    if (existing.deferredRender && existing.filePath) context.store.addModuleImport(existing.filePath);
    return;
  }
  const filePath = relative(fileURLToPath(context.config.root), entry.storePath).split(sep).join('/');
  const data = await context.parseData({ id: entry.id, data: entry.data as Record<string, unknown>, filePath: entry.storePath });
  const isMdx = entry.storePath.endsWith('.mdx');
  if (isMdx) {
    context.store.set({ id: entry.id, data, body: entry.body, filePath, digest, deferredRender: true });
    return;
  }
  const rendered = (await renderMarkdown?.({ id: entry.id, data, body: entry.body, filePath: entry.storePath, digest })) as Parameters<LoaderContext['store']['set']>[0]['rendered'];
  // Pages use the rendered HTML; keeping the Markdown too would double the store every build bundles and loads.
  context.store.set({ id: entry.id, data, filePath, digest, ...(rendered && { rendered }) });
}
