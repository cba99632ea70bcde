import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editFrontmatter, type FrontmatterEdit } from '../../scripts/commands/frontmatter-edit.ts';

/** The edited text, failing the test when the edit was refused. */
function edited(text: string, ...edits: FrontmatterEdit[]): string {
  const result = editFrontmatter(text, edits);
  if (!result.ok) throw new Error(`refused: ${result.problem.line}:${result.problem.column} ${result.problem.message}`);
  return result.text;
}

const page = [
  '---',
  '# Who answers for this page.',
  'title: "Freedom-to-operate: check"',
  'owner: helena-brandt   # until the handover',
  'reviewers: [jonas-weber, helena-brandt]',
  "last_reviewed: '2026-03-01' # the spring review",
  'review_every: 6m',
  'functions:',
  '  - legal   # first',
  '  - ip',
  '---',
  '',
  'owner: helena-brandt in the body is text, and so is',
  '---',
  'last_reviewed: 2020-01-01',
  '',
].join('\n');

describe('editFrontmatter', () => {
  it('replaces one value and keeps every other byte, its quotes and its comment included', () => {
    expect(edited(page, { kind: 'set', path: ['last_reviewed'], value: '2026-11-23' })).toBe(page.replace("'2026-03-01'", "'2026-11-23'"));
  });

  it('keeps double quotes, and writes a plain value plain', () => {
    const text = '---\ntitle: "Old"\nowner: ada-okafor\n---\n';
    expect(edited(text, { kind: 'set', path: ['title'], value: 'New' }, { kind: 'set', path: ['owner'], value: 'jonas-weber' })).toBe('---\ntitle: "New"\nowner: jonas-weber\n---\n');
  });

  it('quotes a value that would otherwise read as something else', () => {
    expect(edited('---\nowner: ada\n---\n', { kind: 'set', path: ['owner'], value: 'true' })).toBe('---\nowner: "true"\n---\n');
  });

  it('never touches the body, even where it looks like frontmatter', () => {
    const result = edited(page, { kind: 'set', path: ['owner'], value: 'ada-okafor' });
    expect(result.slice(result.indexOf('\n---\n', 4))).toBe(page.slice(page.indexOf('\n---\n', 4)));
    expect(result).toContain('owner: ada-okafor   # until the handover\n');
  });

  it('keeps CRLF line endings and a byte-order mark, adding lines with CRLF too', () => {
    const crlf = `\uFEFF${page.replaceAll('\n', '\r\n')}`;
    const result = edited(crlf, { kind: 'set', path: ['last_reviewed'], value: '2026-11-23' }, { kind: 'append', key: 'functions', value: 'rnd' });
    expect(result).toBe(crlf.replace("'2026-03-01'", "'2026-11-23'").replace('  - ip\r\n', '  - ip\r\n  - rnd\r\n'));
  });

  it('sets a value nested in a list of maps', () => {
    const text = '---\nescalation:\n  - level: Leads\n    person: helena-brandt\n---\n';
    expect(edited(text, { kind: 'set', path: ['escalation', 0, 'person'], value: 'ada-okafor' })).toBe(text.replace('person: helena-brandt', 'person: ada-okafor'));
  });

  it('fills in a field written with no value', () => {
    expect(edited('---\nbackup:\nowner: ada\n---\n', { kind: 'set', path: ['backup'], value: 'jonas' })).toBe('---\nbackup: jonas\nowner: ada\n---\n');
  });

  it('adds a missing field after the first of the fields it should follow', () => {
    expect(edited('---\ntitle: A\nowner: ada\nstatus: active\n---\n', { kind: 'set', path: ['last_reviewed'], value: '2026-11-23', after: ['reviewers', 'owner'] })).toBe('---\ntitle: A\nowner: ada\nlast_reviewed: 2026-11-23\nstatus: active\n---\n');
  });

  it('adds a missing field at the end when none of those fields is there', () => {
    expect(edited('---\ntitle: A # the title\n---\nBody\n', { kind: 'set', path: ['owner'], value: 'ada' })).toBe('---\ntitle: A # the title\nowner: ada\n---\nBody\n');
  });

  describe('lists', () => {
    it('appends to a flow list', () => {
      expect(edited(page, { kind: 'append', key: 'reviewers', value: 'ada-okafor' })).toBe(page.replace('helena-brandt]', 'helena-brandt, ada-okafor]'));
    });

    it('appends to an empty flow list', () => {
      expect(edited('---\nreviewers: []\n---\n', { kind: 'append', key: 'reviewers', value: 'ada' })).toBe('---\nreviewers: [ada]\n---\n');
    });

    it('appends to a block list with the indentation of its last item, after its comment', () => {
      const text = '---\nreviewers:\n    -   ada # lead\n---\n';
      expect(edited(text, { kind: 'append', key: 'reviewers', value: 'jonas' })).toBe('---\nreviewers:\n    -   ada # lead\n    -   jonas\n---\n');
    });

    it('gives a list written with no value its first item', () => {
      expect(edited('---\nreviewers:\nowner: ada\n---\n', { kind: 'append', key: 'reviewers', value: 'jonas' })).toBe('---\nreviewers: [jonas]\nowner: ada\n---\n');
    });

    it('creates a missing list in the style of the other lists of the file', () => {
      expect(edited(page, { kind: 'append', key: 'tags', value: 'risk', after: ['owner'] })).toBe(page.replace('# until the handover\n', '# until the handover\ntags:\n  - risk\n'));
      expect(edited('---\nowner: ada\nfunctions: [ip]\n---\n', { kind: 'append', key: 'reviewers', value: 'jonas', after: ['owner'] })).toBe('---\nowner: ada\nreviewers: [jonas]\nfunctions: [ip]\n---\n');
    });

    it('removes the first, a middle and the last item of a flow list', () => {
      const text = '---\nreviewers: [a, b, c]\n---\n';
      expect(edited(text, { kind: 'remove', key: 'reviewers', index: 0 })).toBe('---\nreviewers: [b, c]\n---\n');
      expect(edited(text, { kind: 'remove', key: 'reviewers', index: 1 })).toBe('---\nreviewers: [a, c]\n---\n');
      expect(edited(text, { kind: 'remove', key: 'reviewers', index: 2 })).toBe('---\nreviewers: [a, b]\n---\n');
    });

    it('removes a line of a block list, and leaves an empty list rather than nothing', () => {
      expect(edited(page, { kind: 'remove', key: 'functions', index: 0 })).toBe(page.replace('  - legal   # first\n', ''));
      expect(edited('---\nreviewers:\n  - ada\ntitle: A\n---\n', { kind: 'remove', key: 'reviewers', index: 0 })).toBe('---\nreviewers: []\ntitle: A\n---\n');
    });
  });

  describe('refusals', () => {
    it('refuses a file without frontmatter, where the reader would', () => {
      expect(editFrontmatter('# Just a heading\n', [{ kind: 'set', path: ['owner'], value: 'ada' }])).toMatchObject({ ok: false, problem: { line: 1, column: 1 } });
      expect(editFrontmatter('---\nowner: ada\n', [{ kind: 'set', path: ['owner'], value: 'ada' }])).toMatchObject({ ok: false, problem: { message: 'Frontmatter is never closed' } });
    });

    it('refuses frontmatter that is not valid YAML, pointing at the problem', () => {
      expect(editFrontmatter('---\ntitle: A\nowner: [ada\n---\n', [{ kind: 'set', path: ['title'], value: 'B' }])).toMatchObject({ ok: false, problem: { message: 'Frontmatter is not valid YAML' } });
    });

    it('refuses to set a list or a map as if it were one value', () => {
      expect(editFrontmatter(page, [{ kind: 'set', path: ['reviewers'], value: 'ada' }])).toMatchObject({ ok: false, problem: { line: 5, column: 12, message: 'Field `reviewers` is not a single value' } });
    });

    it('refuses to append to a value that is not a list', () => {
      expect(editFrontmatter(page, [{ kind: 'append', key: 'owner', value: 'ada' }])).toMatchObject({ ok: false, problem: { line: 4, message: 'Field `owner` is not a list' } });
    });

    it('refuses a value with an anchor', () => {
      expect(editFrontmatter('---\nowner: &who ada\n---\n', [{ kind: 'set', path: ['owner'], value: 'jonas' }])).toMatchObject({ ok: false, problem: { message: 'Field `owner` has an anchor or a tag' } });
    });

    it('refuses lone carriage returns', () => {
      expect(editFrontmatter('---\rowner: ada\r---\r', [{ kind: 'set', path: ['owner'], value: 'jonas' }])).toMatchObject({ ok: false });
    });
  });

  it('changes nothing but the value it sets, whatever else the frontmatter holds', () => {
    const key = fc.constantFrom('title', 'summary', 'team', 'note');
    const value = fc.string({ minLength: 1, maxLength: 20 }).filter((text) => !/[\r\n]/.test(text));
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(key, value), { selector: ([name]) => name, minLength: 1 }), fc.constantFrom('ada-okafor', '2026-11-23', 'yes', 'a: b', '#x'), (fields, replacement) => {
        const lines = fields.map(([name, text]) => `${name}: ${JSON.stringify(text)}  # ${name}`);
        const text = ['---', ...lines, 'owner: jonas-weber', '---', '', 'Body.', ''].join('\n');
        const result = editFrontmatter(text, [{ kind: 'set', path: ['owner'], value: replacement }]);
        if (!result.ok) return false;
        return result.text.split('\n').filter((line) => !line.startsWith('owner:')).join('\n') === text.split('\n').filter((line) => !line.startsWith('owner:')).join('\n');
      }),
    );
  });
});
