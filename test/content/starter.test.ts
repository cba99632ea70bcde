import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntry } from '../../src/lib/reading/read-entry.ts';
import { collectionNames } from '../../src/schemas/index.ts';
import { projectRoot } from '../helpers/project.ts';

const files = collectionNames.flatMap((collection) =>
  readdirSync(join(projectRoot, 'content', collection))
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => ({ collection, path: `content/${collection}/${name}` })),
);

describe('the starter handbook', () => {
  it.each(files)('$path passes its schema', ({ collection, path }) => {
    const entry = readEntry(collection, path, readFileSync(join(projectRoot, path)));
    expect(entry.problems).toEqual([]);
    expect(entry.data).toBeDefined();
  });

  it('has the minimum of every type the brief asks for', () => {
    const count = (collection: string) => files.filter((file) => file.collection === collection).length;
    expect(count('playbooks')).toBeGreaterThanOrEqual(11);
    expect(count('roles')).toBeGreaterThanOrEqual(8);
    expect(count('handovers')).toBeGreaterThanOrEqual(3);
    expect(count('partners')).toBeGreaterThanOrEqual(4);
  });

  it('covers every state: handovers, agreement kinds, a draft, a confidential page and a departed person', () => {
    const data = files.map(({ collection, path }) => ({ collection, data: readEntry(collection, path, readFileSync(join(projectRoot, path))).data as Record<string, unknown> }));
    const values = (collection: string, key: string) => new Set(data.filter((entry) => entry.collection === collection).map((entry) => entry.data[key]));
    expect(values('handovers', 'state')).toEqual(new Set(['planned', 'in-progress', 'complete']));
    expect(values('partners', 'kind')).toEqual(new Set(['joint-venture', 'strategic-alliance', 'licensing', 'research-collaboration']));
    expect(values('playbooks', 'status')).toContain('draft');
    expect(values('partners', 'confidentiality')).toContain('confidential');
    expect(values('people', 'status')).toContain('left');
  });
});
