import { describe, expect, it } from 'vitest';
import { stripHtmlComments } from '../../src/site/markdown/strip-html-comments.ts';

describe('stripHtmlComments', () => {
  it('removes comments and keeps everything around them', () => {
    expect(stripHtmlComments('<p>a<!-- secret -->b</p>')).toBe('<p>ab</p>');
  });

  it('removes comments that span lines', () => {
    expect(stripHtmlComments('<div>\n<!-- one\ntwo -->\n<a href="/">x</a></div>')).toBe('<div>\n\n<a href="/">x</a></div>');
  });

  it('removes an unterminated comment to the end, as a browser would hide it', () => {
    expect(stripHtmlComments('kept <!-- never closed\nsecret')).toBe('kept ');
  });

  it('treats <!--> and <!---> as complete empty comments, as browsers do', () => {
    expect(stripHtmlComments('a<!-->b<!--->c')).toBe('abc');
  });

  it('ends a comment at --!> too', () => {
    expect(stripHtmlComments('a<!-- x --!>b')).toBe('ab');
  });

  it('returns text without comments unchanged', () => {
    expect(stripHtmlComments('<p>plain &lt;!-- text</p>')).toBe('<p>plain &lt;!-- text</p>');
  });
});
