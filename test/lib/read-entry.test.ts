import { describe, expect, it } from 'vitest';
import { problems, read } from '../helpers/read.ts';

const person = ['name: Ada Okafor', 'team: ip-legal', 'region: emea', 'timezone: Europe/London', "handle: '@ada-okafor'", 'status: active'].join('\n');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('reading a content file', () => {
  describe('fences', () => {
    it('reports a file with no frontmatter', () => {
      expect(problems('people', 'Just text.\n')).toEqual([
        '1:1 error File has no frontmatter; start it with the fields of a people page between two `---` lines [frontmatter]',
      ]);
    });

    it('reports an empty file the same way', () => {
      expect(problems('people', '')).toEqual([
        '1:1 error File has no frontmatter; start it with the fields of a people page between two `---` lines [frontmatter]',
      ]);
    });

    it('never runs `---js` frontmatter', () => {
      expect(problems('people', '---js\nmodule.exports = { name: process.exit(3) }\n---\n')).toEqual([
        '1:4 error Frontmatter language `js` is not supported; Baton reads YAML only and never runs code in frontmatter; start the file with a line of exactly `---` [frontmatter]',
      ]);
    });

    it('reports an unterminated frontmatter block', () => {
      expect(problems('people', `---\n${person}\n`)).toEqual([
        '1:1 error Frontmatter is never closed; add a line of exactly `---` after the last frontmatter field [frontmatter]',
      ]);
    });

    it('reports a four-dash fence', () => {
      expect(problems('people', `----\n${person}\n----\n`)).toEqual([
        '1:1 error Frontmatter opening fence `----` is not exactly `---`; start the file with a line of exactly `---` [frontmatter]',
      ]);
    });

    it('reports a closing fence of four dashes', () => {
      expect(problems('people', `---\n${person}\n----\n`)).toEqual([
        '8:1 error Frontmatter closing fence `----` is not exactly `---`; close the frontmatter with a line of exactly `---` [frontmatter]',
      ]);
    });

    it('reports `...` used as a closing fence', () => {
      expect(problems('people', `---\n${person}\n...\n`)).toEqual([
        '8:1 error Frontmatter ends with `...`, which the site does not read as a closing fence; close the frontmatter with a line of exactly `---` [frontmatter]',
      ]);
    });

    it('reports TOML frontmatter', () => {
      expect(problems('people', '+++\nname = "Ada"\n+++\n')).toEqual([
        '1:1 error TOML frontmatter (`+++`) is not supported; write the frontmatter as YAML between two lines of `---` [frontmatter]',
      ]);
    });

    it('reports frontmatter after a leading blank line', () => {
      expect(problems('people', `\n---\n${person}\n---\n`)).toEqual([
        '2:1 error Frontmatter does not start on the first line; remove the blank line before `---` [frontmatter]',
      ]);
    });
  });

  describe('bytes', () => {
    it('reads a file with a byte-order mark and warns', () => {
      const entry = read('people', `\uFEFF---\n${person}\n---\n`);
      expect(entry.data).toBeDefined();
      expect(problems('people', `\uFEFF---\n${person}\n---\n`)).toEqual(['1:1 warning File starts with a byte-order mark; save it as UTF-8 without a BOM [file-encoding]']);
    });

    it('reads CRLF line endings and warns', () => {
      const text = `---\n${person}\n---\nBody\n`.replaceAll('\n', '\r\n');
      expect(read('people', text).data).toMatchObject({ name: 'Ada Okafor' });
      expect(problems('people', text)).toEqual([
        '1:4 warning File uses CRLF line endings; save it with LF (`\\n`) line endings; `* text=auto eol=lf` in `.gitattributes` keeps it so [file-encoding]',
      ]);
    });

    it('refuses carriage returns alone, which the site would not split', () => {
      expect(problems('people', `---\n${person}\n---\n`.replaceAll('\n', '\r'))).toEqual([
        '1:4 error File uses carriage returns (`\\r`) alone as line endings; save it with LF (`\\n`) line endings [file-encoding]',
      ]);
    });

    it('points at the first byte that is not UTF-8', () => {
      const text = bytes(`---\n${person}\n---\nCaf`);
      const invalid = new Uint8Array([...text, 0xe9, 0x0a]);
      expect(problems('people', invalid)).toEqual(['9:4 error File is not valid UTF-8 (byte `0xe9` at offset 117); save it as UTF-8 [file-encoding]']);
    });

    it('refuses UTF-16', () => {
      const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(bytes('---')).flatMap((byte) => [byte, 0])]);
      expect(problems('people', utf16)).toEqual(['1:1 error File is encoded as UTF-16; save it as UTF-8 without a byte-order mark [file-encoding]']);
    });

    it('refuses NUL bytes', () => {
      expect(problems('people', `---\n${person}\n---\nA\0B\n`)).toEqual(['9:2 error File contains a NUL byte; remove it; a Markdown file must be plain text [file-encoding]']);
    });
  });

  describe('YAML', () => {
    it('reports a tab used for indentation', () => {
      expect(problems('people', `---\n${person}\nextra:\n\t- x\n---\n`)).toEqual([
        '9:1 error Frontmatter is indented with a tab; YAML allows spaces only [frontmatter]',
      ]);
    });

    it('reports a field written twice', () => {
      expect(problems('people', `---\n${person}\nname: Someone Else\n---\n`)).toEqual(['8:1 error Field `name` is written twice; keep one of them [frontmatter]']);
    });

    it('refuses custom tags such as `!!js/function`', () => {
      expect(problems('people', `---\n${person}\njob_title: !!js/function 'function () { return 1 }'\n---\n`)).toEqual([
        '8:26 error YAML tag `!!js/function` is not supported in frontmatter; remove the tag; Baton reads plain values only and never runs code [frontmatter]',
      ]);
    });

    it('refuses anchors and aliases, so an alias bomb is never expanded', () => {
      const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]'];
      const entry = read('people', `---\n${bomb.join('\n')}\n---\n`);
      expect(entry.rawData).toBeUndefined();
      expect(entry.problems.every((problem) => problem.ruleId === 'frontmatter')).toBe(true);
      expect(entry.problems.map((problem) => problem.message)).toContain('YAML anchor `&a` is not supported in frontmatter');
      expect(entry.problems.map((problem) => problem.message)).toContain('YAML alias `*a` is not supported in frontmatter');
    });

    it('keeps `__proto__` as an unknown field instead of changing the prototype', () => {
      const entry = read('people', `---\n${person}\n__proto__:\n  polluted: true\n---\n`);
      expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
      expect(entry.problems.map((problem) => problem.message)).toEqual(['Unknown field `__proto__`']);
    });

    it('reports YAML that is not a set of fields', () => {
      expect(problems('people', '---\n- a\n- b\n---\n')).toEqual([
        '2:1 error Frontmatter is not a set of `field: value` lines; write each field on its own line as `field: value` [frontmatter]',
      ]);
    });

    it('reports a quote never closed at the quote, not where the parser gave up', () => {
      expect(problems('people', '---\nname: "Ada\n---\n')).toEqual([
        '2:7 error Frontmatter is not valid YAML: Missing closing "quote; close the quote, or write the value without quotes [frontmatter]',
      ]);
    });
  });

  it('judges two files with identical broken frontmatter each on its own', () => {
    const broken = '---\nname: [unclosed\n---\n';
    expect(problems('people', broken, 'one.md')).toEqual(problems('people', broken, 'two.md'));
    expect(problems('people', broken, 'two.md')).not.toEqual([]);
  });
});
