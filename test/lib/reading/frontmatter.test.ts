import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/reading/frontmatter.ts';

const closeHint = 'close the frontmatter with a line of exactly `---`';
const openHint = 'start the file with a line of exactly `---`';

describe('splitting a file at its frontmatter fences', () => {
  it('cuts the YAML and the body, counting lines from 1', () => {
    expect(splitFrontmatter('---\ntitle: A\nowner: b\n---\nBody\n')).toEqual({ yaml: 'title: A\nowner: b\n', yamlLine: 2, body: 'Body\n', bodyLine: 5, problems: [] });
  });

  it('accepts fences followed by spaces or a tab, as the site does', () => {
    expect(splitFrontmatter('--- \ntitle: A\n--- \nBody')).toEqual({ yaml: 'title: A\n', yamlLine: 2, body: 'Body', bodyLine: 4, problems: [] });
    expect(splitFrontmatter('---\ntitle: A\n---\t\nBody')).toMatchObject({ yaml: 'title: A\n', body: 'Body', problems: [] });
  });

  it('takes the first closing fence, so a thematic break in the body stays in the body', () => {
    expect(splitFrontmatter('---\na: 1\n---\nOne\n---\nTwo')).toMatchObject({ yaml: 'a: 1\n', body: 'One\n---\nTwo', bodyLine: 4 });
  });

  it('reads an empty frontmatter block, and a file that ends at its closing fence', () => {
    expect(splitFrontmatter('---\n---\nBody')).toEqual({ yaml: '', yamlLine: 2, body: 'Body', bodyLine: 3, problems: [] });
    expect(splitFrontmatter('---\na: 1\n---')).toEqual({ yaml: 'a: 1\n', yamlLine: 2, body: '', bodyLine: 4, problems: [] });
  });

  it('leaves a file without frontmatter whole, with nothing to report', () => {
    expect(splitFrontmatter('Just text.\n---\n')).toEqual({ yaml: undefined, yamlLine: 1, body: 'Just text.\n---\n', bodyLine: 1, problems: [] });
    expect(splitFrontmatter('')).toEqual({ yaml: undefined, yamlLine: 1, body: '', bodyLine: 1, problems: [] });
  });

  it('reports frontmatter that is never closed, a lone opening fence included', () => {
    const never = { line: 1, column: 1, message: 'Frontmatter is never closed', hint: 'add a line of exactly `---` after the last frontmatter field' };
    expect(splitFrontmatter('---\ntitle: A\n')).toEqual({ yaml: undefined, yamlLine: 1, body: '---\ntitle: A\n', bodyLine: 1, problems: [never] });
    expect(splitFrontmatter('---\ntitle: A')).toMatchObject({ yaml: undefined, problems: [never] });
    expect(splitFrontmatter('---')).toMatchObject({ yaml: undefined, problems: [never] });
    expect(splitFrontmatter('---\n')).toMatchObject({ yaml: undefined, problems: [never] });
  });

  it('reports a closing fence that is not exactly three dashes, at its line', () => {
    expect(splitFrontmatter('---\na: 1\nb: 2\n----  \nBody')).toMatchObject({
      yaml: undefined,
      body: '---\na: 1\nb: 2\n----  \nBody',
      problems: [{ line: 4, column: 1, message: 'Frontmatter closing fence `----` is not exactly `---`', hint: closeHint }],
    });
    expect(splitFrontmatter('---\na: 1\n---yaml\n').problems).toEqual([{ line: 3, column: 1, message: 'Frontmatter closing fence `---yaml` is not exactly `---`', hint: closeHint }]);
  });

  it('reports `...` as a closing fence, with or without trailing spaces', () => {
    const problem = { line: 3, column: 1, message: 'Frontmatter ends with `...`, which the site does not read as a closing fence', hint: closeHint };
    expect(splitFrontmatter('---\na: 1\n...\n')).toMatchObject({ yaml: undefined, problems: [problem] });
    expect(splitFrontmatter('---\na: 1\n... \nBody').problems).toEqual([problem]);
  });

  it('names the language of `---js` and `--- toml` frontmatter, pointing after the dashes', () => {
    expect(splitFrontmatter('---js\nmodule.exports = {}\n---\n').problems).toEqual([
      { line: 1, column: 4, message: 'Frontmatter language `js` is not supported; Baton reads YAML only and never runs code in frontmatter', hint: openHint },
    ]);
    expect(splitFrontmatter('--- toml \na = 1\n---\n').problems).toEqual([
      { line: 1, column: 4, message: 'Frontmatter language `toml` is not supported; Baton reads YAML only and never runs code in frontmatter', hint: openHint },
    ]);
  });

  it('reports an opening fence of four or more dashes, trailing spaces left out of the message', () => {
    expect(splitFrontmatter('-----  \na: 1\n-----\n').problems).toEqual([{ line: 1, column: 1, message: 'Frontmatter opening fence `-----` is not exactly `---`', hint: openHint }]);
    expect(splitFrontmatter('----\n').problems).toEqual([{ line: 1, column: 1, message: 'Frontmatter opening fence `----` is not exactly `---`', hint: openHint }]);
  });

  it('says nothing of a first line that merely starts with dashes', () => {
    expect(splitFrontmatter('--- x: 1\nBody').problems).toEqual([]);
    expect(splitFrontmatter('-- \nBody').problems).toEqual([]);
  });

  it('reports TOML frontmatter, with or without trailing spaces', () => {
    const toml = { line: 1, column: 1, message: 'TOML frontmatter (`+++`) is not supported', hint: 'write the frontmatter as YAML between two lines of `---`' };
    expect(splitFrontmatter('+++\na = 1\n+++\n').problems).toEqual([toml]);
    expect(splitFrontmatter('+++ \na = 1\n+++\n').problems).toEqual([toml]);
  });

  it('reports a fence after blank lines at the fence, with one or several blank lines in the fix', () => {
    expect(splitFrontmatter('\n---\na: 1\n---\n').problems).toEqual([{ line: 2, column: 1, message: 'Frontmatter does not start on the first line', hint: 'remove the blank line before `---`' }]);
    expect(splitFrontmatter('\n  \n\t\n---\na: 1\n---\n').problems).toEqual([{ line: 4, column: 1, message: 'Frontmatter does not start on the first line', hint: 'remove the blank lines before `---`' }]);
    expect(splitFrontmatter('\n+++ \na = 1\n').problems).toEqual([{ line: 2, column: 1, message: 'Frontmatter does not start on the first line', hint: 'remove the blank line before `+++`' }]);
    expect(splitFrontmatter('\n\n---').problems).toEqual([{ line: 3, column: 1, message: 'Frontmatter does not start on the first line', hint: 'remove the blank lines before `---`' }]);
  });

  it('says nothing of a blank line before text that is not a fence', () => {
    expect(splitFrontmatter('\n---x\n').problems).toEqual([]);
    expect(splitFrontmatter('\nText\n---\n').problems).toEqual([]);
  });
});
