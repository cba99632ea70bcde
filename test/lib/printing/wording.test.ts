import { describe, expect, it } from 'vitest';
import { countOf, formatCount, nounFor, relativeDays } from '../../../src/lib/printing/wording.ts';

describe('wording', () => {
  it('puts a count with its noun in the right form', () => {
    expect(countOf(0, 'page')).toBe('0 pages');
    expect(countOf(1, 'page')).toBe('1 page');
    expect(countOf(2, 'page')).toBe('2 pages');
    expect(countOf(1204, 'page')).toBe('1,204 pages');
  });

  it('takes an irregular plural as given', () => {
    const noun = { one: 'responsibility', other: 'responsibilities' };
    expect(countOf(1, noun)).toBe('1 responsibility');
    expect(countOf(3, noun)).toBe('3 responsibilities');
    expect(nounFor(1, noun)).toBe('responsibility');
    expect(nounFor(0, 'checklist item')).toBe('checklist items');
  });

  it('writes large numbers with thousands separators', () => {
    expect(formatCount(1204)).toBe('1,204');
    expect(formatCount(7)).toBe('7');
  });

  it('says how far a day is from today in words', () => {
    expect(relativeDays(0)).toBe('today');
    expect(relativeDays(1)).toBe('in 1 day');
    expect(relativeDays(3)).toBe('in 3 days');
    expect(relativeDays(-1)).toBe('1 day ago');
    expect(relativeDays(-1204)).toBe('1,204 days ago');
  });
});
