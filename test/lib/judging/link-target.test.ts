import { describe, expect, it } from 'vitest';
import { entryHref, resolveLink } from '../../../src/lib/judging/link-target.ts';

const FROM = 'content/playbooks/fto.md';

describe('what a link points at', () => {
  it('leaves addresses with a scheme, and protocol-relative ones, to the external checks', () => {
    expect(resolveLink(' https://example.org/a ', FROM)).toEqual({ kind: 'external', url: 'https://example.org/a' });
    expect(resolveLink('mailto:ip@example.org', FROM)).toEqual({ kind: 'external', url: 'mailto:ip@example.org' });
    expect(resolveLink('HTTP://EXAMPLE.ORG', FROM)).toEqual({ kind: 'external', url: 'HTTP://EXAMPLE.ORG' });
    expect(resolveLink('//cdn.example.org/x.js', FROM)).toEqual({ kind: 'external', url: '//cdn.example.org/x.js' });
    expect(resolveLink('x+y.z-w:rest', FROM)).toEqual({ kind: 'external', url: 'x+y.z-w:rest' });
  });

  it('reads a bare anchor, an empty link and a link with only a query as this page', () => {
    expect(resolveLink('#steps', FROM)).toEqual({ kind: 'same-page', anchor: 'steps' });
    expect(resolveLink('#', FROM)).toEqual({ kind: 'same-page', anchor: '' });
    expect(resolveLink('', FROM)).toEqual({ kind: 'same-page', anchor: '' });
    expect(resolveLink('?print=1', FROM)).toEqual({ kind: 'same-page', anchor: '' });
    expect(resolveLink('#caf%C3%A9', FROM)).toEqual({ kind: 'same-page', anchor: 'café' });
    expect(resolveLink('#100%', FROM)).toEqual({ kind: 'same-page', anchor: '100%' });
  });

  it('resolves a relative link to a page, with its anchor, decoded', () => {
    expect(resolveLink('./triage.md#criteria', FROM)).toEqual({ kind: 'entry', collection: 'playbooks', id: 'triage', file: 'content/playbooks/triage.md', anchor: 'criteria' });
    expect(resolveLink('../roles/head-of-ip.md', FROM)).toEqual({ kind: 'entry', collection: 'roles', id: 'head-of-ip', file: 'content/roles/head-of-ip.md' });
    expect(resolveLink('triage.mdx?x=1', FROM)).toEqual({ kind: 'entry', collection: 'playbooks', id: 'triage', file: 'content/playbooks/triage.mdx' });
    expect(resolveLink('./My%20Page.md', FROM)).toEqual({ kind: 'entry', collection: 'playbooks', id: 'my-page', file: 'content/playbooks/My Page.md' });
    expect(resolveLink('./nested/deep.md', FROM)).toEqual({ kind: 'entry', collection: 'playbooks', id: 'deep', file: 'content/playbooks/nested/deep.md' });
  });

  it('takes a link to a partial, a file of another kind or outside the collections as a file', () => {
    expect(resolveLink('./_shared.md', FROM)).toEqual({ kind: 'file', path: 'content/playbooks/_shared.md' });
    expect(resolveLink('./_parts/intro.md', FROM)).toEqual({ kind: 'file', path: 'content/playbooks/_parts/intro.md' });
    expect(resolveLink('./diagram.png#x', FROM)).toEqual({ kind: 'file', path: 'content/playbooks/diagram.png', anchor: 'x' });
    expect(resolveLink('./notes.MD', FROM)).toEqual({ kind: 'file', path: 'content/playbooks/notes.MD' });
    expect(resolveLink('../../README.md', FROM)).toEqual({ kind: 'file', path: 'README.md' });
    expect(resolveLink('../drafts/x.md', FROM)).toEqual({ kind: 'file', path: 'content/drafts/x.md' });
    expect(resolveLink('../', FROM)).toEqual({ kind: 'file', path: 'content' });
  });

  it('takes a relative link to a collection folder as its index page', () => {
    expect(resolveLink('../roles/', FROM)).toEqual({ kind: 'route', path: '/roles/' });
    expect(resolveLink('../roles#top', FROM)).toEqual({ kind: 'route', path: '/roles/', anchor: 'top' });
    expect(resolveLink('./', FROM)).toEqual({ kind: 'route', path: '/playbooks/' });
  });

  it('says when a relative link climbs out of the repository', () => {
    expect(resolveLink('../../../secrets.txt', FROM)).toEqual({ kind: 'outside', path: '../secrets.txt' });
    expect(resolveLink('../../..', FROM)).toEqual({ kind: 'outside', path: '..' });
    expect(resolveLink('../../../..x/file', FROM)).toEqual({ kind: 'outside', path: '../..x/file' });
  });

  it('resolves a site path to an entry, a route or an asset', () => {
    expect(resolveLink('/playbooks/triage/', FROM)).toEqual({ kind: 'entry', collection: 'playbooks', id: 'triage' });
    expect(resolveLink('/playbooks/triage#criteria', FROM)).toEqual({ kind: 'entry', collection: 'playbooks', id: 'triage', anchor: 'criteria' });
    expect(resolveLink('/playbooks/triage/index.html', FROM)).toEqual({ kind: 'entry', collection: 'playbooks', id: 'triage' });
    expect(resolveLink('/people/ada-okafor/', FROM)).toEqual({ kind: 'entry', collection: 'people', id: 'ada-okafor' });
    expect(resolveLink('/playbooks/', FROM)).toEqual({ kind: 'route', path: '/playbooks/' });
    expect(resolveLink('/playbooks/a/b/', FROM)).toEqual({ kind: 'route', path: '/playbooks/a/b/' });
    expect(resolveLink('/tags/licensing/#list', FROM)).toEqual({ kind: 'route', path: '/tags/licensing/', anchor: 'list' });
    expect(resolveLink('/', FROM)).toEqual({ kind: 'route', path: '/' });
    expect(resolveLink('/index.html', FROM)).toEqual({ kind: 'route', path: '/' });
    expect(resolveLink('/images/flow.svg', FROM)).toEqual({ kind: 'asset', path: 'images/flow.svg' });
    expect(resolveLink('/playbooks/triage.pdf', FROM)).toEqual({ kind: 'asset', path: 'playbooks/triage.pdf' });
    expect(resolveLink('/feed.xml?x#y', FROM)).toEqual({ kind: 'asset', path: 'feed.xml' });
  });
});

describe('the site URL of an entry', () => {
  it('encodes the id and the anchor', () => {
    expect(entryHref('roles', 'head-of-ip')).toBe('/roles/head-of-ip/');
    expect(entryHref('roles', 'head-of-ip', 'cover')).toBe('/roles/head-of-ip/#cover');
    expect(entryHref('playbooks', 'a b', 'é x')).toBe('/playbooks/a%20b/#%C3%A9%20x');
    expect(entryHref('roles', 'x', '')).toBe('/roles/x/');
  });
});
