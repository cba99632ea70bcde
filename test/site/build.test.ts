import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readEntry } from '../../src/lib/reading/read-entry.ts';
import { isPublishable } from '../../src/lib/judging/publication.ts';
import { collectionNames } from '../../src/schemas/index.ts';
import { projectRoot } from '../helpers/project.ts';

const site = inject('starterSite');

function starterEntries() {
  return collectionNames.flatMap((collection) => {
    const folder = join(projectRoot, 'content', collection);
    return readdirSync(folder)
      .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
      .map((name) => readEntry(collection, `content/${collection}/${name}`, readFileSync(join(folder, name))));
  });
}

describe('building the starter handbook', () => {
  it('gives every published entry its own page', () => {
    const published = starterEntries().filter((entry) => isPublishable(entry.collection, entry.data, { includeConfidential: false }));
    expect(published.length).toBeGreaterThan(40);
    const missing = published.filter((entry) => !existsSync(join(site, entry.collection, entry.id, 'index.html')));
    expect(missing.map((entry) => `${entry.collection}/${entry.id}`)).toEqual([]);
  });

  it('puts each entry title on its page', () => {
    const entry = starterEntries().find((candidate) => candidate.collection === 'playbooks' && candidate.data);
    const html = readFileSync(join(site, 'playbooks', entry!.id, 'index.html'), 'utf8');
    expect(html).toContain((entry!.data as { title: string }).title.replaceAll('&', '&amp;'));
  });

  it('writes an index page for every collection and a home page', () => {
    for (const collection of collectionNames) expect(existsSync(join(site, collection, 'index.html'))).toBe(true);
    expect(existsSync(join(site, 'index.html'))).toBe(true);
  });

  it('writes a Pagefind search index and the search page', () => {
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readdirSync(join(site, 'pagefind', 'index')).length).toBeGreaterThan(0);
    expect(readdirSync(join(site, 'pagefind', 'fragment')).length).toBeGreaterThan(40);
    expect(existsSync(join(site, 'search', 'index.html'))).toBe(true);
  });

  it('leaves drafts and confidential pages out of the site', () => {
    const hidden = starterEntries().filter((entry) => entry.data && !isPublishable(entry.collection, entry.data, { includeConfidential: false }));
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    for (const entry of hidden) expect(existsSync(join(site, entry.collection, entry.id))).toBe(false);
  });
});
