/**
 * How a foreign page's fields become Baton's: which foreign fields feed each Baton field, which page
 * type each folder's pages become, and the values a type needs that the source does not have. The
 * defaults fit Hugo, Docusaurus, MkDocs and Obsidian; a mapping file (`--mapping import.yml`) or flags
 * (`--map summary=abstract`, `--type legal=partners`) change them.
 *
 * ```yaml
 * fields:
 *   summary: [abstract, description]
 * types:
 *   - folder: legal/agreements
 *     type: partners
 *     defaults: { kind: licence-in, partner: Example Labs }
 * defaults:
 *   owner: ip-legal
 *   review_every: 6m
 *   functions: [legal]
 * ```
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { z } from 'zod';
import { collectionNames, type CollectionName } from '../../../src/schemas/index.ts';

/** The Baton fields a mapping can feed, and what each means. */
export const MAPPED_FIELDS = ['title', 'summary', 'owner', 'last_reviewed', 'review_until', 'draft', 'tags', 'aliases'] as const;

/** One of `MAPPED_FIELDS`: `review_until` is a date the review interval is worked out from, `draft` a flag that makes the status, `aliases` old addresses to redirect. */
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** Which foreign fields feed each Baton field, first present first, except `tags`, which gathers every one present; a dotted name reads a nested field (`last_update.date`). */
export const DEFAULT_FIELDS: Record<MappedField, string[]> = {
  title: ['title'],
  summary: ['description', 'summary', 'excerpt', 'subtitle'],
  owner: ['owner', 'owners', 'author', 'authors', 'maintainer', 'maintainers', 'last_update.author'],
  last_reviewed: ['last_reviewed', 'lastmod', 'last_update.date', 'date', 'updated', 'created', 'publishDate'],
  review_until: ['expirydate', 'expiryDate', 'expires', 'review_by'],
  draft: ['draft', 'unlisted'],
  tags: ['tags', 'categories', 'keywords'],
  aliases: ['aliases', 'redirect_from'],
};

/** A folder rule: pages under `folder` (relative to the pages folder) become `type`, with `defaults` for what they lack. */
export interface TypeRule {
  folder: string;
  type: CollectionName;
  defaults: Record<string, unknown>;
}

/** The whole mapping. */
export interface FieldMapping {
  fields: Record<MappedField, string[]>;
  types: TypeRule[];
  /** Values every page gets unless its source or its folder rule gives one. */
  defaults: Record<string, unknown>;
}

const mappingFileSchema = z.strictObject({
  fields: z.partialRecord(z.enum(MAPPED_FIELDS), z.union([z.string(), z.array(z.string())])).optional(),
  types: z.array(z.strictObject({ folder: z.string(), type: z.enum(collectionNames), defaults: z.record(z.string(), z.unknown()).optional() })).optional(),
  defaults: z.record(z.string(), z.unknown()).optional(),
});

/** Why a mapping cannot be used. */
export class MappingError extends Error {}

/** The mapping from the defaults, a mapping file's text (if any) and the flags, in that order. */
export function buildMapping({ fileText, fileName = 'the mapping file', maps = [], types = [] }: { fileText?: string; fileName?: string; maps?: string[]; types?: string[] }): FieldMapping {
  const mapping: FieldMapping = { fields: structuredClone(DEFAULT_FIELDS), types: [], defaults: {} };
  if (fileText !== undefined) {
    let data: unknown;
    try {
      data = load(fileText) ?? {};
    } catch (error) {
      throw new MappingError(`\`${fileName}\` is not YAML (${(error as Error).message.split('\n')[0]})`);
    }
    const parsed = mappingFileSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new MappingError(`\`${fileName}\` has \`${issue.path.join('.') || 'its top level'}\` wrong: ${issue.message}`);
    }
    for (const [field, sources] of Object.entries(parsed.data.fields ?? {})) mapping.fields[field as MappedField] = typeof sources === 'string' ? [sources] : sources;
    mapping.types.push(...(parsed.data.types ?? []).map((rule) => ({ folder: cleanFolder(rule.folder), type: rule.type, defaults: rule.defaults ?? {} })));
    Object.assign(mapping.defaults, parsed.data.defaults ?? {});
  }
  for (const map of maps) {
    const [field, sources] = splitOnce(map, '=');
    if (!(MAPPED_FIELDS as readonly string[]).includes(field)) throw new MappingError(`\`--map ${map}\` names no Baton field; map one of ${MAPPED_FIELDS.map((name) => `\`${name}\``).join(', ')}`);
    mapping.fields[field as MappedField] = sources.split(',').map((name) => name.trim()).filter(Boolean);
  }
  for (const rule of types) {
    const [folder, type] = splitOnce(rule, '=');
    if (!(collectionNames as readonly string[]).includes(type)) throw new MappingError(`\`--type ${rule}\` names no page type; use one of ${collectionNames.map((name) => `\`${name}\``).join(', ')}`);
    mapping.types.push({ folder: cleanFolder(folder), type: type as CollectionName, defaults: {} });
  }
  return mapping;
}

/** Reads a mapping file from disk. */
export function readMappingFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new MappingError(`The mapping file \`${path}\` cannot be read`);
  }
}

/** The folder rule for a page at `path` (relative to the pages folder): the one with the longest matching folder. */
export function typeRuleFor(mapping: FieldMapping, path: string): TypeRule | undefined {
  return mapping.types.filter((rule) => rule.folder === '' || path === rule.folder || path.startsWith(`${rule.folder}/`)).sort((a, b) => b.folder.length - a.folder.length)[0];
}

/** The value of the first of `names` present in `data` (dotted names read nested fields), and which it was. */
export function firstPresent(data: Record<string, unknown>, names: readonly string[]): { name: string; value: unknown } | undefined {
  for (const name of names) {
    let value: unknown = data;
    for (const part of name.split('.')) value = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[part] : undefined;
    if (value !== undefined && value !== null && value !== '') return { name, value };
  }
  return undefined;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at === -1 ? [text.trim(), ''] : [text.slice(0, at).trim(), text.slice(at + 1).trim()];
}

function cleanFolder(folder: string): string {
  return folder.trim().replace(/^\.?\/+|\/+$/g, '');
}
