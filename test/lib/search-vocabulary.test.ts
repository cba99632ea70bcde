import { describe, expect, it } from 'vitest';
import { suggestQuery, vocabularyOf } from '../../src/site/search-vocabulary.ts';

const vocabulary = vocabularyOf(['Sample intake', 'Labelling rules', 'Freedom to operate', 'Halmira Medical licence', 'Sample storage']);

describe('the search vocabulary', () => {
  it('holds each word of three letters or more once, the most used first', () => {
    expect(vocabulary.words[0]).toBe('sample');
    expect(vocabulary.words).not.toContain('to');
    expect(new Set(vocabulary.words).size).toBe(vocabulary.words.length);
  });

  it('suggests the closest known word for each misspelt word, keeping the rest as typed', () => {
    expect(suggestQuery('sampel intake', vocabulary)).toBe('sample intake');
    expect(suggestQuery('Halmria licnece', vocabulary)).toBe('halmira licence');
  });

  it('suggests nothing when every word is known, or nothing known is close', () => {
    expect(suggestQuery('sample intake', vocabulary)).toBeUndefined();
    expect(suggestQuery('quokka', vocabulary)).toBeUndefined();
  });
});
