/**
 * Credentials secretlint's recommended preset does not catch in handbook text (measured on realistic
 * fakes: it found AWS secret keys, GitHub, Slack, Stripe and npm tokens, and missed these). Each
 * pattern names what it found, never the value.
 */

/** A kind of credential and how to spot one. */
export interface SecretPattern {
  /** What it is, for the message: "a private key". */
  what: string;
  /** Matches the whole credential; group 1, when present, is the secret part. */
  pattern: RegExp;
  /** A cheap look at the lower-cased text: false when the pattern cannot match, so the regex is skipped. */
  mayMatch(lowerCaseText: string): boolean;
}

const hasAll = (...pieces: string[]) => (text: string) => pieces.every((piece) => text.includes(piece));
const hasAny = (...pieces: string[]) => (text: string) => pieces.some((piece) => text.includes(piece));

/** Values that are clearly placeholders, not secrets: `<password>`, `${TOKEN}`, `****`, `example`. */
export const PLACEHOLDER = /^(?:<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\}|\*+|x+|\.\.\.|example\w*|changeme|password|secret|your[-_]?\w*)$/i;

export const OWN_SECRET_PATTERNS: readonly SecretPattern[] = [
  { what: 'a private key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g, mayMatch: hasAll('private key') },
  { what: 'a password in a URL', pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@"'<>]+:([^\s/@"'<>]+)@[^\s/"'<>]/gi, mayMatch: hasAll('://', '@') },
  { what: 'an AWS access key id', pattern: /\b((?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA)[0-9A-Z]{16})\b/g, mayMatch: hasAny('akia', 'asia', 'agpa', 'aida', 'aroa', 'anpa', 'anva') },
  { what: 'a Google API key', pattern: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g, mayMatch: hasAll('aiza') },
  { what: 'a JSON Web Token', pattern: /\b(eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,})/g, mayMatch: hasAll('eyj') },
  {
    what: 'a password or API key',
    pattern: /\b(?:password|passwd|pwd|api[_-]?key|secret[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret)\s*[:=]\s*["']?([^\s"'<>,;]{8,})/gi,
    mayMatch: hasAny('password', 'passwd', 'pwd', 'api', 'secret', 'token'),
  },
];
