/**
 * Credentials secretlint's recommended preset does not catch in handbook text (measured on realistic
 * fakes: it found AWS secret keys, GitHub, Slack, Stripe and npm tokens, and missed these). Each
 * pattern names what it found, never the value.
 */
import { joinedKeywords, type Keywords } from './detector-keywords.ts';

/** A kind of credential and how to spot one. */
export interface SecretPattern {
  /** A permanent name for the pattern, for tests and the prefilter. */
  id: string;
  /** What it is, for the message: "a private key". */
  what: string;
  /** Matches the whole credential; group 1, when present, is the secret part. */
  pattern: RegExp;
  /** What every match contains, case aside: a file without them skips the pattern. */
  keywords: Keywords;
}

/** Values that are clearly placeholders, not secrets: `${TOKEN}`, `{{token}}`, `****`, `example`. A `<password>` never gets here: no pattern takes a `<` into a value. */
export const PLACEHOLDER = /^(?:\$\{[^}]*\}|\{\{[^}]*\}\}|\*+|x+|\.\.\.|example\w*|changeme|password|secret|your[-_]?\w*)$/i;

export const OWN_SECRET_PATTERNS: readonly SecretPattern[] = [
  { id: 'private-key', what: 'a private key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g, keywords: { anyOf: ['-----begin '], allOf: ['private key'] } },
  { id: 'url-password', what: 'a password in a URL', pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@"'<>]+:([^\s/@"'<>]+)@[^\s/"'<>]/gi, keywords: { anyOf: ['://'], allOf: ['@'] } },
  { id: 'aws-access-key-id', what: 'an AWS access key id', pattern: /\b((?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA)[0-9A-Z]{16})\b/g, keywords: { anyOf: ['akia', 'asia', 'agpa', 'aida', 'aroa', 'anpa', 'anva'] } },
  { id: 'google-api-key', what: 'a Google API key', pattern: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g, keywords: { anyOf: ['aiza'] } },
  { id: 'json-web-token', what: 'a JSON Web Token', pattern: /\b(eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,})/g, keywords: { anyOf: ['.eyj'] } },
  {
    id: 'password-field',
    what: 'a password or API key',
    pattern: /\b(?:password|passwd|pwd|api[_-]?key|secret[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret)\s*[:=]\s*["']?([^\s"'<>,;]{8,})/gi,
    keywords: { anyOf: ['password', 'passwd', 'pwd', ...joinedKeywords('api', 'key'), ...joinedKeywords('secret', 'key'), ...joinedKeywords('access', 'token'), ...joinedKeywords('auth', 'token'), ...joinedKeywords('client', 'secret')] },
  },
];
