import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLines, makeHandbook, playbook } from '../helpers/check-fixture.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('checking a handbook full of bad input', () => {
  it('reports every bad file with file, line and rule, and goes on to check the rest', async () => {
    const broken = '---\ntitle: [unclosed\n---\n';
    const root = makeHandbook({
      'content/playbooks/good.md': playbook('Fine.'),
      'content/playbooks/broken-one.md': broken,
      'content/playbooks/broken-two.md': broken,
      'content/playbooks/empty.md': '',
      'content/playbooks/utf16.md': new Uint8Array([0xff, 0xfe, 0x2d, 0x00]),
      'content/playbooks/nul.md': utf8(`${playbook('A\0B')}`),
      'content/playbooks/latin1.md': new Uint8Array([...utf8(playbook('Caf')), 0xe9]),
      'content/playbooks/cr-only.md': playbook('Fine.').replaceAll('\n', '\r'),
      'content/playbooks/js.md': '---js\n{ title: require("child_process").execSync("id").toString() }\n---\n',
      'content/playbooks/bomb.md': '---\na: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]\n---\n',
      'content/playbooks/!!!.md': playbook('Fine.'),
      'content/playbooks/Upper.MD': playbook('Fine.'),
    });
    const lines = await checkLines(root, { only: ['schema'] });
    const byFile = (name: string) => lines.filter((line) => line.startsWith(`content/playbooks/${name}:`));
    expect(byFile('good.md')).toEqual([]);
    expect(byFile('broken-one.md')).toEqual(['content/playbooks/broken-one.md:3:1  error  Frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]  frontmatter']);
    expect(byFile('broken-two.md')).toEqual(['content/playbooks/broken-two.md:3:1  error  Frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]  frontmatter']);
    expect(byFile('empty.md')).toEqual(['content/playbooks/empty.md:1:1  error  File has no frontmatter; start it with the fields of a playbooks page between two `---` lines  frontmatter']);
    expect(byFile('utf16.md')).toEqual(['content/playbooks/utf16.md:1:1  error  File is encoded as UTF-16; save it as UTF-8 without a byte-order mark  file-encoding']);
    expect(byFile('nul.md')).toEqual(['content/playbooks/nul.md:11:2  error  File contains a NUL byte; remove it; a Markdown file must be plain text  file-encoding']);
    expect(byFile('latin1.md')).toEqual(['content/playbooks/latin1.md:12:1  error  File is not valid UTF-8 (byte `0xe9` at offset 184); save it as UTF-8  file-encoding']);
    expect(byFile('cr-only.md')).toEqual(['content/playbooks/cr-only.md:1:4  error  File uses carriage returns (`\\r`) alone as line endings; save it with LF (`\\n`) line endings  file-encoding']);
    expect(byFile('js.md')).toEqual(['content/playbooks/js.md:1:4  error  Frontmatter language `js` is not supported; Baton reads YAML only and never runs code in frontmatter; start the file with a line of exactly `---`  frontmatter']);
    expect(byFile('bomb.md').length).toBeGreaterThan(0);
    expect(byFile('bomb.md').every((line) => line.endsWith('frontmatter'))).toBe(true);
    expect(byFile('!!!.md')).toEqual(['content/playbooks/!!!.md:1:1  error  File name `!!!.md` has no letters or digits, so the site cannot give it a URL; rename it after its title, in kebab-case  file-name']);
    expect(byFile('Upper.MD')).toEqual(['content/playbooks/Upper.MD:1:1  error  File extension `.MD` is not read by the site, which looks for `.md` only; rename it to `Upper.md`  file-name']);
  });

  it('refuses, unread, a page larger than `check.max_page_bytes` and one nested deeper than `check.max_nesting`', async () => {
    const root = makeHandbook({
      'content/playbooks/huge.md': playbook('The licence covers coated optical films. '.repeat(30_000)),
      'content/playbooks/quotes.md': playbook(`${'>'.repeat(200_000)} deep`),
      'content/playbooks/lists.md': playbook(Array.from({ length: 40 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n')),
      'content/playbooks/inline-lists.md': playbook(`${'- '.repeat(49_000)}deep`),
      'content/playbooks/at-the-limit.md': playbook(`${Array.from({ length: 28 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n')}\n\n${'> '.repeat(32)}quoted\n\n\`\`\`\n${'    '.repeat(40)}- in code\n\`\`\``),
      'content/playbooks/links-here.md': playbook('See [the lists](./lists.md).'),
    });
    const lines = await checkLines(root);
    expect(lines.filter((line) => !line.includes('links-here.md'))).toEqual([
      'content/playbooks/huge.md:1:1  error  Page is 1.2 MB, larger than the 1 MB that `check.max_page_bytes` allows, so it is not read; split it into pages of one topic each, and link them  page-limits',
      'content/playbooks/inline-lists.md:11:65  error  Quotes and lists nest 49,000 levels deep here, deeper than the 32 that `check.max_nesting` allows, so the page is not read; flatten the nesting: a few levels of quotes or lists are all a reader can follow  page-limits',
      'content/playbooks/lists.md:43:65  error  Quotes and lists nest 33 levels deep here, deeper than the 32 that `check.max_nesting` allows, so the page is not read; flatten the nesting: a few levels of quotes or lists are all a reader can follow  page-limits',
      'content/playbooks/quotes.md:11:33  error  Quotes and lists nest 200,000 levels deep here, deeper than the 32 that `check.max_nesting` allows, so the page is not read; flatten the nesting: a few levels of quotes or lists are all a reader can follow  page-limits',
    ]);
    // A page refused for its depth keeps its frontmatter: links to it still resolve.
    expect(lines.filter((line) => line.includes('links-here.md'))).toEqual([]);
  });

  it('takes the limits from baton.config.yml: page size, nesting and the longest review interval', async () => {
    const root = makeHandbook({
      'baton.config.yml': 'check:\n  max_page_bytes: 2000\n  max_nesting: 8\n  max_review_every: 1y\n',
      'content/playbooks/long.md': playbook('Words. '.repeat(300)),
      'content/playbooks/nested.md': playbook(`${'> '.repeat(9)}deep`),
      'content/playbooks/slow.md': playbook('Fine.').replace('review_every: 1y', 'review_every: 18m'),
    });
    expect(await checkLines(root, { only: ['page-limits', 'review-interval-too-long'] })).toEqual([
      'content/playbooks/long.md:1:1  error  Page is 2.3 KB, larger than the 2 KB that `check.max_page_bytes` allows, so it is not read; split it into pages of one topic each, and link them  page-limits',
      'content/playbooks/nested.md:11:17  error  Quotes and lists nest 9 levels deep here, deeper than the 8 that `check.max_nesting` allows, so the page is not read; flatten the nesting: a few levels of quotes or lists are all a reader can follow  page-limits',
      'content/playbooks/slow.md:6:15  error  Review interval `18m` is longer than `1y`, the longest `check.max_review_every` allows; review the page at least every `1y`  review-interval-too-long',
    ]);
  });

  it('reads pages within raised limits: a 10 MB page and deeply nested quotes and lists, in bounded time', async () => {
    const paragraph = 'The licence covers coated optical films for industrial sensors. '.repeat(40);
    const huge = playbook(`${`## Section\n\n${paragraph}\n\n[a link](./missing.md)\n\n`.repeat(3900)}`);
    expect(huge.length).toBeGreaterThan(10_000_000);
    const root = makeHandbook({
      'baton.config.yml': 'check:\n  max_page_bytes: 20000000\n  max_nesting: 1000\n',
      'content/playbooks/huge.md': huge,
      'content/playbooks/quotes.md': playbook(`${'> '.repeat(999)}deep`),
      'content/playbooks/lists.md': playbook(Array.from({ length: 999 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n')),
    });
    const started = performance.now();
    const lines = await checkLines(root, { only: ['links', 'schema'] });
    // Not a timing test: a hang or an exponential blow-up would take minutes, not this long.
    expect(performance.now() - started).toBeLessThan(120_000);
    expect(lines.filter((line) => line.includes('huge.md')).length).toBe(3900);
    expect(lines.filter((line) => line.includes('quotes.md') || line.includes('lists.md'))).toEqual([]);
  }, 180_000);

  it('reads a file the same way whether two of them are identical or not', async () => {
    const root = makeHandbook({ 'content/playbooks/one.md': playbook('Same.'), 'content/playbooks/two.md': playbook('Same.') });
    writeFileSync(join(root, 'content/playbooks/two.md'), playbook('Same.').replace('owner: ada-okafor', 'ownr: ada-okafor'));
    const lines = await checkLines(root, { only: ['schema'] });
    expect(lines.filter((line) => line.includes('one.md'))).toEqual([]);
    expect(lines.filter((line) => line.includes('two.md'))).toHaveLength(2);
  });
});
