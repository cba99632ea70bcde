/**
 * JSON Schemas of the frontmatter of every content type and of `baton.config.yml`, made from the zod
 * schemas the site and the checker validate with, so editors and other tools see the same rules.
 * They describe what an author writes (fields with defaults are optional); checks that need more than
 * one field or the calendar (`end` after `start`, real dates, known time zones) stay with the checker.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { projectConfigSchema } from '../../../src/schemas/config.ts';
import { collectionNames, schemas } from '../../../src/schemas/index.ts';
import { PAGE_TYPE_NAMES } from '../new/page-types.ts';
import { describeFields, readFieldGroups, type FieldGroup } from './field-docs.ts';

/** The folder of the zod schemas, whose field comments become the JSON Schemas' descriptions. */
const SCHEMA_SOURCES = fileURLToPath(new URL('../../../src/schemas/', import.meta.url));

/** One generated schema file. */
export interface SchemaFile {
  /** The file name, e.g. `playbook.schema.json`. */
  name: string;
  text: string;
}

/** Every schema file, with `$id`s under `baseUrl` (the site's URL for the folder they are published in). */
export function jsonSchemaFiles(baseUrl: string): SchemaFile[] {
  const groups = readFieldGroups(SCHEMA_SOURCES);
  const files = collectionNames.map((collection) => {
    const type = PAGE_TYPE_NAMES[collection];
    return file(`${type}.schema.json`, schemas[collection], `Baton ${type} frontmatter`, `The frontmatter of a page in content/${collection}/.`, baseUrl, groups);
  });
  files.push(file('baton.config.schema.json', projectConfigSchema, 'Baton settings', 'The settings file baton.config.yml.', baseUrl, groups));
  return files;
}

function file(name: string, schema: z.ZodType, title: string, description: string, baseUrl: string, groups: readonly FieldGroup[]): SchemaFile {
  const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
  describeFields(generated, groups);
  const { $schema, ...rest } = generated;
  const document = { $schema, $id: `${baseUrl.replace(/\/$/, '')}/${name}`, title, description, ...rest };
  return { name, text: `${JSON.stringify(document, null, 2)}\n` };
}
