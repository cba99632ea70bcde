import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { readContentHistory } from '../../src/site/git-history.ts';
import { createFixtureRepository, shallowClone } from '../helpers/fixture-repo.ts';
import { hasClass, hrefs, labelledBy, readPage, tag, text, within } from '../helpers/html.ts';
import { FIXTURE } from './global-setup.ts';

const history = (site: string, path: string) => text(readPage(site, path).find(hasClass('page-history'))!);

describe('reading content history from git', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'baton-history-'));
  const full = join(scratch, 'full');
  const shallow = join(scratch, 'shallow');
  createFixtureRepository(FIXTURE, full);
  shallowClone(full, shallow, 2);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('gives each file its own last change and every contributor, newest first', () => {
    const result = readContentHistory(full, 'content');
    if (!result.available) throw new Error(result.reason);
    expect(result.shallow).toBe(false);
    expect(result.files.get('content/playbooks/sample-intake.md')).toMatchObject({ lastChanged: { author: { name: 'Bruno Vale', email: 'bruno.vale@fieldnotes.example' }, date: '2026-10-01T16:45:00+00:00' }, contributors: [{ name: 'Bruno Vale', email: 'bruno.vale@fieldnotes.example' }, { name: 'Ada Quill', email: 'ada.quill@fieldnotes.example' }], complete: true });
    expect(result.files.get('content/roles/lab-lead.md')).toMatchObject({ lastChanged: { author: { name: 'Ada Quill' }, date: '2026-09-01T08:00:00+00:00' }, contributors: [{ name: 'Ada Quill', email: 'ada.quill@fieldnotes.example' }] });
  });

  it('knows a shallow clone, and never dates a file by the commit the clone starts from', () => {
    const result = readContentHistory(shallow, 'content');
    if (!result.available) throw new Error(result.reason);
    expect(result.shallow).toBe(true);
    expect(result.files.get('content/playbooks/labelling-rules.md')).toMatchObject({ lastChanged: { author: { name: 'Carla Ruiz' } }, complete: false });
    const untouched = result.files.get('content/roles/lab-lead.md')!;
    expect(untouched.lastChanged).toBeUndefined();
    expect(untouched.notAfter).toBe('2026-10-01T16:45:00+00:00');
  });

  it('says so when the handbook is not in a git repository', () => {
    expect(readContentHistory(tmpdir(), 'content')).toEqual({ available: false, reason: 'the handbook is not in a git repository' });
  });
});

describe('page history on the site', () => {
  const site = inject('fixtureSite');
  const shallowSite = inject('shallowSite');

  it('shows when a page last changed, in the configured time zone, and who changed it', () => {
    expect(history(site, '/playbooks/sample-intake/')).toContain('Last updated 1 Oct 2026, 09:45 PDT by Bruno Vale. Contributors: Bruno Vale, Ada Quill.');
    expect(history(site, '/playbooks/labelling-rules/')).toContain('Last updated 1 Nov 2026, 22:30 PST by Carla Ruiz.');
  });

  it('gives each page its own date rather than one date for all', () => {
    const dates = new Set(['/playbooks/sample-intake/', '/playbooks/labelling-rules/', '/roles/lab-lead/'].map((path) => history(site, path).match(/Last updated ([^b]+) by/)?.[1]));
    expect(dates.size).toBe(3);
  });

  it('on a shallow clone, dates only the changes the clone holds and says the rest are older', () => {
    expect(history(shallowSite, '/playbooks/labelling-rules/')).toContain('Last updated 1 Nov 2026, 22:30 PST by Carla Ruiz. Recent contributors (the history here is shallow): Carla Ruiz.');
    for (const path of ['/playbooks/sample-intake/', '/roles/lab-lead/']) {
      expect(history(shallowSite, path)).toContain('Last changed on or before 1 Oct 2026, 09:45 PDT. This copy of the history is shallow');
      expect(history(shallowSite, path)).not.toContain('Last updated');
    }
  });

  it('links contributors to the people who list their git identities, by email or by name, and leaves unknown identities as text', () => {
    const section = readPage(site, '/playbooks/sample-intake/').find(hasClass('page-history'))!;
    const linked = within(section).all(tag('a')).filter((link) => String(link.properties.href).startsWith('/people/'));
    expect(linked.map((link) => [text(link), link.properties.href])).toEqual([['Ada Quill', '/people/ada-quill/']]);
    expect(text(section)).toContain('by Bruno Vale.');
    const changes = readPage(site, '/changes/');
    const authors = changes.all(tag('tr')).slice(1).map((row) => within(row).all(tag('td'))[3]!);
    expect(hrefs(within(authors[0]!))).toEqual(['/people/carla-ruiz/']);
    expect(hrefs(within(authors[1]!))).toEqual([]);
    expect(hrefs(within(readPage(site, '/').find(labelledBy('recent-title'))!))).toContain('/people/carla-ruiz/');
  });

  it('lists recent changes to published pages only, newest first', () => {
    const rows = readPage(site, '/changes/').all((element) => element.tagName === 'tr').slice(1).map(text);
    expect(rows[0]).toBe('1 Nov 2026, 22:30 PST Labelling rules Playbook Carla Ruiz');
    expect(rows[1]).toBe('1 Oct 2026, 09:45 PDT Sample intake Playbook Bruno Vale');
    expect(rows.join('\n')).not.toMatch(/Royalty|Freezer|Instrument loans/);
  });
});
