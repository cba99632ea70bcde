/**
 * Plans an import in full before anything is written: every source page's type, id, new file and
 * frontmatter, its links rewritten, the people its authors are (found in the people directory or
 * written as stubs to complete), the files copied under `public/`, the old addresses to redirect, and
 * what could not be carried over. The plan depends only on the source and the handbook it goes into,
 * so planning the same import twice gives the same plan, and re-running it over its own output
 * changes nothing.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { stringify } from 'yaml';
import { addInterval, isCalendarDate, isLongerThan } from '../../../src/lib/calendar.ts';
import { siteRouteRoots } from '../../../src/lib/judging/site-routes.ts';
import { DEFAULT_SOURCE_ROUTING, isWithin, MARKDOWN_EXTENSIONS, type SourceLookup, type SourceRouting } from '../../../src/lib/judging/source-links.ts';
import { discoverHandbook, listFiles, type SourceFolder } from '../../../src/lib/reading/discover.ts';
import { decodeSource } from '../../../src/lib/reading/source-text.ts';
import type { ProjectConfig } from '../../../src/schemas/config.ts';
import { interval } from '../../../src/schemas/fields.ts';
import { schemas, type CollectionName, type Person } from '../../../src/schemas/index.ts';
import { convertAdmonitions } from './admonitions.ts';
import { firstPresent, typeRuleFor, type FieldMapping } from './field-mapping.ts';
import { readForeignPage, type ForeignPage } from './foreign-page.ts';
import { dropHeadingAttributes, leadingTitle, movedAnchors } from './headings.ts';
import { freeId, slugOf } from './ids.ts';
import { rewriteLinks, type UnconvertedLink } from './rewrite-links.ts';
import type { SourceLayout } from './source-layout.ts';

/** What the handbook the import goes into already holds. */
export interface ImportTarget {
  /** The handbook root, absolute. */
  root: string;
  config: ProjectConfig;
  /** Its people, by id, with the text of their file. */
  people: ReadonlyMap<string, { person: Person; text: string }>;
  /** Ids already taken in each collection by pages the import did not write. */
  takenIds: ReadonlyMap<CollectionName, ReadonlySet<string>>;
  /** The team people stubs join. */
  stubTeam: string;
}

/** Choices the command line makes. */
export interface ImportChoices {
  mapping: FieldMapping;
  /** Owner of pages whose source names none. */
  owner: string;
  /** Review interval of pages whose source gives no expiry. */
  reviewEvery: string;
}

/** One page the import writes. */
export interface PlannedPage {
  /** Source path, relative to the source root. */
  source: string;
  /** New file, relative to the handbook root. */
  file: string;
  collection: CollectionName;
  id: string;
  text: string;
  /** The id came from the file name as it was (`true`), or was made up or changed. */
  renamedFrom?: string;
  notes: string[];
  unmapped: string[];
  unconverted: UnconvertedLink[];
}

/** A person the import writes because an author is not in the people directory. */
export interface PlannedPerson {
  id: string;
  file: string;
  name: string;
  text: string;
  /** Source pages that name them. */
  named: string[];
}

/** The whole import. */
export interface ImportPlan {
  pages: PlannedPage[];
  people: PlannedPerson[];
  /** Authors found in the people directory: as written, and the id. */
  matched: { written: string; id: string }[];
  /** Files copied: from (absolute) to (relative to the handbook root). */
  files: { from: string; source: string; to: string }[];
  /** Files of the source left behind (relative to the source root), and why. */
  skipped: { source: string; why: string }[];
  /** Old address → new address. */
  redirects: Record<string, string>;
  /** Old addresses the build cannot serve as redirects, and why. */
  unredirected: { from: string; why: string }[];
  /** The routing the source was read with, for checking it. */
  routing: SourceRouting;
  folder: SourceFolder;
}

/** Plans importing the source at `sourceRoot` (absolute) laid out as `layout` into `target`. */
export function planImport(sourceRoot: string, layout: SourceLayout, target: ImportTarget, choices: ImportChoices): ImportPlan {
  const pagesRoot = join(sourceRoot, layout.pages);
  const { files: found, sources } = discoverHandbook(sourceRoot, [pagesRoot], { documents: true });
  const folder = sources[0]!;
  const routing: SourceRouting = { ...DEFAULT_SOURCE_ROUTING, base: layout.base, indexNames: layout.indexNames, publicFolders: layout.publicFolders.map((path) => toPosix(join(sourceRoot, path))) };
  const pageFiles = found.filter((file) => file.kind === 'document').map((file) => toPosix(file.absolutePath));
  const pageSet = new Set(pageFiles);
  const lookup = lookupOf(pageSet, folder);
  const pagesFolder = toPosix(pagesRoot);
  const sourcePath = (absolute: string) => toPosix(relative(sourceRoot, absolute));

  // Files: everything that is not a page, from the pages folder and the folders served at the root.
  const files: ImportPlan['files'] = [];
  const skipped: ImportPlan['skipped'] = [];
  const publicUrls = new Map<string, string>();
  const claimed = new Set<string>();
  const addFile = (absolute: string, servedAs: string) => {
    const why = SITE_SETTINGS.find((settings) => settings.name.test(posix.basename(absolute)))?.why;
    if (why !== undefined) {
      skipped.push({ source: sourcePath(absolute), why });
      return;
    }
    const to = `public/${servedAs}`;
    if (claimed.has(to)) return;
    claimed.add(to);
    files.push({ from: absolute, source: sourcePath(absolute), to });
    publicUrls.set(absolute, `/${servedAs.split('/').map(encodeURIComponent).join('/')}`);
  };
  for (const publicFolder of routing.publicFolders) {
    for (const absolute of listFolder(publicFolder)) addFile(absolute, posix.relative(publicFolder, absolute));
  }
  for (const absolute of folder.otherFiles) if (!routing.publicFolders.some((publicFolder) => isWithin(absolute, publicFolder))) addFile(absolute, posix.relative(pagesFolder, absolute));

  // Pages: read, typed and named, in path order so the same source always gets the same ids.
  const read = pageFiles.sort().map((absolute) => {
    const relativePath = posix.relative(pagesFolder, absolute);
    const written = decodeSource(readFileSync(absolute)).text ?? '';
    const rule = typeRuleFor(choices.mapping, relativePath);
    const page = readForeignPage(written);
    const mdx = absolute.toLowerCase().endsWith('.mdx');
    const givenTitle = text(firstPresent(page.data, choices.mapping.fields.title)?.value);
    const shown = shownBody(page.body, mdx, givenTitle);
    // Where the ids of its headings went, for the links that lead to them: only worked out when they may have moved.
    const anchors = shown.droppedAttributes > 0 || shown.title !== undefined ? movedAnchors(page.body, shown.body, { mdx, titleDropped: shown.title !== undefined }) : new Map<string, string>();
    return { absolute, relativePath, source: sourcePath(absolute), page, mdx, givenTitle, shown, anchors, collection: rule?.type ?? ('playbooks' as CollectionName), defaults: { ...choices.mapping.defaults, ...(rule?.defaults ?? {}) } };
  });
  const anchorsByPage = new Map(read.map((entry) => [entry.absolute, entry.anchors]));
  const taken = new Map<CollectionName, Set<string>>();
  const newFiles = new Map<string, string>();
  const named = read.map((entry) => {
    const ids = taken.get(entry.collection) ?? new Set([...(target.takenIds.get(entry.collection) ?? [])]);
    taken.set(entry.collection, ids);
    const { preferred, written } = idCandidates(entry.relativePath, layout);
    const id = freeId(preferred, ids);
    ids.add(id);
    const extension = entry.absolute.toLowerCase().endsWith('.mdx') ? '.mdx' : '.md';
    const file = `content/${entry.collection}/${id}${extension}`;
    newFiles.set(entry.absolute, file);
    return { ...entry, id, file, renamedFrom: written === id ? undefined : written };
  });

  const people = new PeopleResolver(target);
  const routeRoots = siteRouteRoots();
  const redirects: Record<string, string> = {};
  const unredirected: ImportPlan['unredirected'] = [];
  const pages = named.map((entry): PlannedPage => {
    const notes: string[] = [];
    if (entry.page.problem) notes.push(entry.page.problem);
    const { data, unmapped } = frontmatterOf(entry, choices, target, people, notes);
    const rewritten = rewriteLinks(entry.page.body, { from: entry.absolute, newFile: entry.file, mdx: entry.mdx, bodyLine: entry.page.bodyLine }, {
      folder,
      routing,
      lookup,
      imported: { root: toPosix(target.root), pageFile: (path) => newFiles.get(path), publicUrl: (path) => publicUrls.get(path), movedAnchor: (path, anchor) => anchorsByPage.get(path)?.get(anchor) },
    });
    // The links were rewritten where the source has them, so the lines and columns the report gives are the source's; then the syntax Baton does not read goes.
    const body = shownBody(rewritten.body, entry.mdx, entry.givenTitle).body;
    if (entry.shown.admonitions.length > 0) notes.push(`its admonitions (${entry.shown.admonitions.map((kind) => `\`${kind}\``).join(', ')}) became quotes that open with a bold label`);
    const movedIds = [...entry.anchors].filter(([, now]) => now !== '');
    if (entry.shown.droppedAttributes > 0) notes.push(`its heading ids written \`{#…}\` were dropped, as Baton gives each heading the id of its text${movedIds.length > 0 ? `; links to them now lead to ${movedIds.map(([old, now]) => `\`#${now}\` (was \`#${old}\`)`).join(', ')}` : ''}`);
    const shortcodes = [...body.matchAll(/\{\{[<%]\s*([A-Za-z][\w-]*)/g)].map((match) => match[1]!);
    if (shortcodes.length > 0) notes.push(`Hugo shortcodes kept as text: ${[...new Set(shortcodes)].map((name) => `\`${name}\``).join(', ')}`);
    const newUrl = `/${entry.collection}/${entry.id}/`;
    for (const old of oldAddresses(entry.relativePath, entry.page.data, layout)) {
      if (old === newUrl || redirects[old] !== undefined) continue;
      const root = old.split('/')[1] ?? '';
      if (old === '/' || /\.[a-z0-9]+$/i.test(old.replace(/\/$/, ''))) unredirected.push({ from: old, why: old === '/' ? 'the handbook\'s home page is there' : 'a redirect is served as a folder\'s page, not at a file address' });
      else if (routeRoots.has(root)) unredirected.push({ from: old, why: `\`/${root}/\` is the handbook's own` });
      else redirects[old] = newUrl;
    }
    return {
      source: sourcePath(entry.absolute),
      file: entry.file,
      collection: entry.collection,
      id: entry.id,
      text: `---\n${stringify(data, { lineWidth: 0 })}---\n${body.startsWith('\n') ? '' : '\n'}${body}`,
      ...(entry.renamedFrom !== undefined && { renamedFrom: entry.renamedFrom }),
      notes,
      unmapped,
      unconverted: rewritten.unconverted,
    };
  });
  return { pages, people: people.stubs(), matched: people.matched(), files, skipped, redirects: sortedRecord(redirects), unredirected, routing, folder };
}

/** Files beside the pages that are the old site's settings, not content: never copied. */
const SITE_SETTINGS = [{ name: /^_category_\.(?:json|ya?ml)$/i, why: 'Docusaurus\'s sidebar settings for the folder; Baton\'s navigation comes from the page types' }];

/** The id a page would like (from its file or folder name) and, when taken, the ones after it. */
function idCandidates(relativePath: string, layout: SourceLayout): { preferred: string[]; written: string } {
  const segments = relativePath.split('/');
  const name = segments.at(-1)!;
  const stem = stripMarkdownExtension(name);
  const isIndex = layout.indexNames.includes(stem);
  const folders = segments.slice(0, -1);
  const written = isIndex ? (folders.at(-1) ?? 'home') : stem;
  const base = slugOf(written) || 'page';
  const parent = slugOf((isIndex ? folders.at(-2) : folders.at(-1)) ?? '');
  return { preferred: [base, ...(parent ? [`${parent}-${base}`] : [])], written };
}

/**
 * The addresses the page had on its old site, its route and its aliases, unescaped (`/team notes/`):
 * the build writes each redirect as a folder of that name, which is what a browser's `%20` asks for.
 */
function oldAddresses(relativePath: string, data: Record<string, unknown>, layout: SourceLayout): string[] {
  if (layout.style === 'obsidian' || layout.style === 'notion' || layout.style === 'markdown') return [];
  const segments = relativePath.split('/');
  const stem = stripMarkdownExtension(segments.at(-1)!);
  const route = layout.indexNames.includes(stem) ? segments.slice(0, -1) : [...segments.slice(0, -1), stem];
  const addresses = [`${layout.base}${route.join('/')}${route.length > 0 ? '/' : ''}`];
  const aliases = firstPresent(data, ['aliases', 'redirect_from'])?.value;
  for (const alias of Array.isArray(aliases) ? aliases : typeof aliases === 'string' ? [aliases] : []) {
    if (typeof alias === 'string' && alias.startsWith('/')) addresses.push(unescapedPath(alias));
  }
  return addresses;
}

/** Builds a page's Baton frontmatter from its foreign fields, the mapping and the defaults; notes what was lost or guessed. */
function frontmatterOf(
  entry: { relativePath: string; source: string; page: ForeignPage; shown: { title?: string }; collection: CollectionName; defaults: Record<string, unknown>; absolute: string },
  choices: ImportChoices,
  target: ImportTarget,
  people: PeopleResolver,
  notes: string[],
): { data: Record<string, unknown>; unmapped: string[] } {
  const { data: foreign } = entry.page;
  const fields = choices.mapping.fields;
  const used = new Set<string>();
  const take = (names: readonly string[]) => {
    const found = firstPresent(foreign, names);
    if (found) used.add(found.name.split('.')[0]!);
    return found?.value;
  };
  // Every one of `names` present, each marked used: for fields that gather, as tags do from tags and categories alike.
  const takeEach = (names: readonly string[]) => names.map((name) => take([name])).filter((value) => value !== undefined);
  const title = text(take(fields.title)) ?? entry.shown.title ?? firstHeading(entry.page.body) ?? stripMarkdownExtension(posix.basename(entry.relativePath)).replace(/ [0-9a-f]{32}$/, '');
  const summary = text(take(fields.summary)) ?? `Imported from \`${entry.source}\`.`;
  const authors = names(take(fields.owner));
  const ownerIds = authors.map((author) => people.resolve(author, entry.source));
  const owner = ownerIds[0] ?? text(entry.defaults.owner) ?? choices.owner;
  const writtenDate = take(fields.last_reviewed);
  const reviewed = dateOf(writtenDate) ?? fileDate(entry.absolute);
  if (writtenDate !== undefined && dateOf(writtenDate) === undefined) notes.push(`its date \`${String(writtenDate)}\` is not a calendar date written \`YYYY-MM-DD\`, so it was last reviewed on the file's date, \`${reviewed}\``);
  let reviewEvery = text(entry.defaults.review_every) ?? choices.reviewEvery;
  const until = dateOf(take(fields.review_until));
  if (until) {
    const derived = intervalBetween(reviewed, until);
    if (derived === undefined) notes.push(`its expiry \`${until}\` is not after \`${reviewed}\`, so it is reviewed every \`${reviewEvery}\``);
    else if (isLongerThan(derived, target.config.check.max_review_every, reviewed)) notes.push(`its expiry \`${until}\` is further off than \`${target.config.check.max_review_every}\`, so it is reviewed every \`${target.config.check.max_review_every}\``), (reviewEvery = target.config.check.max_review_every);
    else reviewEvery = derived;
  }
  const draft = take(fields.draft);
  const tags = [...new Set(takeEach(fields.tags).flatMap(names).map(slugOf).filter(Boolean))];
  take(fields.aliases);
  const base: Record<string, unknown> = {
    title,
    summary,
    owner,
    ...(ownerIds.length > 1 && { reviewers: [...new Set(ownerIds.slice(1))].filter((id) => id !== owner) }),
    last_reviewed: reviewed,
    review_every: reviewEvery,
    status: draft === true || draft === 'true' ? 'draft' : 'active',
    ...(tags.length > 0 && { tags }),
  };
  if (entry.collection === 'playbooks') base.functions = entry.defaults.functions ?? ['knowledge-management'];
  // Fields the type has that the source names exactly, then the folder rule's defaults for the rest.
  const shape = (schemas[entry.collection] as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  for (const key of Object.keys(shape)) {
    if (base[key] !== undefined) continue;
    if (foreign[key] !== undefined && !used.has(key)) {
      base[key] = foreign[key];
      used.add(key);
    } else if (entry.defaults[key] !== undefined) base[key] = entry.defaults[key];
  }
  const result = schemas[entry.collection].safeParse(base);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (used.has(key) && foreign[key] === base[key]) {
        notes.push(`its \`${key}\` is not a valid ${entry.collection} field (${issue.message}), so it was left out`);
        delete base[key];
        used.delete(key);
      }
    }
  }
  const unmapped = Object.keys(foreign).filter((key) => !used.has(key)).sort();
  return { data: base, unmapped };
}

/** The people an import's authors are: matched in the directory by id, name or handle, or stubs to complete. */
class PeopleResolver {
  private readonly stubsById = new Map<string, PlannedPerson>();
  private readonly matches = new Map<string, string>();
  private readonly byKey = new Map<string, string>();
  private readonly target: ImportTarget;
  constructor(target: ImportTarget) {
    this.target = target;
    for (const [id, { person }] of target.people) {
      for (const key of [id, person.name.toLowerCase(), person.handle.replace(/^@/, '').toLowerCase()]) if (!this.byKey.has(key)) this.byKey.set(key, id);
    }
  }

  /** The id of the person `written` names, writing a stub for them when no one matches. */
  resolve(written: string, page: string): string {
    const key = written.trim().replace(/^@/, '').toLowerCase();
    const slug = slugOf(written) || 'someone';
    const found = this.byKey.get(key) ?? this.byKey.get(slug);
    // A person file the import itself wrote, unchanged, is still a stub to complete.
    if (found !== undefined && this.target.people.get(found)?.text !== stubText(found, written.trim(), this.target.stubTeam)) {
      this.matches.set(written.trim(), found);
      return found;
    }
    const existing = [...this.stubsById.values()].find((stub) => stub.name.toLowerCase() === written.trim().toLowerCase() || stub.id === slug);
    if (existing) {
      if (!existing.named.includes(page)) existing.named.push(page);
      return existing.id;
    }
    const taken = new Set([...this.target.people.keys()].filter((id) => this.target.people.get(id)?.text !== stubText(id, written.trim(), this.target.stubTeam)));
    for (const id of this.stubsById.keys()) taken.add(id);
    const id = freeId([slug.slice(0, 39).replace(/-+$/, '')], taken);
    const name = written.trim();
    this.stubsById.set(id, { id, file: `content/people/${id}.md`, name, text: stubText(id, name, this.target.stubTeam), named: [page] });
    return id;
  }

  stubs(): PlannedPerson[] {
    return [...this.stubsById.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  matched(): { written: string; id: string }[] {
    return [...this.matches].map(([written, id]) => ({ written, id })).sort((a, b) => (a.written < b.written ? -1 : 1));
  }
}

/** A person page for an author the directory does not know: valid, and saying what to complete. */
export function stubText(id: string, name: string, team: string): string {
  return `---\n${stringify({ name, team, region: 'global', timezone: 'UTC', handle: `@${id}`, status: 'active' }, { lineWidth: 0 })}---\n\nWritten by \`npm run import\` for the author \`${name.replaceAll('`', "'")}\` of the imported handbook: confirm their team, region, time zone and forge handle.\n`;
}

function lookupOf(pages: ReadonlySet<string>, folder: SourceFolder): SourceLookup {
  const names = new Map<string, string[]>();
  const note = (key: string, path: string) => names.set(key, [...(names.get(key) ?? []), path]);
  for (const path of [...pages].sort()) {
    const name = posix.basename(path).toLowerCase();
    note(name, path);
    note(stripMarkdownExtension(name), path);
  }
  for (const path of folder.otherFiles) note(posix.basename(path).toLowerCase(), path);
  const onDisk = new Map<string, 'file' | 'folder' | undefined>();
  return {
    kindOf(path) {
      if (pages.has(path)) return 'page';
      if (!onDisk.has(path)) {
        try {
          onDisk.set(path, statSync(path).isDirectory() ? 'folder' : 'file');
        } catch {
          onDisk.set(path, undefined);
        }
      }
      return onDisk.get(path);
    },
    named: (name) => names.get(name.toLowerCase()) ?? [],
  };
}

/** Every file under `folder` that is not a link, hidden ones aside, in path order; none when there is no such folder. */
function listFolder(folder: string): string[] {
  return listFiles(folder)
    .filter((file) => !file.symlink)
    .map((file) => toPosix(file.absolutePath))
    .sort();
}

/**
 * A page's body as Baton shows it, line for line: admonitions as quotes, heading ids written `{#id}`
 * dropped, and its leading `#` heading taken out when it is the title: when the page names none
 * (`givenTitle`), or the same, as a Docusaurus page may, which shows that heading alone.
 */
function shownBody(body: string, mdx: boolean, givenTitle: string | undefined): { body: string; title?: string; admonitions: string[]; droppedAttributes: number } {
  const admonitions = convertAdmonitions(body, mdx);
  const leading = leadingTitle(admonitions.body, mdx);
  const titled = leading && (givenTitle === undefined || sameWords(leading.title, givenTitle)) ? leading : undefined;
  const headings = dropHeadingAttributes(titled?.body ?? admonitions.body, mdx);
  return { body: headings.body, ...(titled && { title: titled.title }), admonitions: admonitions.kinds, droppedAttributes: headings.dropped };
}

function sameWords(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
}

function firstHeading(body: string): string | undefined {
  return /^#\s+(.+?)\s*#*\s*$/m.exec(body)?.[1]?.trim() || undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** Names in a field that holds one or many, as strings or `{ name }` objects. */
function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.flatMap((item) => {
    if (typeof item === 'string') return item.split(/\s*,\s*/).filter(Boolean);
    if (item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string') return [(item as { name: string }).name];
    return [];
  });
}

function dateOf(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && isCalendarDate(value.slice(0, 10))) return value.slice(0, 10);
  return undefined;
}

/** The day a file was last changed, for a page whose source gives no date: the same on every run of the import. */
function fileDate(path: string): string {
  return statSync(path).mtime.toISOString().slice(0, 10);
}

/** The interval from one day to a later one, in whole years, months or days. */
function intervalBetween(from: string, to: string): string | undefined {
  if (to <= from) return undefined;
  for (const unit of ['y', 'm'] as const) {
    for (let count = 1; count <= 99; count += 1) {
      const reached = addInterval(from, `${count}${unit}`);
      if (reached === to) return `${count}${unit}`;
      if (reached > to) break;
    }
  }
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  const written = `${Math.min(days, 9999)}d`;
  return interval.safeParse(written).success ? written : undefined;
}

/** `path` with its escapes (`%20`) undone, those of characters a path cannot hold as written (`%2F`, `%23`, `%3F`) aside. */
function unescapedPath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

function stripMarkdownExtension(name: string): string {
  const extension = MARKDOWN_EXTENSIONS.find((candidate) => name.toLowerCase().endsWith(candidate));
  return extension ? name.slice(0, -extension.length) : name;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}
