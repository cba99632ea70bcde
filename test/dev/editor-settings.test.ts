import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { globSync } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EDITOR_SCHEMA_FOLDER, editorManifest, writeEditorSchemas } from '../../scripts/commands/schema/editor-schemas.ts';
import { projectRoot } from '../helpers/project.ts';

const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');
const settings = JSON.parse(read('.vscode/settings.json')) as Record<string, unknown>;
const recommendations = (JSON.parse(read('.vscode/extensions.json')) as { recommendations: string[] }).recommendations;

/** The extension that reads each setting the project ships. */
const PROVIDERS: Record<string, string> = { astro: 'astro-build.astro-vscode', yaml: 'redhat.vscode-yaml' };

const frontmatter = (path: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(path, 'utf8'))![1]!) as Record<string, unknown>;
const temporary: string[] = [];
afterAll(() => temporary.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('help in the editor', () => {
  it('recommends the extension behind every setting it ships', () => {
    const needed = new Set(Object.keys(settings).map((key) => PROVIDERS[key.split('.')[0]!]));
    expect([...needed].every((extension) => extension && recommendations.includes(extension))).toBe(true);
    expect(settings['astro.content-intellisense']).toBe(true);
  });

  it('points the YAML extension at schema files that exist, for files that exist', () => {
    const schemas = settings['yaml.schemas'] as Record<string, string[]>;
    expect(Object.keys(schemas).length).toBeGreaterThan(0);
    for (const [schema, patterns] of Object.entries(schemas)) {
      expect(existsSync(join(projectRoot, schema))).toBe(true);
      for (const pattern of patterns) expect(globSync(pattern, { cwd: projectRoot })).not.toEqual([]);
    }
  });

  it('maps every page of the starter, drafts included, to its type’s schema, and writes the schemas with the handbook’s ids beside the map', async () => {
    const manifest = editorManifest(projectRoot);
    const pages = globSync('content/*/*.{md,mdx}', { cwd: projectRoot, ignore: ['**/_*'] });
    expect(Object.keys(manifest.entries)).toHaveLength(pages.length);
    expect(manifest.entries[`file://${join(projectRoot, 'content/playbooks/mentoring-and-coaching.mdx')}`.toLowerCase()]).toBe('baton-playbook');
    expect(manifest.entries[`file://${join(projectRoot, 'content/people/ada-okafor.md')}`.toLowerCase()]).toBe('baton-person');

    const project = mkdtempSync(join(tmpdir(), 'baton-editor-'));
    temporary.push(project);
    cpSync(join(projectRoot, 'public/schemas'), join(project, 'public/schemas'), { recursive: true });
    await writeEditorSchemas(project, projectRoot);
    for (const { name } of manifest.collections) expect(existsSync(join(project, EDITOR_SCHEMA_FOLDER, `${name}.schema.json`))).toBe(true);
    // The editor's copy is the published schema plus the handbook's ids as suggestions.
    const role = JSON.parse(readFileSync(join(project, EDITOR_SCHEMA_FOLDER, 'baton-role.schema.json'), 'utf8')) as { properties: Record<string, { examples?: string[] }> };
    expect(role.properties.holder!.examples).toContain('ada-okafor');
    expect(role.properties.holder!.examples).not.toContain('helena-brandt');
    expect((JSON.parse(read('public/schemas/role.schema.json')) as typeof role).properties.holder!.examples).toBeUndefined();
  });

  it('validates the frontmatter of every starter page against the schema the editor applies to it', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const manifest = editorManifest(projectRoot);
    // The manifest's keys are lower-cased, as the language server compares them; the files keep their
    // case, and so may the folder the project sits in (`/Users/Ada/…`).
    const pages = globSync('content/*/*.{md,mdx}', { cwd: projectRoot, ignore: ['**/_*'], absolute: true });
    const pageOf = new Map(pages.map((page) => [decodeURIComponent(pathToFileURL(page).href).toLowerCase(), page]));
    const failures: string[] = [];
    for (const [url, name] of Object.entries(manifest.entries)) {
      const validate = ajv.getSchema(name) ?? (ajv.addSchema(JSON.parse(read(`public/schemas/${name.replace(/^baton-/, '')}.schema.json`)), name), ajv.getSchema(name)!);
      const path = pageOf.get(url)!;
      if (!validate(frontmatter(path))) failures.push(`${path}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(failures).toEqual([]);
  });

  it('offers the handbook’s ids as completions without refusing new ones', async () => {
    const project = mkdtempSync(join(tmpdir(), 'baton-editor-'));
    temporary.push(project);
    await writeEditorSchemas(project, projectRoot);
    const role = JSON.parse(readFileSync(join(project, EDITOR_SCHEMA_FOLDER, 'baton-role.schema.json'), 'utf8'));
    const holder = frontmatter(join(projectRoot, 'content/roles/head-of-ip.md')).holder;
    expect(role.properties.holder.examples).toContain(holder);
    expect(role.properties.holder.enum).toBeUndefined();
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(role);
    const page = frontmatter(join(projectRoot, 'content/roles/head-of-ip.md'));
    expect(validate({ ...page, holder: 'someone-joining-today' })).toBe(true);
    expect(validate({ ...page, status: 'published' })).toBe(false);
  });
});
