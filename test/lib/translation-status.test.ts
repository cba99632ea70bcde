import { describe, expect, it } from 'vitest';
import { describeHeadingChanges, headingChanges, translationStatus } from '../../src/lib/judging/translation-status.ts';
import { sourceRevision } from '../../src/lib/reading/source-revision.ts';
import { parseTranslationPath, translationPathOf } from '../../src/lib/reading/translation-path.ts';
import { localizeLinks } from '../../src/site/markdown/localize-links.ts';

describe('translations and their sources', () => {
  it('finds a translation\'s language and source from its path, and the other way round', () => {
    expect(parseTranslationPath('content/translations/pt-BR/playbooks/fto.md')).toEqual({ language: 'pt-BR', collection: 'playbooks', id: 'fto', sourcePath: 'content/playbooks/fto.md' });
    expect(parseTranslationPath('content/translations/de/notes/fto.md')).toBeUndefined();
    expect(translationPathOf('content/roles/head-of-ip.md', 'fr')).toBe('content/translations/fr/roles/head-of-ip.md');
  });

  it('changes the revision when the text changes, not when only line endings do', () => {
    const page = { title: 'FTO', summary: 'How we clear a product.', body: '## Scope\n\nOne product.\n' };
    expect(sourceRevision(page)).toMatch(/^[0-9a-f]{16}$/);
    expect(sourceRevision({ ...page, body: page.body.replaceAll('\n', '\r\n') })).toBe(sourceRevision(page));
    expect(sourceRevision({ ...page, body: '## Scope\n\nTwo products.\n' })).not.toBe(sourceRevision(page));
  });

  it('is behind only when the recorded revision is not the source\'s', () => {
    expect(translationStatus({ source_revision: 'a', source_headings: [] }, { revision: 'a', headings: [] }).behind).toBe(false);
    expect(translationStatus({ source_revision: 'a', source_headings: [] }, { revision: 'b', headings: [] }).behind).toBe(true);
  });

  it('tells a renamed heading from one removed and another added', () => {
    expect(headingChanges(['Scope', 'Steps', 'Notes'], ['Scope', 'How to clear', 'Notes', 'Sign-off'])).toEqual({ added: ['Sign-off'], removed: [], renamed: [['Steps', 'How to clear']] });
    expect(headingChanges(['Scope', 'Steps'], ['Steps', 'Audit'])).toEqual({ added: ['Audit'], removed: ['Scope'], renamed: [] });
  });

  it('says the changes in words, and nothing when the headings are the same', () => {
    expect(describeHeadingChanges({ added: ['Sign-off'], removed: ['Notes'], renamed: [['Steps', 'How to']] })).toBe('heading `Sign-off` added; heading `Steps` renamed to `How to`; heading `Notes` removed');
    expect(describeHeadingChanges({ added: [], removed: [], renamed: [] })).toBe('');
  });
});

describe('links in a translation', () => {
  it('lead to the same language\'s page where there is one, and to the source otherwise', () => {
    const html = '<a href="/playbooks/fto/#scope">a</a> <a href="/roles/head-of-ip/">b</a> <a href="https://example.org/playbooks/fto/">c</a>';
    expect(localizeLinks(html, 'de', new Set(['de/playbooks/fto', 'fr/roles/head-of-ip']))).toBe('<a href="/de/playbooks/fto/#scope">a</a> <a href="/roles/head-of-ip/">b</a> <a href="https://example.org/playbooks/fto/">c</a>');
  });
});
