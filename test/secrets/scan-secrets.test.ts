import { lintSource } from '@secretlint/core';
import { rules as presetRules } from '@secretlint/secretlint-rule-preset-recommend';
import { describe, expect, it } from 'vitest';
import { SECRETLINT_FILTER, SECRETLINT_KEYWORDS, SECRETLINT_NEVER_ON_MARKDOWN } from '../../src/lib/reading/secrets/detector-keywords.ts';
import { OWN_SECRET_PATTERNS } from '../../src/lib/reading/secrets/own-patterns.ts';
import { detectorsFor, scanForSecrets } from '../../src/lib/reading/secrets/scan-secrets.ts';
import { DIGITS, fakeMaker, LOWER_HEX, TRUE_SECRETS, type FakeMaker, type TrueSecret } from './fake-secrets.ts';

const message = (what: string) => `File contains what looks like ${what}; the value is not shown here`;
const page = (secret: string) => `---\ntitle: Release checklist\nowner: ada-okafor\n---\n\nBefore the release, check the docket.\n\n${secret}\n\nThen tell the team.\n`;

/** What the detector `id` finds in `text` when it runs alone, without the prefilter or the rest of the scanner. */
async function findsAlone(id: string, text: string): Promise<number> {
  const own = OWN_SECRET_PATTERNS.find((pattern) => pattern.id === id);
  if (own) return [...text.matchAll(own.pattern)].length;
  const rule = presetRules.find((candidate) => candidate.meta.id === id)!;
  const result = await lintSource({ source: { filePath: 'content.md', content: text, contentType: 'text' }, options: { config: { rules: [{ id, rule }] }, noPhysicFilePath: true } });
  return result.messages.filter((found) => found.ruleId === id).length;
}

describe('secret scan: the keyword prefilter', () => {
  it('knows every rule of secretlint’s recommended preset: a scanner with keywords, the comment filter, or a rule that never reads Markdown', () => {
    const known = [...Object.keys(SECRETLINT_KEYWORDS), SECRETLINT_FILTER.id, ...Object.keys(SECRETLINT_NEVER_ON_MARKDOWN)].sort();
    expect(presetRules.map((rule) => rule.meta.id).sort()).toEqual(known);
  });

  it('is tested with a true secret for every detector', () => {
    const detectors = [...Object.keys(SECRETLINT_KEYWORDS), ...OWN_SECRET_PATTERNS.map((pattern) => pattern.id)].sort();
    expect(TRUE_SECRETS.map((secret) => secret.detector).sort()).toEqual(detectors);
  });

  it.each(TRUE_SECRETS.map((secret, index) => [secret.detector, secret, index] as const))('lets %s run on a page holding its secret, and the scan still finds it', async (detector, secret, index) => {
    const text = page(secret.make(fakeMaker(1000 + index)));
    expect(await findsAlone(detector, text)).toBeGreaterThan(0);
    expect(detectorsFor(text)).toContain(detector);
    const found = await scanForSecrets(text, []);
    expect(found).toEqual(await scanForSecrets(text, [], 1, { everyDetector: true }));
    expect(found.map((finding) => finding.message)).toContain(message(secret.what));
  });

  it('skips every detector on a page with none of their keywords, where the full scan finds nothing either', async () => {
    const text = page('Reviewed by **legal** on 2026-10-01; see [the filing guide](../playbooks/filing.md#deadlines).');
    expect(detectorsFor(text)).toEqual(new Set());
    expect(await scanForSecrets(text, [], 1, { everyDetector: true })).toEqual([]);
  });

  it('still honours a `secretlint-disable-next-line` comment', async () => {
    const token = `ghp_${fakeMaker(7).fake(36)}`;
    const text = `Intro.\n<!-- secretlint-disable-next-line -->\nold token ${token}\n`;
    expect(await scanForSecrets(text, [], 1, { everyDetector: true })).toEqual([]);
    expect(await scanForSecrets(text, [])).toEqual([]);
  });

  it('finds the same as the full scan on 400 generated pages with planted secrets of every kind, near misses and placeholders', async () => {
    const maker = fakeMaker(20261123);
    const foundKinds = new Set<string>();
    for (let index = 0; index < 400; index += 1) {
      const { text, planted } = generatedPage(maker, index);
      const withPrefilter = await scanForSecrets(text, ['AKIAIOSFODNN7EXAMPLE']);
      const everyDetector = await scanForSecrets(text, ['AKIAIOSFODNN7EXAMPLE'], 1, { everyDetector: true });
      expect({ index, findings: withPrefilter }).toEqual({ index, findings: everyDetector });
      if (planted?.as === 'written' && withPrefilter.some((finding) => finding.message === message(planted.secret.what))) foundKinds.add(planted.secret.detector);
    }
    expect([...foundKinds].sort()).toEqual(TRUE_SECRETS.map((secret) => secret.detector).sort());
  });
});

describe('secret scan: performance entries', () => {
  it('leaves no performance marks or measures behind after scanning many files', async () => {
    const before = performance.getEntries().length;
    const maker = fakeMaker(99);
    for (let index = 0; index < 300; index += 1) await scanForSecrets(generatedPage(maker, index).text, [], 1, { everyDetector: true });
    expect(performance.getEntries().length).toBe(before);
  });
});

const PROSE = [
  'Keep every credential in the password manager, never in a page.',
  'Rotate the API key of the docketing system each quarter.',
  'The access token for the portal expires after an hour.',
  'Ask [ada-okafor](../people/ada-okafor.md) or write to ip-legal@example.org.',
  'The filing portal lives at https://portal.example.com/filings and needs single sign-on.',
  'Mongodb and PostgreSQL backups run nightly; MySQL is retired.',
  'Vendors show keys such as AKIAIOSFODNN7EXAMPLE in their documentation.',
  'Placeholders look like `password: <password>` or `https://user:${PASSWORD}@db.example.com/`.',
  'The Asia desk and the Akiane team share the docket; the Aida review is in March.',
  'Short prefixes such as ghp_, sk_live_ and xoxb- are not tokens by themselves.',
  '<!-- secretlint-disable-next-line -->',
  'An HTTPS://Intranet.Example.com@mirror link with an at sign but no password.',
  'Api_Key: short',
  'Use pwd to print the folder; PASSWD files are not kept here.',
];

/** A page of handbook prose and near misses; every other page also holds a true secret, cycling through every kind, as written, upper-cased or silenced by a comment. */
function generatedPage(maker: FakeMaker, index: number): { text: string; planted?: { secret: TrueSecret; as: 'written' | 'upper-cased' | 'silenced' } } {
  const lines = Array.from({ length: maker.int(3, 9) }, () => PROSE[maker.int(0, PROSE.length - 1)]!);
  if (maker.next() < 0.3) lines.push(`Ticket ${maker.fake(6, DIGITS)}, build ${maker.fake(12, LOWER_HEX)}.`);
  if (index % 2 === 1) return { text: page(lines.join('\n\n')) };
  const secret = TRUE_SECRETS[(index / 2) % TRUE_SECRETS.length]!;
  const value = secret.make(maker);
  const roll = maker.next();
  const as = roll < 0.15 ? 'upper-cased' : roll < 0.3 ? 'silenced' : 'written';
  lines.splice(maker.int(0, lines.length), 0, as === 'upper-cased' ? value.toUpperCase() : as === 'silenced' ? `<!-- secretlint-disable-next-line -->\n${value}` : value);
  return { text: page(lines.join('\n\n')), planted: { secret, as } };
}
