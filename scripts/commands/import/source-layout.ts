/**
 * What kind of site a foreign handbook is, read from the files it keeps beside its pages (never by
 * running them): where its pages are, where they are served, which folders it serves at its root,
 * and which file is a folder's own page. Options given on the command line win.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { DEFAULT_SOURCE_ROUTING, normaliseBase } from '../../../src/lib/judging/source-links.ts';

/** The source styles the import knows. */
export const SOURCE_STYLES = ['hugo', 'docusaurus', 'starlight', 'vitepress', 'mkdocs', 'obsidian', 'notion', 'markdown'] as const;

/** One of `SOURCE_STYLES`; `markdown` is any other folder of Markdown. */
export type SourceStyle = (typeof SOURCE_STYLES)[number];

/** A foreign handbook as the import reads it. */
export interface SourceLayout {
  style: SourceStyle;
  /** The folder of pages, relative to the source root (`.` for the root). */
  pages: string;
  /** Where the pages are served, `/docs/`. */
  base: string;
  /** Folders the site serves at its root, relative to the source root. */
  publicFolders: string[];
  indexNames: string[];
  /** The site's title, when its settings name one. */
  title?: string;
}

/** What the command line says of the layout; anything left out is detected. */
export interface LayoutOptions {
  style?: SourceStyle;
  pages?: string;
  base?: string;
  publicFolders?: string[];
  indexNames?: string[];
}

/** The layout of the source at `root`. */
export function detectLayout(root: string, given: LayoutOptions = {}): SourceLayout {
  const style = given.style ?? detectStyle(root);
  const detected = defaultsFor(style, root);
  return {
    style,
    pages: given.pages ?? detected.pages,
    base: given.base !== undefined ? normaliseBase(given.base) : detected.base,
    publicFolders: given.publicFolders ?? detected.publicFolders.filter((folder) => existsSync(join(root, folder))),
    indexNames: given.indexNames ?? detected.indexNames,
    ...(detected.title !== undefined && { title: detected.title }),
  };
}

function detectStyle(root: string): SourceStyle {
  const has = (path: string) => existsSync(join(root, path));
  if (['hugo.toml', 'hugo.yaml', 'hugo.json', 'config.toml', 'config.yaml'].some(has) && has('content')) return 'hugo';
  if (['docusaurus.config.js', 'docusaurus.config.ts', 'docusaurus.config.mjs'].some(has)) return 'docusaurus';
  if (has('src/content/docs')) return 'starlight';
  if (has('mkdocs.yml') || has('mkdocs.yaml')) return 'mkdocs';
  if (has('.vitepress')) return 'vitepress';
  if (has('.obsidian')) return 'obsidian';
  if (hasNotionNames(root)) return 'notion';
  return 'markdown';
}

/** Notion names every exported page `Title <32 hex digits>.md`. */
function hasNotionNames(root: string): boolean {
  try {
    return readdirSync(root).some((name) => NOTION_ID.test(name));
  } catch {
    return false;
  }
}

/** The id Notion appends to an exported page's name. */
export const NOTION_ID = / [0-9a-f]{32}(?=\.md$|$)/;

function defaultsFor(style: SourceStyle, root: string): Omit<SourceLayout, 'style'> {
  const standard = { base: '/', indexNames: [...DEFAULT_SOURCE_ROUTING.indexNames], publicFolders: [] as string[] };
  switch (style) {
    case 'hugo':
      return { ...standard, pages: 'content', publicFolders: ['static'], indexNames: ['_index', 'index'], ...optional('title', hugoTitle(root)) };
    case 'docusaurus':
      return { ...standard, pages: 'docs', base: '/docs/', publicFolders: ['static'] };
    case 'starlight':
      return { ...standard, pages: 'src/content/docs', publicFolders: ['public'] };
    case 'vitepress':
      return { ...standard, pages: '.', publicFolders: ['public'] };
    case 'mkdocs': {
      const settings = mkdocsSettings(root);
      return { ...standard, pages: settings.docsDir ?? 'docs', ...optional('title', settings.title) };
    }
    default:
      return { ...standard, pages: '.' };
  }
}

function optional(key: 'title', value: string | undefined): { title?: string } {
  return value === undefined ? {} : { [key]: value };
}

function hugoTitle(root: string): string | undefined {
  for (const name of ['hugo.toml', 'config.toml']) {
    try {
      const title = parseToml(readFileSync(join(root, name), 'utf8')).title;
      if (typeof title === 'string') return title;
    } catch {
      // No such settings file, or one that does not parse: the title is only a nicety.
    }
  }
  return undefined;
}

function mkdocsSettings(root: string): { docsDir?: string; title?: string } {
  for (const name of ['mkdocs.yml', 'mkdocs.yaml']) {
    try {
      // MkDocs settings may hold Python tags (`!!python/name:...`), which js-yaml refuses: the defaults stand then.
      const data = load(readFileSync(join(root, name), 'utf8')) as { docs_dir?: unknown; site_name?: unknown } | null;
      return { ...(typeof data?.docs_dir === 'string' && { docsDir: data.docs_dir }), ...(typeof data?.site_name === 'string' && { title: data.site_name }) };
    } catch {
      continue;
    }
  }
  return {};
}
