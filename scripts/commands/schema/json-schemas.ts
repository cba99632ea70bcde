/**
 * JSON Schemas of the frontmatter of every content type and of `baton.config.yml`, made from the zod
 * schemas the site and the checker validate with, so editors and other tools see the same rules.
 * They describe what an author writes (fields with defaults are optional); checks that need more than
 * one field or the calendar (`end` after `start`, real dates, known time zones) stay with the checker.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { projectConfigSchema, type ProjectConfig } from '../../../src/schemas/config.ts';
import { ownerId, personId, roleId, teamId } from '../../../src/schemas/fields.ts';
import { collectionNames, schemas } from '../../../src/schemas/index.ts';
import { translationSchema } from '../../../src/schemas/translation.ts';
import { PAGE_TYPE_NAMES } from '../new/page-types.ts';
import { describeFields, readFieldGroups, type FieldGroup } from './field-docs.ts';

/** The folder of the zod schemas, whose field comments become the JSON Schemas' descriptions. */
const SCHEMA_SOURCES = fileURLToPath(new URL('../../../src/schemas/', import.meta.url));

/**
 * The ids a handbook has, offered as `examples` on every field that names one. Editors built on the
 * YAML language server list a field's `examples` as completions without holding the value to them,
 * where `enum` would make a person added in the same change an error in the editor before the
 * checker (which says what is wrong, with a "did you mean") has even run.
 */
export interface HandbookIds {
  /** People who have not left: the ones who can own, hold or review. */
  people: readonly string[];
  teams: readonly string[];
  roles: readonly string[];
}

/** One generated schema file. */
export interface SchemaFile {
  /** The file name, e.g. `playbook.schema.json`. */
  name: string;
  text: string;
}

/** Where the site serves the schemas: `site.url` plus `/schemas`. */
export function schemaBaseUrl(config: ProjectConfig): string {
  return `${config.site.url.replace(/\/$/, '')}/schemas`;
}

/**
 * Every schema file, with `$id`s under `baseUrl` (the site's URL for the folder they are published in).
 * `ids` become suggestions on the fields that name one: the editor's copies carry them; the published
 * schemas carry none, so they do not change whenever someone joins or leaves.
 */
export function jsonSchemaFiles(baseUrl: string, ids: HandbookIds = { people: [], teams: [], roles: [] }): SchemaFile[] {
  const groups = readFieldGroups(SCHEMA_SOURCES);
  // The id field types of src/schemas/fields.ts, recognised by identity: the schemas say which fields hold ids.
  const examples = new Map<unknown, readonly string[]>([
    [personId, ids.people],
    [teamId, ids.teams],
    [roleId, ids.roles],
    [ownerId, [...ids.people, ...ids.teams]],
  ]);
  const files = collectionNames.map((collection) => {
    const type = PAGE_TYPE_NAMES[collection];
    return file(`${type}.schema.json`, schemas[collection], `Baton ${type} frontmatter`, `The frontmatter of a page in content/${collection}/.`, baseUrl, groups, examples);
  });
  files.push(file('translation.schema.json', translationSchema, 'Baton translation frontmatter', 'The frontmatter of a translation in content/translations/<language>/<collection>/.', baseUrl, groups, examples));
  files.push(file('baton.config.schema.json', projectConfigSchema, 'Baton settings', 'The settings file baton.config.yml.', baseUrl, groups, examples));
  return files;
}

function file(name: string, schema: z.ZodType, title: string, description: string, baseUrl: string, groups: readonly FieldGroup[], examples: ReadonlyMap<unknown, readonly string[]>): SchemaFile {
  const generated = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    override: ({ zodSchema, jsonSchema }) => {
      const values = examples.get(zodSchema);
      if (values && values.length > 0) jsonSchema.examples = [...values];
    },
  });
  describeFields(generated, groups);
  const { $schema, ...rest } = generated;
  const document = { $schema, $id: `${baseUrl.replace(/\/$/, '')}/${name}`, title, description, ...rest };
  return { name, text: `${JSON.stringify(document, null, 2)}\n` };
}
