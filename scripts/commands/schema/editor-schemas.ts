/**
 * Puts the JSON Schemas of `public/schemas/` in front of the editor. VS Code's YAML extension applies
 * schemas to YAML files only, never to the frontmatter of a Markdown page (redhat-developer/vscode-yaml
 * #207); the Astro extension does, in `.md` and `.mdx` alike, with its `astro.content-intellisense`
 * setting: it reads `.astro/collections/collections.json` (which file belongs to which collection) and
 * applies `.astro/collections/<collection>.schema.json` to that file's frontmatter. Astro writes that
 * manifest only under its experimental `contentIntellisense` flag, which Baton leaves off, and then
 * only for published pages, with schemas that have neither the field descriptions nor the handbook's
 * ids. So Baton writes the manifest itself: every page on disk, drafts included, mapped to a copy of
 * its type's schema under a name Astro never uses (`baton-playbook`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { discoverFiles } from '../../../src/lib/reading/discover.ts';
import { collectionNames, type CollectionName } from '../../../src/schemas/index.ts';
import { PAGE_TYPE_NAMES } from '../new/page-types.ts';
import { SCHEMA_FOLDER } from './schema-command.ts';

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

/** Writes the manifest and the schema copies into `projectRoot/.astro/collections/`; returns the files written. */
export function writeEditorSchemas(projectRoot: string, handbookRoot: string): string[] {
  const folder = join(projectRoot, EDITOR_SCHEMA_FOLDER);
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  for (const collection of collectionNames) {
    const target = join(folder, `${editorSchemaName(collection)}.schema.json`);
    writeFileSync(target, readFileSync(join(projectRoot, SCHEMA_FOLDER, `${PAGE_TYPE_NAMES[collection]}.schema.json`)));
    written.push(target);
  }
  const manifest = join(folder, 'collections.json');
  writeFileSync(manifest, `${JSON.stringify(editorManifest(handbookRoot), null, 2)}\n`);
  written.push(manifest);
  return written;
}
