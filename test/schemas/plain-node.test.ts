import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/project.ts';

describe('the content model outside Astro', () => {
  it('loads in plain Node with every Astro import refused', () => {
    const output = execFileSync(process.execPath, [join(projectRoot, 'test/fixtures/plain-node/load-schemas.ts')], { encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({ collections: ['playbooks', 'roles', 'handovers', 'partners', 'people', 'glossary'], sampleValid: true });
  });

  it('is the same map the site build reads', async () => {
    const { readFileSync } = await import('node:fs');
    const config = readFileSync(join(projectRoot, 'src/content.config.ts'), 'utf8');
    expect(config).toContain("from './schemas/index.ts'");
    for (const collection of ['playbooks', 'roles', 'handovers', 'partners', 'people', 'glossary']) {
      expect(config).toContain(`schema: schemas.${collection}`);
    }
  });
});
