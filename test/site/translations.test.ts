import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { hasClass, labelledBy, readPage, tag, text, within } from '../helpers/html.ts';

const site = inject('starterSite');
const switcher = (path: string) => {
  const nav = readPage(site, path).find(hasClass('language-switcher'));
  return nav && within(nav).all(tag('a')).map((link) => ({ lang: link.properties.lang, href: link.properties.href, current: link.properties.ariaCurrent === 'page' }));
};

describe('translated pages on the starter handbook', () => {
  it('serve a translation at its language\'s URL with its <html lang>', () => {
    expect(readPage(site, '/fr/roles/knowledge-manager/').html).toMatch(/<html lang="fr"/);
    expect(readPage(site, '/de/roles/knowledge-manager/').html).toMatch(/<html lang="de"/);
    expect(readPage(site, '/roles/knowledge-manager/').html).toMatch(/<html lang="en"/);
  });

  it('offer the same page in every language, the current one marked, on the original and on each translation', () => {
    const expected = (current: string) => ['en', 'de', 'fr'].map((lang) => ({ lang, href: lang === 'en' ? '/roles/knowledge-manager/' : `/${lang}/roles/knowledge-manager/`, current: lang === current }));
    expect(switcher('/roles/knowledge-manager/')).toEqual(expected('en'));
    expect(switcher('/de/roles/knowledge-manager/')).toEqual(expected('de'));
    expect(switcher('/playbooks/freedom-to-operate-check/')).toBeUndefined();
  });

  it('say in a banner, in the translation\'s language, that the English original changed, only where it did', () => {
    const banner = readPage(site, '/fr/roles/knowledge-manager/').find(hasClass('banner'));
    expect(text(banner!)).toMatch(/^L’original anglais a été modifié le \d{1,2} \w+ \d{4}\./);
    expect(readPage(site, '/de/roles/knowledge-manager/').find(hasClass('banner'))).toBeUndefined();
  });

  it('show the interface in the page\'s language', () => {
    const page = readPage(site, '/de/glossary/prior-art/');
    expect(text(page.find(tag('h1'))!)).toBe('Stand der Technik');
    expect(text(page.find((element) => element.properties.ariaLabel === 'Bereiche')!)).toContain('Rollen');
  });

  it('are listed on the dashboard when behind their source, with the headings that changed', () => {
    const list = text(readPage(site, '/dashboard/').find(labelledBy('translations-behind'))!);
    expect(list).toContain('Responsable de la gestion des connaissances (Français');
    expect(list).toContain('heading Working across time zones added');
    expect(list).not.toContain('Wissensmanagerin');
  });

  it('are searched in their own language: the Pagefind output holds an index per language', () => {
    const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['de', 'en', 'fr']);
    expect(entry.languages.de!.page_count).toBe(3);
  });
});
