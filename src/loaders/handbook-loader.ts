/**
 * The content loader behind every collection. It stores nothing the checker has not passed: the five
 * loaders share one run of the checker's content rules over the whole handbook (the gate), the build
 * stops on exactly the errors `npm run check` reports, in its words, and only publishable entries
 * reach Astro's store: drafts and confidential pages are never rendered, linked, listed or indexed.
 * Time findings (reviews, renewals, milestones) never stop the build; the pages show them.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Diagnostic } from '../lib/diagnostic.ts';
import type { CheckedFile } from '../lib/reading/read-file.ts';
import type { CollectionName } from '../schemas/index.ts';
import { handbookGate, HandbookError, isLatestGate, reportKnown, watchHandbook } from './handbook-gate.ts';
import type { CheckResult } from '../../scripts/checker/run-check.ts';
import { describeHeadingChanges, translationStatus } from '../lib/judging/translation-status.ts';
import { parseTranslationPath } from '../lib/reading/translation-path.ts';
import type { Translation } from '../schemas/translation.ts';
import { localizeLinks } from '../site/markdown/localize-links.ts';

export { HandbookError } from './handbook-gate.ts';

/** How Astro renders a Markdown body; `entryTypes` is passed to loaders but not in the public type. */
interface EntryType {
  getRenderFunction?: (config: LoaderContext['config']) => Promise<RenderMarkdown>;
}
type RenderMarkdown = (entry: { id: string; data: Record<string, unknown>; body: string; filePath: string; digest: string }) => Promise<unknown>;

/** A loader for one collection folder of the handbook that `BATON_HANDBOOK` (or the project) holds. */
export function handbookLoader(collection: CollectionName, handbookOverride: string | undefined): Loader {
  return {
    name: 'baton-handbook',
    load: (context) => followHandbook(context, handbookOverride, (result) => storeCollection(collection, context, result)),
  };
}

/**
 * Stores what the gate passes now and, under `npm run dev`, again after every change to the handbook.
 * Every loader asks the gate alike (the preview shows drafts, a build never does), so one run serves
 * them all. Two runs can overlap when a file changes while the gate reads; only the newest run's
 * result is stored after a change, or the older run, finishing last, would undo the edit.
 */
async function followHandbook(context: LoaderContext, handbookOverride: string | undefined, store: (result: CheckResult) => Promise<void>): Promise<void> {
  const projectRoot = fileURLToPath(context.config.root);
  const gate = () => handbookGate(projectRoot, handbookOverride, { preview: context.watcher !== undefined });
  await store(await gate());
  if (!context.watcher) return;
  watchHandbook(context.watcher, projectRoot, handbookOverride, async () => {
    const run = gate();
    const result = await run;
    // A newer run started while this one read the handbook: its own sync stores what it read.
    if (isLatestGate(run)) await store(result);
  });
}

async function storeCollection(collection: CollectionName, context: LoaderContext, result: CheckResult): Promise<void> {
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0 && !context.watcher) throw new HandbookError(errors);
  reportKnown(result, context.logger);
  if (context.watcher) reportInTerminal(result, errors, context.logger);
  const blocked = new Set(errors.map((error: Diagnostic) => error.file));
  // Under `npm run dev` the rest of the handbook stays browsable while a page has errors; the page itself is withheld.
  // A page whose body was not kept (refused unread by `page-limits`, even with the rule switched off) is never published empty.
  const published = result.handbook.files.filter((file) => file.collection === collection && file.kind === 'entry' && result.handbook.isPublished(file) && !blocked.has(file.path) && file.body !== undefined);
  const keep = new Set(published.map((file) => file.id!));
  for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);

  const entryTypes = (context as LoaderContext & { entryTypes: Map<string, EntryType> }).entryTypes;
  const renderMarkdown = await entryTypes.get('.md')?.getRenderFunction?.(context.config);
  await Promise.all(published.map((file) => storeEntry(context, file, result.handbook.root, renderMarkdown)));
}

let lastReported: { result: unknown; errors: number } | undefined;

/** Under `npm run dev`: each run of the gate's errors, once, in the checker's words; and when they are gone. */
function reportInTerminal(result: unknown, errors: Diagnostic[], logger: LoaderContext['logger']): void {
  if (lastReported?.result === result) return;
  const before = lastReported?.errors ?? 0;
  lastReported = { result, errors: errors.length };
  if (errors.length > 0) logger.error(new HandbookError(errors).message);
  else if (before > 0) logger.info('The handbook has no content errors any more.');
}

async function storeEntry(context: LoaderContext, file: CheckedFile, handbookRoot: string, renderMarkdown: RenderMarkdown | undefined): Promise<void> {
  const id = file.id!;
  const body = file.body!;
  const digest = context.generateDigest(`${JSON.stringify(file.rawData)}\0${body}`);
  const existing = context.store.get(id);
  if (existing?.digest === digest) {
    if (existing.deferredRender && existing.filePath) context.store.addModuleImport(existing.filePath);
    return;
  }
  const absolutePath = `${handbookRoot}${sep}${file.path.split('/').join(sep)}`;
  const filePath = relative(fileURLToPath(context.config.root), absolutePath).split(sep).join('/');
  const data = await context.parseData({ id, data: file.data!, filePath: absolutePath });
  if (file.path.endsWith('.mdx')) {
    context.store.set({ id, data, body, filePath, digest, deferredRender: true });
    return;
  }
  const rendered = (await renderMarkdown?.({ id, data, body, filePath: absolutePath, digest })) as Parameters<LoaderContext['store']['set']>[0]['rendered'];
  // Pages use the rendered HTML; keeping the Markdown too would double the store every build bundles and loads.
  context.store.set({ id, data, filePath, digest, ...(rendered && { rendered }) });
}

/**
 * The loader of every published translation (`content/translations/`): a translation is published
 * when its source is and the gate found no error in it. Its id is `<language>/<collection>/<id>`. It
 * is rendered as if it stood at its source's path, so its links, written as the source's, lead where
 * the source's lead; `localizeLinks` then sends each to the same language's page where there is one.
 */
export function translationsLoader(handbookOverride: string | undefined): Loader {
  return {
    name: 'baton-translations',
    load: (context) => followHandbook(context, handbookOverride, (result) => storeTranslations(context, result)),
  };
}

async function storeTranslations(context: LoaderContext, result: CheckResult): Promise<void> {
  const blocked = new Set(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((error: Diagnostic) => error.file));
  const published = result.handbook.files.flatMap((file) => {
    const path = parseTranslationPath(file.path);
    const source = path && result.handbook.byPath.get(path.sourcePath);
    if (!path || !source || file.kind !== 'translation' || !file.data || file.body === undefined || blocked.has(file.path) || blocked.has(source.path) || !result.handbook.isPublished(source) || !source.revision) return [];
    // MDX translations are not rendered yet: their components would need the source's imports.
    if (file.path.endsWith('.mdx')) return [];
    return [{ file, path, source }];
  });
  const available = new Set(published.map(({ path }) => `${path.language}/${path.collection}/${path.id}`));
  for (const id of context.store.keys()) if (!available.has(id)) context.store.delete(id);
  const entryTypes = (context as LoaderContext & { entryTypes: Map<string, EntryType> }).entryTypes;
  const renderMarkdown = await entryTypes.get('.md')?.getRenderFunction?.(context.config);
  await Promise.all(
    published.map(async ({ file, path, source }) => {
      const id = `${path.language}/${path.collection}/${path.id}`;
      const recorded = file.data as Translation;
      const status = translationStatus(recorded, { revision: source.revision!, headings: source.outline?.headings.map((heading) => heading.text) ?? [] });
      const raw = { ...recorded, language: path.language, collection: path.collection, source_id: path.id, behind: status.behind, changes: describeHeadingChanges(status.changes) };
      const body = file.body!;
      const digest = context.generateDigest(`${JSON.stringify(raw)}\0${body}\0${[...available].join()}`);
      if (context.store.get(id)?.digest === digest) return;
      const root = result.handbook.root;
      const sourcePath = `${root}${sep}${source.path.split('/').join(sep)}`;
      const filePath = relative(fileURLToPath(context.config.root), `${root}${sep}${file.path.split('/').join(sep)}`).split(sep).join('/');
      const data = await context.parseData({ id, data: raw, filePath: sourcePath });
      const rendered = (await renderMarkdown?.({ id, data, body, filePath: sourcePath, digest })) as { html: string; metadata?: Record<string, unknown> } | undefined;
      const localized = rendered && { ...rendered, html: localizeLinks(rendered.html, path.language, available) };
      context.store.set({ id, data, filePath, digest, ...(localized && { rendered: localized as NonNullable<Parameters<LoaderContext['store']['set']>[0]['rendered']> }) });
    }),
  );
}
