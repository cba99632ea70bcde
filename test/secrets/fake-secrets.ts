/**
 * Made-up credentials of the right shapes, one kind per secret detector, from a seeded generator:
 * every run makes the same values, a failure can be replayed, and nothing real is ever committed.
 */

/** A seeded generator of made-up strings (mulberry32). */
export function fakeMaker(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
  const fake = (length: number, alphabet: string = ALPHANUMERIC) => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  return { next, fake, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)) };
}

/** The generator's interface. */
export type FakeMaker = ReturnType<typeof fakeMaker>;

export const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const UPPER_BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER_HEX = '0123456789abcdef';
export const DIGITS = '0123456789';
const BASE64 = `${ALPHANUMERIC}+/`;

/** A true secret for one detector: what the scanner should call it, and how to make one. */
export interface TrueSecret {
  /** The detector that must find it: a secretlint rule id, or the id of one of Baton's own patterns. */
  detector: string;
  what: string;
  make(maker: FakeMaker): string;
}

/** A PEM block whose body looks like a real key to secretlint (base64 starting with `MI`). */
function pem(maker: FakeMaker, kind: string): string {
  const lines = [`MII${maker.fake(61, BASE64)}`, ...Array.from({ length: 4 }, () => maker.fake(64, BASE64))];
  return `-----BEGIN ${kind}PRIVATE KEY-----\n${lines.join('\n')}\n-----END ${kind}PRIVATE KEY-----`;
}

/** A 1Password service-account token: `ops_` and base64 of a JSON object, ending in `fQ==`. */
function onePasswordToken(maker: FakeMaker): string {
  let json = JSON.stringify({ email: `${maker.fake(12, LOWER_HEX)}@1passwordserviceaccounts.lcl`, secretKey: maker.fake(40), srpX: maker.fake(64, LOWER_HEX), signInAddress: 'team.example.lcl' });
  // The base64 ends in `fQ==` when the closing brace is alone in the last group of three bytes.
  while (json.length % 3 !== 1) json = json.replace('"email"', ' "email"');
  return `ops_${Buffer.from(json).toString('base64')}`;
}

const user = (maker: FakeMaker) => `svc${maker.fake(6, 'bcdfghjkmnqrtvwz')}`;

/** One true secret per detector the scanner has: every secretlint scanner that reads Markdown, and Baton's own patterns. */
export const TRUE_SECRETS: readonly TrueSecret[] = [
  { detector: '@secretlint/secretlint-rule-aws', what: 'an AWS credential', make: (m) => `aws_secret_access_key = ${m.fake(40)}` },
  { detector: '@secretlint/secretlint-rule-privatekey', what: 'a private key', make: (m) => pem(m, 'RSA ') },
  { detector: '@secretlint/secretlint-rule-npm', what: 'an npm token', make: (m) => `//registry.npmjs.org/:_authToken=npm_${m.fake(36)}` },
  { detector: '@secretlint/secretlint-rule-basicauth', what: 'a password in a URL', make: (m) => `https://${user(m)}:${m.fake(14)}@intranet.example.com/reports` },
  { detector: '@secretlint/secretlint-rule-slack', what: 'a Slack token or webhook', make: (m) => `xoxb-${m.fake(12, DIGITS)}-${m.fake(13, DIGITS)}-${m.fake(24)}` },
  { detector: '@secretlint/secretlint-rule-sendgrid', what: 'a SendGrid API key', make: (m) => `SG.${m.fake(22)}.${m.fake(43)}` },
  { detector: '@secretlint/secretlint-rule-shopify', what: 'a Shopify access token', make: (m) => `shpat_${m.fake(32, LOWER_HEX)}` },
  { detector: '@secretlint/secretlint-rule-stripe', what: 'a Stripe live key', make: (m) => `sk_live_${m.fake(24)}` },
  { detector: '@secretlint/secretlint-rule-github', what: 'a GitHub token', make: (m) => `ghp_${m.fake(36)}` },
  { detector: '@secretlint/secretlint-rule-gitlab', what: 'a GitLab access token', make: (m) => `glpat-${m.fake(20)}` },
  { detector: '@secretlint/secretlint-rule-grafana', what: 'a Grafana token', make: (m) => `glsa_${m.fake(32)}_${m.fake(8, LOWER_HEX)}` },
  { detector: '@secretlint/secretlint-rule-openai', what: 'an OpenAI API key', make: (m) => `sk-${m.fake(20)}T3BlbkFJ${m.fake(20)}` },
  { detector: '@secretlint/secretlint-rule-anthropic', what: 'an Anthropic API key', make: (m) => `sk-ant-api03-${m.fake(93)}AA` },
  { detector: '@secretlint/secretlint-rule-groq', what: 'a Groq API key', make: (m) => `gsk_${m.fake(52)}` },
  { detector: '@secretlint/secretlint-rule-huggingface', what: 'a Hugging Face access token', make: (m) => `hf_${m.fake(34, LETTERS)}` },
  { detector: '@secretlint/secretlint-rule-linear', what: 'a Linear API key', make: (m) => `lin_api_${m.fake(40)}` },
  { detector: '@secretlint/secretlint-rule-notion', what: 'a Notion integration token', make: (m) => `ntn_${m.fake(11, DIGITS)}${m.fake(35)}` },
  { detector: '@secretlint/secretlint-rule-1password', what: 'a 1Password service-account token', make: onePasswordToken },
  { detector: '@secretlint/secretlint-rule-database-connection-string', what: 'a database password in a connection string', make: (m) => `postgres://${user(m)}:${m.fake(16)}@db.internal.example:5432/docket` },
  { detector: '@secretlint/secretlint-rule-hashicorp-vault', what: 'a HashiCorp Vault token', make: (m) => `hvs.${m.fake(95)}` },
  { detector: '@secretlint/secretlint-rule-vercel', what: 'a Vercel token', make: (m) => `vcp_${m.fake(40)}` },
  { detector: '@secretlint/secretlint-rule-databricks', what: 'a Databricks access token', make: (m) => `dapi${m.fake(32, LOWER_HEX)}` },
  { detector: '@secretlint/secretlint-rule-docker', what: 'a Docker access token', make: (m) => `dckr_pat_${m.fake(27)}` },
  { detector: '@secretlint/secretlint-rule-figma', what: 'a Figma access token', make: (m) => `figd_${m.fake(45)}` },
  { detector: '@secretlint/secretlint-rule-cloudflare', what: 'a Cloudflare API key or token', make: (m) => `cfut_${m.fake(40)}${m.fake(8, LOWER_HEX)}` },
  { detector: '@secretlint/secretlint-rule-tailscale', what: 'a Tailscale key', make: (m) => `tskey-auth-${m.fake(12)}-${m.fake(30)}` },
  { detector: 'private-key', what: 'a private key', make: (m) => `-----BEGIN OPENSSH PRIVATE KEY-----\n${m.fake(40)}\n-----END OPENSSH PRIVATE KEY-----` },
  { detector: 'url-password', what: 'a password in a URL', make: (m) => `ssh://deploy:${m.fake(12)}@git.internal.example/handbook.git` },
  { detector: 'aws-access-key-id', what: 'an AWS access key id', make: (m) => `aws_access_key_id = AKIA${m.fake(16, UPPER_BASE32)}` },
  { detector: 'google-api-key', what: 'a Google API key', make: (m) => `AIza${m.fake(35)}` },
  { detector: 'json-web-token', what: 'a JSON Web Token', make: (m) => `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.${m.fake(43)}` },
  { detector: 'password-field', what: 'a password or API key', make: (m) => `password: ${m.fake(14)}` },
];
