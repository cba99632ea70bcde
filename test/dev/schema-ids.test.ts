import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../scripts/commands/handbook.ts';
import { handbookIds } from '../../scripts/commands/schema/editor-schemas.ts';
import { jsonSchemaFiles } from '../../scripts/commands/schema/json-schemas.ts';
import { starterHandbook, writeFiles } from '../commands/command-fixture.ts';

describe('the ids the JSON Schemas offer', async () => {
  const root = starterHandbook();
  const counsel = readFileSync(join(root, 'content/roles/ip-counsel.md'), 'utf8');
  writeFiles(root, {
    'content/roles/draft-role.md': counsel.replace('status: active', 'status: draft'),
    'content/roles/secret-role.md': counsel.replace('confidentiality: internal', 'confidentiality: confidential'),
  });
  const ids = handbookIds(await loadHandbook(root));

  it('are the people still here, the teams and the published roles', () => {
    expect(ids.people).toContain('ada-okafor');
    expect(ids.people).not.toContain('helena-brandt');
    expect(ids.teams).toEqual(['business-development', 'ip-legal', 'knowledge', 'marketing', 'rnd']);
    expect(ids.roles).toContain('ip-counsel');
    expect(ids.roles).not.toContain('draft-role');
    expect(ids.roles).not.toContain('secret-role');
  });

  it('go on every field that names one: people, teams, roles, and owners (people or teams)', () => {
    const files = Object.fromEntries(jsonSchemaFiles('https://example.org/schemas', ids).map((file) => [file.name, JSON.parse(file.text)]));
    const playbook = files['playbook.schema.json'];
    expect(playbook.properties.owner.examples).toEqual([...ids.people, ...ids.teams]);
    expect(playbook.properties.reviewers.items.examples).toEqual(ids.people);
    expect(playbook.properties.teams.items.examples).toEqual(ids.teams);
    expect(playbook.properties.related_roles.items.examples).toEqual(ids.roles);
    expect(files['person.schema.json'].properties.team.examples).toEqual(ids.teams);
    // Free-form values get no examples.
    expect(playbook.properties.tags.items.examples).toBeUndefined();
  });
});
