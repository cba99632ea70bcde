import { describe, expect, it } from 'vitest';
import { check, commandHandbook, read, run, snapshot, changedFiles, TEST_TODAY, writeFiles } from './command-fixture.ts';

const FTO = 'content/playbooks/freedom-to-operate-check.md';
const GERMAN = 'content/translations/de/playbooks/freedom-to-operate-check.md';
const translate = (root: string, ...args: string[]) => run('translate', root, '--today', TEST_TODAY, ...args);

describe('npm run translate', () => {
  it('starts a translation with the source\'s text and the revision it translates, which the check accepts', () => {
    const root = commandHandbook();
    const before = snapshot(root);
    const result = translate(root, FTO, '--lang', 'de', '--by', 'jonas-weber');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^content\/translations\/de\/playbooks\/freedom-to-operate-check\.md\n {2}new translation of revision [0-9a-f]{16}; translate the title, summary and text\n$/);
    expect(changedFiles(before, snapshot(root))).toEqual([GERMAN]);
    const text = read(root, GERMAN);
    expect(text).toMatch(/^---\ntitle: .+\nsummary: .+\nsource_revision: [0-9a-f]{16}\nsource_headings:\n/);
    expect(text).toContain(`translated_on: ${TEST_TODAY}\ntranslators:\n  - jonas-weber\n---\n`);
    expect(check(root, GERMAN).stdout).not.toContain('translation-behind');
  });

  it('is behind once the source changes, and up to date again once the new revision is recorded', () => {
    const root = commandHandbook();
    translate(root, FTO, '--lang', 'de');
    writeFiles(root, { [FTO]: `${read(root, FTO)}\n## A new section\n\nMore to translate.\n` });
    expect(check(root, GERMAN).stdout).toContain('heading `A new section` added');
    const again = translate(root, FTO, '--lang', 'de');
    expect(again.stdout).toMatch(/source_revision: [0-9a-f]{16} → [0-9a-f]{16}/);
    expect(check(root, GERMAN).stdout).not.toContain('translation-behind');
    expect(translate(root, FTO, '--lang', 'de').stdout).toMatch(/^Nothing to record/);
  });

  it('refuses a language that is not a BCP 47 tag, and a missing one', () => {
    const root = commandHandbook();
    expect(translate(root, FTO, '--lang', 'german')).toMatchObject({ status: 2, stderr: '`--lang german` is not a BCP 47 language tag; write one such as `de`, `fr` or `pt-BR`; run `npm run translate -- --help` for the options\n' });
    expect(translate(root, FTO)).toMatchObject({ status: 2 });
  });
});
