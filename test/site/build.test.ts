import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readEntry } from '../../src/lib/reading/read-entry.ts';
import { collectionNames } from '../../src/schemas/index.ts';
import { projectRoot } from '../helpers/project.ts';
import { readSiteFiles } from '../helpers/site-files.ts';

const site = inject('starterSite');

function starterEntries() {
  return collectionNames.flatMap((collection) => {
    const folder = join(projectRoot, 'content', collection);
    return readdirSync(folder)
      .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
      .map((name) => readEntry(collection, `content/${collection}/${name}`, readFileSync(join(folder, name))));
  });
}

// The starter's pages that must never be published, each with text written only in it. Named here,
// not asked of the code that decides publication, so a mistake there cannot agree with itself.
const UNPUBLISHED: Record<string, string> = {
  'playbooks/trade-secret-register': 'Keeping a trade secret register',
  'partners/halmira-medical-licence-commercial-terms': 'Halmira Medical licence, commercial terms',
};

/** Whether a file's frontmatter says, in so many words, that it is a draft or confidential. */
function saysUnpublished(text: string | undefined): boolean {
  const frontmatter = (text ?? '').split('\n---\n')[0]!;
  return /^status: draft$/m.test(frontmatter) || /^confidentiality: confidential$/m.test(frontmatter);
}

describe('building the starter handbook', () => {
  it('gives every published entry its own page', () => {
    const published = starterEntries().filter((entry) => !(`${entry.collection}/${entry.id}` in UNPUBLISHED));
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

  it('knows every draft and confidential page of the starter by name', () => {
    const marked = starterEntries().filter((entry) => saysUnpublished(entry.text));
    expect(marked.map((entry) => `${entry.collection}/${entry.id}`).sort()).toEqual(Object.keys(UNPUBLISHED).sort());
  });

  it('leaves drafts and confidential pages out of the site: no page, and not a word of them in any file', () => {
    for (const page of Object.keys(UNPUBLISHED)) expect(existsSync(join(site, page)), page).toBe(false);
    const leaks = readSiteFiles(site).filter((file) => Object.values(UNPUBLISHED).some((marker) => file.text.includes(marker)));
    expect(leaks.map((file) => file.path)).toEqual([]);
  });
});
