import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/project.ts';
import { changedFiles, commandHandbook, read, run, snapshot, writeFiles } from './command-fixture.ts';

const FILES = ['baton.config.schema.json', 'handover.schema.json', 'partner.schema.json', 'person.schema.json', 'playbook.schema.json', 'role.schema.json', 'term.schema.json', 'translation.schema.json'];

describe('npm run schema', () => {
  it('writes a JSON Schema per content type and one for the settings into public/schemas/', () => {
    const root = commandHandbook();
    const before = snapshot(root);
    const result = run('schema', root);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toMatch(/Wrote 8 of 8 schemas; commit them\.\n$/);
    expect(changedFiles(before, snapshot(root))).toEqual(FILES.map((name) => `public/schemas/${name}`));
    expect(readdirSync(join(root, 'public/schemas')).sort()).toEqual(FILES);
  });

  it('describes what an author writes: required fields, closed objects, enums and patterns from the zod schemas', () => {
    const root = commandHandbook();
    run('schema', root);
    const playbook = JSON.parse(read(root, 'public/schemas/playbook.schema.json'));
    expect(playbook).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://handbook.example.org/schemas/playbook.schema.json',
      title: 'Baton playbook frontmatter',
      type: 'object',
      additionalProperties: false,
    });
    expect(playbook.required).toEqual(['title', 'summary', 'owner', 'last_reviewed', 'review_every', 'status', 'functions']);
    expect(playbook.properties.status.enum).toEqual(['draft', 'active', 'retired']);
    expect(playbook.properties.last_reviewed.pattern).toBe('^\\d{4}-\\d{2}-\\d{2}$');
    // Fields with a default may be left out, so they are not required.
    expect(playbook.required).not.toContain('reviewers');
    const person = JSON.parse(read(root, 'public/schemas/person.schema.json'));
    expect(person.required).toEqual(['name', 'team', 'region', 'timezone', 'handle', 'status']);
  });

  it('describes every field in the words of its comment in src/schemas/', () => {
    const root = commandHandbook();
    run('schema', root);
    const playbook = JSON.parse(read(root, 'public/schemas/playbook.schema.json'));
    expect(playbook.properties.last_reviewed.description).toBe('The day the page was last reviewed, `YYYY-MM-DD`. An edit alone is not a review.');
    const partner = JSON.parse(read(root, 'public/schemas/partner.schema.json'));
    expect(partner.properties.title.description).toBe('The page title, as shown in navigation and search results.');
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (node === null || typeof node !== 'object') return;
      const properties = (node as { properties?: Record<string, { description?: string }> }).properties;
      for (const [key, field] of Object.entries(properties ?? {})) if (!field.description) undescribed.push(`${path}.${key}`);
      for (const [key, value] of Object.entries(node)) walk(value, `${path}/${key}`);
    };
    for (const name of FILES) walk(JSON.parse(read(root, `public/schemas/${name}`)), name);
    expect(undescribed).toEqual([]);
  });

  it('leaves up-to-date files alone, and reports stale ones with --check', () => {
    const root = commandHandbook();
    run('schema', root);
    expect(run('schema', root).stdout).toBe('public/schemas/ is up to date (8 schemas).\n');
    writeFiles(root, { 'public/schemas/role.schema.json': '{}\n' });
    const before = snapshot(root);
    expect(run('schema', root, '--check')).toMatchObject({ status: 1, stdout: 'public/schemas/role.schema.json\n', stderr: '1 file is out of date; run `npm run schema` and commit the result\n' });
    expect(changedFiles(before, snapshot(root))).toEqual([]);
  });

  it('writes nothing with --dry-run', () => {
    const root = commandHandbook();
    const before = snapshot(root);
    expect(run('schema', root, '--dry-run').stdout).toMatch(/^public\/schemas\/playbook\.schema\.json\n(?:.+\n)+Dry run: nothing was written\.\n$/);
    expect(changedFiles(before, snapshot(root))).toEqual([]);
  });

  it('matches the committed schemas of the project', () => {
    expect(run('schema', projectRoot, '--check')).toMatchObject({ status: 0, stdout: 'public/schemas/ matches the schemas.\n' });
  });

  it('refuses arguments it does not know, and explains itself with --help', () => {
    expect(run('schema', commandHandbook(), '--out', 'x')).toMatchObject({ status: 2, stderr: 'Unknown option `--out`; run `npm run schema -- --help` for the options\n' });
    expect(run('schema', commandHandbook(), '--help').stdout).toMatch(/^Usage: npm run schema -- \[options\]/);
  });
});
