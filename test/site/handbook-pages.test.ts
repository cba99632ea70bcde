import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { hasClass, hrefs, labelledBy, readPage, tag, text, within } from '../helpers/html.ts';
import { readSiteFiles } from '../helpers/site-files.ts';

const site = inject('fixtureSite');

describe('the review dashboard', () => {
  const page = readPage(site, '/dashboard/');

  it('counts pages by review state', () => {
    const stats = page.all(hasClass('stat')).map(text);
    expect(stats).toEqual(['1 Overdue', '0 Due soon', '6 Fresh', '0 Review date in the future', '0 Not under review', '7 Pages in all']);
  });

  it('links every stat card to the list of its pages: the search filtered to that review state, or to every type of page', () => {
    const links = page.all(hasClass('stat')).map((card) => hrefs(within(card)));
    expect(links).toEqual([
      ['/search/?review=Overdue'],
      ['/search/?review=Due+soon'],
      ['/search/?review=Fresh'],
      ['/search/?review=Review+date+in+the+future'],
      ['/search/?review=Not+under+review'],
      ['/search/?type=Playbook&type=Role&type=Handover&type=Partner+agreement&type=Glossary+term'],
    ]);
    expect(readPage(site, '/').all(hasClass('stat')).map((card) => hrefs(within(card))[0])).toContain('/search/?review=Overdue');
  });

  it('says what each owner must do next, soonest first, from the same findings as the lists above', () => {
    const owners = within(page.find(labelledBy('by-owner'))!).all(hasClass('owner-todo'));
    expect(owners.map((owner) => text(within(owner).find(tag('h3'))!))).toEqual(['Ada Quill 5 things to do', 'Carla Ruiz 5 things to do']);
    expect(within(owners[0]!).all(tag('li')).map(text)).toEqual([
      '10 Jul 2025 Sample intake Playbook: Review was due on 2025-07-10 (501 days ago)',
      '10 Nov 2026 Handover: lab lead, Bruno Vale to Carla Ruiz Handover: Handover was due on 2026-11-10 and 2 checklist items are still open: Freezer 2 service contract, Instrument calibration',
      'Now Lab lead Role: Holder bruno-vale left on 2026-10-15 and still holds one thing: holder of roles/lab-lead',
      'Now Lab lead Role: Critical role has no backup',
      'Now Sample intake Playbook: Reviewer bruno-vale left on 2026-10-15',
    ]);
    expect(within(owners[1]!).all(tag('time')).map((time) => time.properties.dateTime)).toEqual(['2026-10-15', '2026-10-31', '2026-10-31', '2026-11-03', '2026-12-31']);
    expect(hrefs(within(readPage(site, '/people/ada-quill/').find(labelledBy('owns-title'))!))).toContain('/dashboard/#owner-ada-quill');
  });

  it('draws review states by team as an SVG chart with a name, a description and a table of the same numbers', () => {
    const chart = page.find(tag('svg'))!;
    expect(chart.properties).toMatchObject({ role: 'img' });
    expect(text(within(chart).find(tag('title'))!)).toBe('Review state by team');
    expect(within(chart).all(tag('rect')).length).toBeGreaterThan(0);
    const rows = within(page.find(labelledBy('by-team'))!).all(tag('tr')).map(text);
    expect(rows).toContain('Research Lab 1 0 5 0 0');
    expect(rows).toContain('Legal, Patents and Contracts 0 0 2 0 0');
  });

  it('lists overdue pages with their owners', () => {
    expect(within(page.find(labelledBy('overdue'))!).all(tag('tr')).slice(1).map(text)).toEqual(['Sample intake Playbook Ada Quill 10 Jul 2025']);
  });

  it('lists what people who left still hold', () => {
    expect(within(page.find(labelledBy('departed'))!).all(tag('tr')).slice(1).map(text)).toEqual(['Sample intake Bruno Vale left reviewer', 'Lab lead Bruno Vale left holder']);
  });

  it('lists succession gaps, agreements coming up for renewal and late handovers', () => {
    expect(text(page.find(labelledBy('gaps'))!)).toContain('Lab lead Bruno Vale left No backup');
    expect(text(page.find(labelledBy('renewals'))!)).toContain('Open Alliance with Marlow Instruments Marlow Instruments Ltd. 31 Dec 2026 in 128 days Notice due');
    expect(hrefs(within(page.find(labelledBy('late-handovers'))!))).toContain('/handovers/lab-lead-bruno-to-carla/');
  });
});

describe('section indexes', () => {
  it('list every published entry of the section in a table', () => {
    const rows = readPage(site, '/playbooks/').all(tag('tr')).slice(1);
    expect(rows.map((row) => text(within(row).find(tag('a'))!))).toEqual(['Bench etiquette', 'Labelling rules', 'Sample intake']);
  });

  it('mark their tables for sorting and filtering, which JavaScript adds', () => {
    const table = readPage(site, '/roles/').find(tag('table'))!;
    expect(table.properties.dataEnhance).toBe('');
    expect(within(table).all((element) => element.tagName === 'th' && element.properties.dataSort !== undefined).length).toBeGreaterThan(3);
  });

  it('include a people directory that says who has left', () => {
    const rows = readPage(site, '/people/').all(tag('tr')).slice(1).map(text);
    expect(rows).toContain('Bruno Vale Lab lead (former) Research Lab Americas 0 Left 15 Oct 2026 America/Chicago');
  });
});

describe('browsing by tag and by team', () => {
  it('lists every tag with a count and a page per tag', () => {
    expect(readPage(site, '/tags/').all(tag('li')).map(text).filter((item) => item.startsWith('#'))).toContain('#samples 2');
    const rows = readPage(site, '/tags/samples/').all(tag('tr')).slice(1);
    expect(rows.map((row) => text(within(row).find(tag('a'))!))).toEqual(['Labelling rules', 'Sample intake']);
  });

  it('gives each team a page with its people, roles and pages', () => {
    const page = readPage(site, '/teams/research/');
    expect(text(page.find(tag('h1'))!)).toBe('Research Lab');
    expect(hrefs(page)).toEqual(expect.arrayContaining(['/people/ada-quill/', '/people/bruno-vale/', '/roles/lab-lead/', '/playbooks/sample-intake/']));
  });
});

describe('the feed, the sitemap and the missing-page page', () => {
  it('publishes recent changes as an RSS feed with one item per change', () => {
    const feed = readFileSync(join(site, 'feed.xml'), 'utf8');
    expect(feed).toContain('<title>Labelling rules (Playbook)</title><link>https://fieldnotes.example/playbooks/labelling-rules/</link>');
    expect(feed).toContain('<pubDate>Mon, 02 Nov 2026 06:30:00 GMT</pubDate>');
    expect(feed).not.toMatch(/Royalty|Freezer/);
  });

  it('lists every page in the sitemap, and not the missing-page page', () => {
    const sitemap = readFileSync(join(site, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://fieldnotes.example/playbooks/sample-intake/</loc>');
    expect(sitemap).not.toContain('404');
  });

  it('has a missing-page page that offers search and the sections', () => {
    const page = readPage(site, '/404.html');
    expect(text(page.find(tag('h1'))!)).toBe('Page not found');
    expect(page.find((element) => element.tagName === 'form' && element.properties.action === '/search/')).toBeDefined();
  });
});

describe('search', () => {
  it('indexes only the content of entry pages, not the header, footer, banners or the laid-out facts', () => {
    const fragment = readSiteFiles(site).find((file) => file.path.startsWith('pagefind/fragment/') && file.text.includes('"/playbooks/sample-intake/"'))!;
    const { content } = JSON.parse(fragment.text.replace(/^pagefind_dcd/, '')) as { content: string };
    expect(content).toContain('Every sample gets a record before it is opened.');
    expect(content).not.toMatch(/Skip to content|Dashboard|overdue for review|Referenced by|Edit this page|Recent changes/);
  });

  it('gives every entry page its type, owner, teams, tags and review state as search filters', () => {
    const fragment = readSiteFiles(site).find((file) => file.path.startsWith('pagefind/fragment/') && file.text.includes('"/playbooks/sample-intake/"'))!;
    const { filters, meta } = JSON.parse(fragment.text.replace(/^pagefind_dcd/, '')) as { filters: Record<string, string[]>; meta: Record<string, string> };
    expect(filters).toEqual({ type: ['Playbook'], owner: ['Ada Quill'], team: ['Research Lab'], tag: ['samples', 'lab'], review: ['Overdue'] });
    expect(meta).toMatchObject({ title: 'Sample intake', type: 'Playbook' });
  });

  it('indexes the facts of frontmatter as sentences, names weighted, so a contact or a partner finds the page', () => {
    const fragment = (url: string) => JSON.parse(readSiteFiles(site).find((file) => file.path.startsWith('pagefind/fragment/') && file.text.includes(`"${url}"`))!.text.replace(/^pagefind_dcd/, '')) as { content: string; meta: Record<string, string> };
    expect(fragment('/handovers/lab-lead-bruno-to-carla/').content).toContain('Key contact: Dana Ortiz, Facilities manager.');
    expect(fragment('/roles/lab-lead/').content).toContain('Holder: Bruno Vale.');
    expect(fragment('/partners/open-alliance/').content).toContain('Milestone: Field trial report, due 31 Oct 2026.');
    expect(fragment('/partners/open-alliance/').meta).toMatchObject({ partner: 'Marlow Instruments Ltd.' });
    expect(fragment('/glossary/chain-of-custody/').meta).toMatchObject({ title: 'Chain of custody', abbreviation: 'CoC' });
    const contact = readPage(site, '/handovers/lab-lead-bruno-to-carla/').find((element) => element.properties.dataPagefindWeight === '5' && text(element) === 'Dana Ortiz,');
    expect(contact).toBeDefined();
  });

  it('writes the words of titles, names and terms for "did you mean"', () => {
    const vocabulary = JSON.parse(readFileSync(join(site, 'search/vocabulary.json'), 'utf8')) as { words: string[] };
    expect(vocabulary.words).toEqual(expect.arrayContaining(['sample', 'intake', 'quill', 'marlow', 'dana', 'ortiz', 'custody']));
    expect(vocabulary.words).not.toEqual(expect.arrayContaining(['royalty'])); // the confidential agreement's title
    expect(vocabulary.words.join(' ')).not.toMatch(/zebra|okapi|ibis/);
  });

  it('has a search page that works from the URL', () => {
    expect(existsSync(join(site, 'search', 'index.html'))).toBe(true);
    expect(readPage(site, '/search/').find((element) => element.tagName === 'input' && element.properties.name === 'q')).toBeDefined();
  });
});
