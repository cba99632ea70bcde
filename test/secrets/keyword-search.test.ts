import { describe, expect, it } from 'vitest';
import { keywordSearch } from '../../src/lib/reading/secrets/keyword-search.ts';

describe('keywordSearch', () => {
  const search = keywordSearch(['ghp_', 'sk-', 'sk-ant-api0', 'ant', 'password', '://', '@']);

  it('finds every keyword that occurs, and only those', () => {
    expect(search('Token ghp_abc, see https://example.com.')).toEqual(new Set(['ghp_', '://']));
  });

  it('ignores ASCII case', () => {
    expect(search('PASSWORD: x and GHP_y')).toEqual(new Set(['password', 'ghp_']));
  });

  it('finds keywords inside and overlapping one another', () => {
    expect(search('sk-ant-api03-')).toEqual(new Set(['sk-', 'sk-ant-api0', 'ant']));
  });

  it('finds nothing in text without keywords, or in an empty text', () => {
    expect(search('A plain sentence about the docket.')).toEqual(new Set());
    expect(search('')).toEqual(new Set());
  });

  it('does not let a character beyond ASCII stand in for a letter, as the detectors’ patterns do not', () => {
    // U+212A KELVIN SIGN lower-cases to `k`, and U+00E9 sits between `p` and `_`.
    expect(search('s\u212a-ant-api0 ghp\u00e9_')).toEqual(new Set(['ant']));
  });

  it('folds every ASCII capital from A to Z, and not the characters either side of them', () => {
    const folding = keywordSearch(['aiza', 'a`', 'z{']);
    expect(folding('AIZA')).toEqual(new Set(['aiza']));
    // `@` and `[` sit just before `A` and just after `Z`; folded like letters they would read as `` ` `` and `{`.
    expect(folding('A@ Z[')).toEqual(new Set());
    expect(folding('A` Z{')).toEqual(new Set(['a`', 'z{']));
  });

  it('finds a keyword after a false start', () => {
    expect(search('passpassword')).toEqual(new Set(['password']));
  });

  it('refuses a keyword that is empty or not lower-case printable ASCII', () => {
    expect(() => keywordSearch(['GHP_'])).toThrow('Keyword `GHP_` must be lower-case printable ASCII');
    expect(() => keywordSearch(['clé'])).toThrow('Keyword `clé` must be lower-case printable ASCII');
    expect(() => keywordSearch(['\tghp_'])).toThrow('Keyword `\tghp_` must be lower-case printable ASCII');
    expect(() => keywordSearch([''])).toThrow('Keyword `` must be lower-case printable ASCII');
  });
});
