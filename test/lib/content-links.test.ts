import { describe, expect, it } from 'vitest';
import { rewriteHtmlLinks, siteUrlForLink } from '../../src/site/markdown/content-links.ts';

const FROM = 'content/playbooks/freedom-to-operate-check.md';

describe('siteUrlForLink', () => {
  it('turns a relative link to a page into its URL', () => {
    expect(siteUrlForLink('./invention-disclosure-triage.md', FROM)).toBe('/playbooks/invention-disclosure-triage/');
    expect(siteUrlForLink('../roles/head-of-ip.md', FROM)).toBe('/roles/head-of-ip/');
    expect(siteUrlForLink('../playbooks/mentoring-and-coaching.mdx', FROM)).toBe('/playbooks/mentoring-and-coaching/');
  });

  it('keeps the anchor', () => {
    expect(siteUrlForLink('./invention-disclosure-triage.md#triage-criteria', FROM)).toBe('/playbooks/invention-disclosure-triage/#triage-criteria');
  });

  it('turns a link to a section folder into the section’s index', () => {
    expect(siteUrlForLink('../roles/', FROM)).toBe('/roles/');
  });

  it('gives a file name that is not kebab-case the URL the site serves it at', () => {
    expect(siteUrlForLink('./Freedom To Operate.md', FROM)).toBe('/playbooks/freedom-to-operate/');
  });

  it('serves files under public/ from the site root', () => {
    expect(siteUrlForLink('../../public/images/escalation-ladder.svg', FROM)).toBe('/images/escalation-ladder.svg');
  });

  it('leaves external links, same-page anchors and site paths as written', () => {
    expect(siteUrlForLink('https://example.org/a.md', FROM)).toBeUndefined();
    expect(siteUrlForLink('#scope', FROM)).toBeUndefined();
    expect(siteUrlForLink('/images/a.svg', FROM)).toBeUndefined();
  });

  it('says a partial or a file outside the handbook cannot be linked', () => {
    expect(siteUrlForLink('./_shared-steps.md', FROM)).toBeNull();
    expect(siteUrlForLink('../../../README.md', FROM)).toBeNull();
  });
});

describe('rewriteHtmlLinks', () => {
  it('rewrites href and src values in raw HTML, whatever the quotes', () => {
    expect(rewriteHtmlLinks(`<a href="../roles/head-of-ip.md#cover">x</a><a href='./a.md'>y</a><img src=../../public/i.svg alt="">`, FROM)).toBe(
      `<a href="/roles/head-of-ip/#cover">x</a><a href="/playbooks/a/">y</a><img src="/i.svg" alt="">`,
    );
  });

  it('drops a link the site cannot serve and keeps its text', () => {
    expect(rewriteHtmlLinks('<a class="x" href="./_partial.md">see</a>', FROM)).toBe('<a class="x">see</a>');
  });

  it('leaves text that only looks like an attribute alone', () => {
    expect(rewriteHtmlLinks('<p>write href="./a.md" in a tag</p>', FROM)).toBe('<p>write href="./a.md" in a tag</p>');
  });

  it('reads entities in the value and escapes the result', () => {
    expect(rewriteHtmlLinks('<a href="./a.md#x&amp;y">a</a>', FROM)).toBe('<a href="/playbooks/a/#x%26y">a</a>');
  });

  it('reads every entity a browser reads, as the checker does, so a link it accepts is rewritten', () => {
    expect(rewriteHtmlLinks('<a href="./a&#46;md">a</a><a href="./b&period;md">b</a><a href="./c&#x2E;md">c</a>', FROM)).toBe(
      '<a href="/playbooks/a/">a</a><a href="/playbooks/b/">b</a><a href="/playbooks/c/">c</a>',
    );
  });
});
