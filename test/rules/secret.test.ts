import { describe, expect, it } from 'vitest';
import { checkLines, makeHandbook, playbook } from '../helpers/check-fixture.ts';
import { ruleExamples } from '../helpers/rule-docs.ts';
import { describeRuleDocs } from '../helpers/rule-test.ts';
import { fakeMaker, UPPER_BASE32 } from '../secrets/fake-secrets.ts';

describeRuleDocs('secret');

/** Made-up credentials of the right shapes from seeded generators, one per test: the same on every run, alone or in the file, and nothing real is ever committed. */
const { fake } = fakeMaker(15);
const upper = UPPER_BASE32;

describe('secret: made-up credentials', () => {
  it('reports the documented example exactly as its page shows it', async () => {
    const { fake } = fakeMaker(16);
    const body = `Intro.\n<!-- old token: ghp_${fake(36)} -->\nSee https://admin:${fake(14)}@db.internal.example/ for the database.`;
    const root = makeHandbook({ 'content/playbooks/fto.md': playbook(body) });
    const documented = ruleExamples('secret').find((example) => example.verdict === 'not-ok')!;
    expect(await checkLines(root, { only: ['secret'] })).toEqual(documented.output);
  });

  const cases: [string, string, string][] = [
    ['an AWS access key id', `aws_access_key_id = AKIA${fake(16, upper)}`, 'an AWS access key id'],
    ['an AWS secret key', `aws_secret_access_key = ${fake(40)}`, 'an AWS credential'],
    ['a Slack webhook in an HTML comment', `<!-- https://hooks.slack.com/services/T${fake(8, upper)}/B${fake(8, upper)}/${fake(24)} -->`, 'a Slack token or webhook'],
    ['a private key', `-----BEGIN OPENSSH PRIVATE KEY-----\n${fake(64)}\n-----END OPENSSH PRIVATE KEY-----`, 'a private key'],
    ['a Stripe live key', `Use sk_live_${fake(24)} for billing.`, 'a Stripe live key'],
    ['a Google API key', `AIza${fake(35)}`, 'a Google API key'],
    ['an npm token', `//registry.npmjs.org/:_authToken=npm_${fake(36)}`, 'an npm token'],
    ['a JSON Web Token', `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.${fake(43)}`, 'a JSON Web Token'],
  ];

  it.each(cases)('finds %s and never shows its value', async (_name, secret, what) => {
    const root = makeHandbook({ 'content/playbooks/fto.md': playbook(`Notes.\n\n${secret}`) });
    const lines = await checkLines(root, { only: ['secret'] });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`File contains what looks like ${what}; the value is not shown here`);
    for (const piece of secret.split(/[\s=:/]+/).filter((part) => part.length >= 12)) expect(lines[0]).not.toContain(piece);
  });

  it('scans frontmatter too', async () => {
    const { fake } = fakeMaker(17);
    const root = makeHandbook({ 'content/playbooks/fto.md': playbook('Fine.', [`tags: [ghp_${fake(36)}]`]) });
    expect(await checkLines(root, { only: ['secret'] })).toEqual([
      'content/playbooks/fto.md:9:8  error  File contains what looks like a GitHub token; the value is not shown here; remove it, revoke it where it was issued, and keep it in the password manager; a documented example can go in `check.secrets.allow`  secret',
    ]);
  });

  it('lets through a value on the allow-list', async () => {
    const { fake } = fakeMaker(18);
    const example = `sk_live_${fake(24)}`;
    const root = makeHandbook({
      'content/playbooks/fto.md': playbook(`The vendor's sandbox page shows ${example}.`),
      'baton.config.yml': `teams:\n  ip-legal:\n    name: IP\n  rnd:\n    name: R&D\n  knowledge:\n    name: K\ncheck:\n  secrets:\n    allow: ['${example}']\n`,
    });
    expect(await checkLines(root, { only: ['secret'] })).toEqual([]);
  });
});
