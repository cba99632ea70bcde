import { describe, expect, inject, it } from 'vitest';
import { hasClass, hrefs, readPage, tag, text, within, type Element } from '../helpers/html.ts';
import { readSitePages } from '../helpers/site-files.ts';

const site = inject('fixtureSite');

/** Every entry page of the built fixture: `/<collection>/<id>/`. */
const entryPages = readSitePages(site)
  .map((file) => `/${file.path.replace(/index\.html$/, '')}`)
  .filter((path) => /^\/(playbooks|roles|handovers|partners|people|glossary)\/[^/]+\/$/.test(path));

const navigationOf = (path: string) => readPage(site, path).find((element) => element.tagName === 'nav' && hasClass('section-nav')(element));
const groupsOf = (navigation: Element) => within(navigation).all(hasClass('nav-group')).map((group) => text(within(group).find(tag('summary'))!));

describe('the section navigation', () => {
  it('is on every entry page, of every type', () => {
    expect(entryPages.length).toBeGreaterThanOrEqual(10);
    expect(new Set(entryPages.map((path) => path.split('/')[1]))).toEqual(new Set(['playbooks', 'roles', 'handovers', 'partners', 'people', 'glossary']));
    for (const path of entryPages) expect(navigationOf(path), path).toBeDefined();
  });

  it('marks the current page, and only it, and opens its group', () => {
    for (const path of entryPages) {
      const navigation = navigationOf(path)!;
      const current = within(navigation).all((element) => element.tagName === 'a' && element.properties.ariaCurrent === 'page');
      expect(current.map((link) => link.properties.href), path).toEqual([path]);
      const openGroups = within(navigation).all((element) => hasClass('nav-group')(element) && element.properties.open === true);
      expect(openGroups.length, path).toBe(1);
      expect(hrefs(within(openGroups[0]!)), path).toContain(path);
    }
  });

  it('groups playbooks by function, roles and people by team, handovers by state, agreements by kind and terms by letter', () => {
    expect(groupsOf(navigationOf('/playbooks/sample-intake/')!)).toEqual(['R&D 3']);
    expect(groupsOf(navigationOf('/roles/lab-lead/')!)).toEqual(['Research Lab 1']);
    expect(groupsOf(navigationOf('/handovers/lab-lead-bruno-to-carla/')!)).toEqual(['In progress 1']);
    expect(groupsOf(navigationOf('/partners/open-alliance/')!)).toEqual(['Strategic alliance 1']);
    expect(groupsOf(navigationOf('/people/carla-ruiz/')!)).toEqual(['Legal, Patents and Contracts 1', 'Research Lab 2']);
    expect(groupsOf(navigationOf('/glossary/chain-of-custody/')!)).toEqual(['C 1']);
  });

  it('names its section and links to the section index, which lists the same groups', () => {
    const navigation = navigationOf('/people/ada-quill/')!;
    expect(text(within(navigation).find(hasClass('section-nav-title'))!)).toBe('People');
    expect(hrefs(within(navigation))).toContain('/people/');
    const index = readPage(site, '/playbooks/');
    const group = index.find((element) => element.properties.id === 'function-rnd')!;
    expect(hrefs(within(group))).toEqual(['/playbooks/bench-etiquette/', '/playbooks/labelling-rules/', '/playbooks/sample-intake/']);
  });

  it('reads without JavaScript: plain links in <details>, folded as a whole on a narrow screen', () => {
    const navigation = navigationOf('/roles/lab-lead/')!;
    const fold = within(navigation).find(tag('details'))!;
    expect(fold.properties.className).toEqual(['fold', 'fold-wide']);
    expect(text(within(fold).find(tag('summary'))!)).toBe('Browse roles 1');
    expect(navigation.children.some((child) => (child as Element).tagName === 'script')).toBe(false);
  });
});

describe('the table of contents', () => {
  it('is folded at the top of the page, before the content, with the page’s headings', () => {
    const page = readPage(site, '/playbooks/sample-intake/');
    const html = page.html;
    expect(html.indexOf('class="fold fold-widest toc-fold"')).toBeLessThan(html.indexOf('<h1'));
    expect(hrefs(within(page.find(hasClass('toc'))!))).toEqual(['#logging-a-sample', '#storing-it']);
  });
});

describe('the glossary', () => {
  it('gives each term a page and lists every term with its definition, by letter, on the glossary’s index', () => {
    const index = readPage(site, '/glossary/');
    expect(text(index.find(tag('h1'))!)).toBe('Glossary');
    const letter = index.find((element) => element.properties.id === 'letter-c')!;
    expect(text(letter)).toBe('C');
    expect(text(index.find(hasClass('glossary'))!)).toContain('Chain of custody (CoC) The unbroken record of who held a sample');
    const term = readPage(site, '/glossary/chain-of-custody/');
    expect(text(term.find(tag('h1'))!)).toBe('Chain of custody');
    expect(hrefs(term)).toContain('/playbooks/sample-intake/');
  });
});
