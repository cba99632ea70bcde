/**
 * Finds credentials committed into a file: frontmatter, body and HTML comments alike. secretlint's
 * recommended preset does most of the work; Baton's own patterns fill its gaps. Findings name the
 * kind of credential and where it is, never the value, so a report can be shared without spreading
 * the secret further. Values on the allow-list (documented examples) are not reported.
 */
import { lintSource } from '@secretlint/core';
import { creator as recommendedRules } from '@secretlint/secretlint-rule-preset-recommend';
import type { Finding } from '../../diagnostic.ts';
import { positionOfOffset } from '../source-text.ts';
import { OWN_SECRET_PATTERNS, PLACEHOLDER } from './own-patterns.ts';

/** Keys published in vendors' own documentation as examples; they open nothing. */
export const DOCUMENTED_EXAMPLE_KEYS: readonly string[] = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'];

const SECRETLINT_CONFIG = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommendedRules }] };

const HINT = 'remove it, revoke it where it was issued, and keep it in the password manager; a documented example can go in `check.secrets.allow`';

/** Every credential in `text`, each at its position, described without its value. */
export async function scanForSecrets(text: string, allow: readonly string[], firstLine = 1): Promise<Finding[]> {
  const allowed = new Set([...DOCUMENTED_EXAMPLE_KEYS, ...allow]);
  const isAllowed = (value: string) => allowed.has(value) || [...allowed].some((example) => value.includes(example));
  const found: { start: number; end: number; finding: Finding }[] = [];
  // The same credential can be matched by secretlint and by a pattern of ours; report it once.
  const record = (start: number, end: number, what: string) => {
    if (found.some((known) => start < known.end && known.start < end)) return;
    const { line, column } = positionOfOffset(text, start);
    found.push({ start, end, finding: { line: line + firstLine - 1, column, message: `File contains what looks like ${what}; the value is not shown here`, hint: HINT } });
  };

  const result = await lintSource({ source: { filePath: 'content.md', content: text, contentType: 'text' }, options: { config: SECRETLINT_CONFIG, maskSecrets: true, noPhysicFilePath: true } });
  for (const message of result.messages) {
    const [start, end] = message.range;
    if (isAllowed(text.slice(start, end))) continue;
    record(start, end, describeSecretlintRule(message.ruleId));
  }
  const lower = text.toLowerCase();
  for (const { what, pattern, mayMatch } of OWN_SECRET_PATTERNS) {
    if (!mayMatch(lower)) continue;
    for (const match of text.matchAll(pattern)) {
      const value = match[1] ?? match[0];
      if (PLACEHOLDER.test(value) || isAllowed(value) || isAllowed(match[0])) continue;
      const start = match.index + (match[1] ? match[0].indexOf(match[1]) : 0);
      record(start, match.index + match[0].length, what);
    }
  }
  return found.map(({ finding }) => finding).sort((a, b) => a.line - b.line || a.column - b.column);
}

/** `@secretlint/secretlint-rule-github` → `a GitHub credential`. */
function describeSecretlintRule(ruleId: string): string {
  const name = ruleId.replace(/^@secretlint\/secretlint-rule-/, '');
  const names: Record<string, string> = { aws: 'an AWS credential', github: 'a GitHub token', slack: 'a Slack token or webhook', stripe: 'a Stripe live key', npm: 'an npm token', privatekey: 'a private key', basicauth: 'a password in a URL', gcp: 'a Google Cloud credential', openai: 'an OpenAI API key', anthropic: 'an Anthropic API key', sendgrid: 'a SendGrid API key', 'database-connection-string': 'a database password in a connection string' };
  return names[name] ?? `a ${name} credential`;
}
