/**
 * Puts the JSON Schemas of `public/schemas/` in front of the editor. VS Code's YAML extension applies
 * schemas to YAML files only, never to the frontmatter of a Markdown page (redhat-developer/vscode-yaml
 * #207); the Astro extension does, in `.md` and `.mdx` alike, with its `astro.content-intellisense`
 * setting: it reads `.astro/collections/collections.json` (which file belongs to which collection) and
 * applies `.astro/collections/<collection>.schema.json` to that file's frontmatter. Astro writes that
 * manifest only under its experimental `contentIntellisense` flag, which Baton leaves off, and then
 * only for published pages, with schemas that have neither the field descriptions nor the handbook's
 * ids. So Baton writes the manifest itself: every page on disk, drafts included, mapped to its type's
 * schema under a name Astro never uses (`baton-playbook`); these copies, unlike the published ones,
 * suggest the handbook's people, teams and roles, and `npm run dev` rewrites them as the content changes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { discoverFiles } from '../../../src/lib/reading/discover.ts';
import { collectionNames, type CollectionName } from '../../../src/schemas/index.ts';
import { PAGE_TYPE_NAMES } from '../new/page-types.ts';
import { loadHandbook, type Handbook } from '../handbook.ts';
import { jsonSchemaFiles, schemaBaseUrl, type HandbookIds } from './json-schemas.ts';

/** Where the Astro language server looks for the manifest and the schemas, under the project root. */
export const EDITOR_SCHEMA_FOLDER = '.astro/collections';

/** The name a collection's schema goes by in the manifest; never one of Astro's collection names. */
export function editorSchemaName(collection: CollectionName): string {
  return `baton-${PAGE_TYPE_NAMES[collection]}`;
}

/** The manifest the Astro language server reads: which schema each content file's frontmatter follows. */
export interface EditorManifest {
  collections: { name: string; hasSchema: boolean }[];
  /** Lower-cased, decoded `file://` URL of each page → schema name (as the server compares them). */
  entries: Record<string, string>;
}

/** The manifest for the pages under `handbookRoot`. */
export function editorManifest(handbookRoot: string): EditorManifest {
  const entries: Record<string, string> = {};
  for (const file of discoverFiles(handbookRoot, [])) {
    if (file.kind !== 'entry' || !file.collection) continue;
    entries[decodeURIComponent(pathToFileURL(file.absolutePath).href).toLowerCase()] = editorSchemaName(file.collection);
  }
  return { collections: collectionNames.map((collection) => ({ name: editorSchemaName(collection), hasSchema: true })), entries };
}

/**
 * The ids the editor suggests, sorted: people who have not left, teams, and the roles the site
 * publishes (so a draft or confidential role's id is never offered where others will see it).
 */
export function handbookIds(handbook: Handbook): HandbookIds {
  const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();
  return {
    people: sorted([...handbook.people].filter(([, person]) => person.status !== 'left').map(([id]) => id)),
    teams: sorted(Object.keys(handbook.config.teams)),
    roles: sorted(handbook.pages.filter((page) => page.collection === 'roles' && handbook.isPublished(page)).map((page) => page.id)),
  };
}

/**
 * Writes the manifest and each type's schema, with the handbook's ids as suggestions, into
 * `projectRoot/.astro/collections/`; returns the files written.
 */
export async function writeEditorSchemas(projectRoot: string, handbookRoot: string): Promise<string[]> {
  const handbook = await loadHandbook(handbookRoot);
  const files = new Map(jsonSchemaFiles(schemaBaseUrl(handbook.config), handbookIds(handbook)).map((file) => [file.name, file.text]));
  const folder = join(projectRoot, EDITOR_SCHEMA_FOLDER);
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  for (const collection of collectionNames) {
    const target = join(folder, `${editorSchemaName(collection)}.schema.json`);
    writeFileSync(target, files.get(`${PAGE_TYPE_NAMES[collection]}.schema.json`)!);
    written.push(target);
  }
  const manifest = join(folder, 'collections.json');
  writeFileSync(manifest, `${JSON.stringify(editorManifest(handbookRoot), null, 2)}\n`);
  written.push(manifest);
  return written;
}
