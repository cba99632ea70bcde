import { describe, expect, it } from 'vitest';
import { outlineMarkdown, outlineProblems } from '../../src/lib/reading/markdown-outline.ts';

/** What reading `body` reports about empty links and references, as `line:column rule message`. */
function referenceProblems(body: string, mdx = false): string[] {
  return outlineProblems(outlineMarkdown(body, { mdx, firstLine: 1 }))
    .filter((problem) => problem.ruleId === 'undefined-link-reference' || problem.ruleId === 'empty-link')
    .map((problem) => `${problem.line}:${problem.column} ${problem.ruleId} ${problem.message}`);
}

describe('reference links that Markdown does not make into links', () => {
  it('passes references whose definitions match without regard to case or spaces, in any order', () => {
    expect(referenceProblems('[Definitions][FIRST  one] come after: [second][].\n\n[first one]: ./a.md\n[Second]: <./b c.md> "B"\n')).toEqual([]);
  });

  it('passes definitions written inside quotes and list items, and titles on the next line', () => {
    expect(referenceProblems('> [a][] and [b][]\n>\n> [a]: ./a.md\n\n- [b]: ./b.md\n  "Title"\n')).toEqual([]);
  });

  it('reports a reference with no definition at its first bracket, and an image reference too', () => {
    expect(referenceProblems('Ünïcödé [a][b] and ![chart][c].\n')).toEqual([
      '1:9 undefined-link-reference Link reference `[a][b]` has no definition `[b]: …`, so it is published as that text',
      '1:20 undefined-link-reference Image reference `![chart][c]` has no definition `[c]: …`, so it is published as that text',
    ]);
  });

  it('never reports code, escaped brackets, footnotes, shortcuts or `[text][label](address)`', () => {
    expect(referenceProblems('`[a][b]`, \\[a\\]\\[b\\], \\[a][b], [^1][x], [sic], [a][b](./c.md)\n\n```\n[c][d]\n[e]:\n```\n\n    [f][g]\n\n[^1]: A note.\n')).toEqual([]);
  });

  it('reports a definition that follows a paragraph line once, and not the references that needed it', () => {
    expect(referenceProblems('See [the form][form].\n[form]: ./form.md\n')).toEqual([
      '2:1 undefined-link-reference Link definition `[form]:` follows a line of text, so Markdown reads it as part of that paragraph and publishes it as text',
    ]);
  });

  it('reports a definition with no address or a malformed one, inside a quote too', () => {
    expect(referenceProblems('[a][] [b][] [c][]\n\n[a]:\n\n[b]: ./two words.md\n\n> [c]: <./unclosed.md\n')).toEqual([
      '3:1 undefined-link-reference Link definition `[a]:` is not one Markdown reads: its address is missing or malformed, so the line is published as text',
      '5:1 undefined-link-reference Link definition `[b]:` is not one Markdown reads: its address is missing or malformed, so the line is published as text',
      '7:3 undefined-link-reference Link definition `[c]:` is not one Markdown reads: its address is missing or malformed, so the line is published as text',
    ]);
  });

  it('reports a definition with an empty address once, where it is written', () => {
    expect(referenceProblems('[a][] and [b][a] and [c]\n\n[a]: <>\n[c]: #\n')).toEqual([
      '3:1 empty-link Link definition `[a]` has an empty address, so every link that uses it leads nowhere',
      '4:1 empty-link Link definition `[c]` has the address `#`, which names no heading, so every link that uses it leads nowhere',
    ]);
  });

  it('reads MDX bodies the same way', () => {
    expect(referenceProblems('<Note>[a][b]</Note>\n\n[e]()\n', true)).toEqual([
      '1:7 undefined-link-reference Link reference `[a][b]` has no definition `[b]: …`, so it is published as that text',
      '3:1 empty-link Link `e` has no address, so it leads nowhere',
    ]);
  });
});

describe('anchors', () => {
  it('counts `<a name>` as an anchor, in raw HTML and in MDX', () => {
    expect(outlineMarkdown('<a name="old"></a>\n\nText <a name="inline">here</a>.\n', { mdx: false, firstLine: 1 }).ids).toEqual(['old', 'inline']);
    expect(outlineMarkdown('<a name="old" />\n\n<a id="new">here</a>\n', { mdx: true, firstLine: 1 }).ids).toEqual(['old', 'new']);
  });

  it('marks a heading whose id was numbered because its title repeats, and not one whose title has the number', () => {
    const { headings } = outlineMarkdown('## Steps\n\n## Steps\n\n## Steps 2\n\n## Steps\n\n## Steps 1\n', { mdx: false, firstLine: 1 });
    expect(headings.map(({ id, repeats }) => [id, repeats])).toEqual([['steps', undefined], ['steps-1', 'steps'], ['steps-2', undefined], ['steps-3', 'steps'], ['steps-1-1', 'steps-1']]);
  });
});
