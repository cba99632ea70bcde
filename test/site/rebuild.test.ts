import { describe, expect, inject, it } from 'vitest';
import { hasClass, readPage, text } from '../helpers/html.ts';
import { readSiteFiles } from '../helpers/site-files.ts';

// Built twice with Astro's content cache kept: between the builds, `labelling-rules` got a new title
// and `bench-etiquette` new text.
const { site } = inject('rebuild');

describe('rebuilding after a change', () => {
  it('shows the changed text on the changed page', () => {
    expect(text(readPage(site, '/playbooks/bench-etiquette/').find(hasClass('prose'))!)).toContain('Book instruments two days ahead.');
  });

  it('shows a changed title on every page that names it, not only on its own', () => {
    expect(text(readPage(site, '/playbooks/labelling-rules/').find(hasClass('entry-header'))!)).toContain('Label rules, second edition');
    expect(text(readPage(site, '/playbooks/sample-intake/').find(hasClass('backlinks'))!)).toContain('Label rules, second edition');
    expect(text(readPage(site, '/playbooks/bench-etiquette/').find(hasClass('prev-next'))!)).toContain('Label rules, second edition');
  });

  it('searches the new text, not the old, and still every page', () => {
    const fragments = readSiteFiles(site).filter((file) => file.path.startsWith('pagefind/fragment/'));
    expect(fragments.some((file) => file.text.includes('Book instruments two days ahead.'))).toBe(true);
    expect(fragments.some((file) => file.text.includes('Book instruments a day ahead.'))).toBe(false);
    expect(fragments).toHaveLength(10);
  });
});
