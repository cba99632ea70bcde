import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../helpers/html.ts';
import { readSiteFiles } from '../helpers/site-files.ts';

const fixture = inject('fixtureSite');
const confidentialSite = inject('confidentialSite');
const unknown = inject('unknownConfidentiality');

// Distinctive text written only in the fixture's draft, draft MDX and confidential pages.
const DRAFT = 'DRAFTMARKER-zebra-7731';
const DRAFT_MDX = 'MDXDRAFTMARKER-ibis-3304';
const CONFIDENTIAL = 'CONFIDENTIALMARKER-okapi-4412';

describe('drafts and confidential pages', () => {
  it('appear in no file of the built site, the decompressed search index included', () => {
    const files = readSiteFiles(fixture);
    expect(files.some((file) => file.path.startsWith('pagefind/fragment/'))).toBe(true);
    const leaks = files.filter((file) => [DRAFT, DRAFT_MDX, CONFIDENTIAL].some((marker) => file.text.includes(marker)));
    expect(leaks.map((file) => file.path)).toEqual([]);
  });

  it('get no page of their own', () => {
    for (const path of ['playbooks/freezer-inventory', 'playbooks/instrument-loans', 'partners/royalty-terms']) expect(existsSync(join(fixture, path))).toBe(false);
  });

  it('are left out of the section lists', () => {
    const list = readPage(fixture, '/partners/').html;
    expect(list).toContain('Open Alliance with Marlow Instruments');
    expect(list).not.toContain('Royalty terms');
  });

  it('are the only pages left out: every published page is searchable', () => {
    const index = readSiteFiles(fixture).filter((file) => file.path.startsWith('pagefind/fragment/'));
    const indexed = index.map((file) => JSON.parse(file.text.replace(/^pagefind_dcd/, '')) as { url: string }).map((fragment) => fragment.url);
    expect(indexed.sort()).toEqual(
      [
        '/glossary/chain-of-custody/',
        '/handovers/lab-lead-bruno-to-carla/',
        '/partners/open-alliance/',
        '/people/ada-quill/',
        '/people/bruno-vale/',
        '/people/carla-ruiz/',
        '/playbooks/bench-etiquette/',
        '/playbooks/labelling-rules/',
        '/playbooks/sample-intake/',
        '/roles/lab-lead/',
      ].sort(),
    );
  });
});

describe('publishing confidential pages on purpose', () => {
  it('publishes a confidential page when `site.include_confidential` is true', () => {
    expect(readPage(confidentialSite, '/partners/royalty-terms/').html).toContain(CONFIDENTIAL);
  });

  it('still never publishes a draft', () => {
    expect(readSiteFiles(confidentialSite).filter((file) => file.text.includes(DRAFT)).map((file) => file.path)).toEqual([]);
  });
});

describe('a confidentiality level nobody knows', () => {
  it('fails the build, naming the file, the field and the levels it may take', () => {
    expect(unknown.exitCode).not.toBe(0);
    expect(unknown.output).toContain('content/partners/royalty-terms.md:8:18');
    expect(unknown.output).toContain('Field `confidentiality` must be one of `public`, `internal`, `confidential`, not the text `secret`');
  });

  it('publishes nothing of the page', () => {
    const files = existsSync(unknown.outDir) ? readSiteFiles(unknown.outDir) : [];
    expect(files.filter((file) => file.text.includes(CONFIDENTIAL)).map((file) => file.path)).toEqual([]);
  });
});

describe('two files that map to one URL', () => {
  const collision = inject('routeCollision');

  it('fail the build instead of one page silently replacing the other', () => {
    expect(collision.exitCode).not.toBe(0);
    expect(collision.output).toContain('content/playbooks/Sample Intake.md:1:1  error    File has the id `sample-intake`, as `content/playbooks/sample-intake.md` does, so both would be served at `/playbooks/sample-intake/`; rename this file: its name `Sample Intake.md` is not the id it would be served at  duplicate-id');
  });
});
