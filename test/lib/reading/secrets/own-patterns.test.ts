import { describe, expect, it } from 'vitest';
import { scanForSecrets } from '../../../../src/lib/reading/secrets/scan-secrets.ts';
import { ALPHANUMERIC, fakeMaker } from '../../../secrets/fake-secrets.ts';

const HINT = 'remove it, revoke it where it was issued, and keep it in the password manager; a documented example can go in `check.secrets.allow`';
const UPPER_AND_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** What the scan reports, as `line:column what`. */
async function found(text: string, allow: string[] = [], firstLine = 1): Promise<string[]> {
  const findings = await scanForSecrets(text, allow, firstLine);
  for (const finding of findings) expect(finding.hint).toBe(HINT);
  return findings.map((finding) => `${finding.line}:${finding.column} ${finding.message}`);
}
const looksLike = (what: string) => `File contains what looks like ${what}; the value is not shown here`;

describe('secrets: each of Baton’s own patterns, with a true case and a placeholder', () => {
  it('a private key, from its header alone, in any of its kinds', async () => {
    expect(await found('Key:\n-----BEGIN PRIVATE KEY-----\n')).toEqual([`2:1 ${looksLike('a private key')}`]);
    expect(await found('-----BEGIN ENCRYPTED PRIVATE KEY-----')).toEqual([`1:1 ${looksLike('a private key')}`]);
    expect(await found('-----BEGIN PGP PRIVATE KEY BLOCK-----')).toEqual([`1:1 ${looksLike('a private key')}`]);
  });

  it('but not a public key, a certificate or the words "private key"', async () => {
    const { fake } = fakeMaker(2601);
    expect(await found(`-----BEGIN PUBLIC KEY-----\n${fake(64)}\n-----END PUBLIC KEY-----`)).toEqual([]);
    expect(await found('-----BEGIN CERTIFICATE-----')).toEqual([]);
    expect(await found('Keep the private key in the vault, never in a page.')).toEqual([]);
  });

  it('a password in a URL, pointing at the address', async () => {
    const { fake } = fakeMaker(2602);
    expect(await found(`See https://admin:${fake(12)}@portal.example.org/ for the portal.`)).toEqual([`1:5 ${looksLike('a password in a URL')}`]);
    expect(await found(`Files: sftp://upload:${fake(12)}@files.example.org/in`)).toHaveLength(1);
  });

  it('but not a placeholder where the password would go', async () => {
    for (const placeholder of ['<password>', '${PASSWORD}', '{{password}}', '****', 'xxxx', '...', 'password', 'your-password']) {
      expect(await found(`See https://user:${placeholder}@example.com/`), placeholder).toEqual([]);
    }
  });

  it('an AWS access key id, of each kind', async () => {
    const { fake } = fakeMaker(2603);
    expect(await found(`aws_access_key_id = AKIA${fake(16, UPPER_AND_DIGITS)}`)).toEqual([`1:21 ${looksLike('an AWS access key id')}`]);
    for (const prefix of ['ASIA', 'AGPA', 'AIDA', 'AROA', 'ANPA', 'ANVA']) {
      expect(await found(`Id: ${prefix}${fake(16, UPPER_AND_DIGITS)}.`), prefix).toEqual([`1:5 ${looksLike('an AWS access key id')}`]);
    }
  });

  it('but not the documented example key, one a character short, or another prefix', async () => {
    const { fake } = fakeMaker(2604);
    expect(await found('aws_access_key_id = AKIAIOSFODNN7EXAMPLE')).toEqual([]);
    expect(await found(`Id: AKIA${fake(15, UPPER_AND_DIGITS)}`)).toEqual([]);
    expect(await found(`Id: AKIB${fake(16, UPPER_AND_DIGITS)}`)).toEqual([]);
  });

  it('a Google API key of exactly 35 characters after `AIza`', async () => {
    const { fake } = fakeMaker(2605);
    expect(await found(`maps_key: AIza${fake(35, `${ALPHANUMERIC}_-`)}`)).toEqual([`1:11 ${looksLike('a Google API key')}`]);
  });

  it('but not one a character short or long, as a documentation sample would be', async () => {
    const { fake } = fakeMaker(2606);
    expect(await found(`AIza${fake(34)}`)).toEqual([]);
    expect(await found(`AIza${fake(36)}`)).toEqual([]);
    expect(await found('Keys start with `AIza...`.')).toEqual([]);
  });

  it('a JSON Web Token', async () => {
    const { fake } = fakeMaker(2607);
    expect(await found(`Bearer eyJ${fake(20)}.eyJ${fake(30)}.${fake(43)}`)).toEqual([`1:8 ${looksLike('a JSON Web Token')}`]);
  });

  it('but not a shortened one in prose', async () => {
    const { fake } = fakeMaker(2608);
    expect(await found('Tokens look like `eyJhbGciOi...`.')).toEqual([]);
    expect(await found(`eyJ${fake(7)}.eyJ${fake(30)}.${fake(43)}`)).toEqual([]);
    expect(await found(`eyJ${fake(20)}.eyJ${fake(30)}.${fake(15)}`)).toEqual([]);
  });

  it('a password or API key in a field, pointing at the value', async () => {
    const { fake } = fakeMaker(2609);
    expect(await found(`password: ${fake(12)}`)).toEqual([`1:11 ${looksLike('a password or API key')}`]);
    expect(await found(`Notes.\napi_key = "${fake(20)}"`)).toEqual([`2:12 ${looksLike('a password or API key')}`]);
    for (const field of ['passwd', 'pwd', 'PASSWORD', 'api-key', 'apikey', 'secret_key', 'secretkey', 'access-token', 'accesstoken', 'auth_token', 'authtoken', 'client-secret', 'clientsecret']) {
      expect(await found(`${field}: ${fake(10)}`), field).toEqual([`1:${field.length + 3} ${looksLike('a password or API key')}`]);
    }
    // Eight characters are enough to be a password.
    expect(await found(`pwd=${fake(8)}`)).toEqual([`1:5 ${looksLike('a password or API key')}`]);
  });

  it('but not a placeholder, a value under eight characters, or the word in prose', async () => {
    const { fake } = fakeMaker(2610);
    for (const value of ['<password>', '${API_KEY}', '{{ api_key }}', '********', 'xxxxxxxx', 'changeme', 'example_key', 'your_api_key', 'yourApiKey', 'PASSWORD', 'secret']) {
      expect(await found(`api_key: ${value}`), value).toEqual([]);
    }
    expect(await found(`password: ${fake(7)}`)).toEqual([]);
    expect(await found('Passwords: at least twelve characters, changed yearly.')).toEqual([]);
  });

  it('but a password that merely starts or ends like a placeholder is reported', async () => {
    for (const value of ['secret-harbour-42', 'examples!2026', 'ChangeMe-Harbour-42', 'Harbour-42-Xx', 'Harbour-42-secret', '${HOME}-harbour']) {
      expect(await found(`password: ${value}`), value).toEqual([`1:11 ${looksLike('a password or API key')}`]);
    }
  });
});

describe('secrets: what the scan reports and lets through', () => {
  it('reports a credential found by the recommended preset once, even when a pattern of Baton’s matches it too', async () => {
    const { fake } = fakeMaker(2611);
    expect(await found(`token: ghp_${fake(36)}`)).toEqual([`1:8 ${looksLike('a GitHub token')}`]);
    const url = await found(`See https://admin:${fake(14)}@db.internal.example/ now.`);
    expect(url).toHaveLength(1);
    expect(url[0]).toMatch(new RegExp(` ${looksLike('a password in a URL')}$`));
  });

  it('lists findings in the order of the file, whichever detector found them', async () => {
    const { fake } = fakeMaker(2612);
    expect(await found(`Id: AKIA${fake(16, UPPER_AND_DIGITS)}\ntoken: ghp_${fake(36)}\npassword: ${fake(12)}`)).toEqual([
      `1:5 ${looksLike('an AWS access key id')}`,
      `2:8 ${looksLike('a GitHub token')}`,
      `3:11 ${looksLike('a password or API key')}`,
    ]);
    expect(await found(`a AKIA${fake(16, UPPER_AND_DIGITS)} b AKIA${fake(16, UPPER_AND_DIGITS)}`)).toEqual([`1:3 ${looksLike('an AWS access key id')}`, `1:26 ${looksLike('an AWS access key id')}`]);
  });

  it('lists a finding on an earlier line first, even at a later column', async () => {
    const { fake } = fakeMaker(2615);
    expect(await found(`token: ghp_${fake(36)}\nAKIA${fake(16, UPPER_AND_DIGITS)}`)).toEqual([`1:8 ${looksLike('a GitHub token')}`, `2:1 ${looksLike('an AWS access key id')}`]);
  });

  it('lists findings on one line from left to right, whichever detector found them', async () => {
    const { fake } = fakeMaker(2616);
    expect(await found(`AKIA${fake(16, UPPER_AND_DIGITS)} and ghp_${fake(36)}`)).toEqual([`1:1 ${looksLike('an AWS access key id')}`, `1:26 ${looksLike('a GitHub token')}`]);
  });

  it('counts lines from where the scanned text starts in the file', async () => {
    const { fake } = fakeMaker(2613);
    expect(await found(`\npassword: ${fake(12)}`, [], 10)).toEqual([`11:11 ${looksLike('a password or API key')}`]);
  });

  it('lets through values on the allow-list, and text that contains an allowed example', async () => {
    const { fake } = fakeMaker(2614);
    const key = `AKIA${fake(16, UPPER_AND_DIGITS)}`;
    expect(await found(`Id: ${key}`, [key])).toEqual([]);
    const password = fake(12);
    expect(await found(`password: ${password}`, [password])).toEqual([]);
    const stripe = `sk_live_${fake(24)}`;
    expect(await found(`Sandbox: ${stripe}`, [stripe])).toEqual([]);
    expect(await found(`Sandbox: ${stripe}`)).toEqual([`1:10 ${looksLike('a Stripe live key')}`]);
    expect(await found('Docs: https://docs.example/AKIAIOSFODNN7EXAMPLE/')).toEqual([]);
  });

  it('lets through a value that holds a documented example within it, such as a query string', async () => {
    expect(await found('curl "https://api.example.com/v1/buckets?api_key=AKIAIOSFODNN7EXAMPLE&region=eu"')).toEqual([]);
  });

  it('finds nothing in text without credentials', async () => {
    expect(await found('# Freedom to operate\n\nAsk `ip-legal` before launch.\n')).toEqual([]);
    expect(await found('')).toEqual([]);
  });
});
