/**
 * Finds credentials committed into a file: frontmatter, body and HTML comments alike. secretlint's
 * recommended preset does most of the work; Baton's own patterns fill its gaps. Findings name the
 * kind of credential and where it is, never the value, so a report can be shared without spreading
 * the secret further. Values on the allow-list (documented examples) are not reported.
 *
 * A keyword prefilter comes first: one pass over the text finds which detectors' keywords it holds,
 * only those detectors run, and a file with none is done. Most pages hold none, and secretlint's
 * rules cost far more than the pass (at 5,000 pages they were most of the check's time).
 */
import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { creator as recommendedRules, rules as presetRules } from '@secretlint/secretlint-rule-preset-recommend';
import type { Finding } from '../../diagnostic.ts';
import { positionOfOffset } from '../source-text.ts';
import { mayMatch, SECRETLINT_FILTER, SECRETLINT_KEYWORDS, type Keywords } from './detector-keywords.ts';
import { keywordSearch } from './keyword-search.ts';
import { OWN_SECRET_PATTERNS, PLACEHOLDER } from './own-patterns.ts';

// secretlint's profiler records a performance mark per file and rule and keeps every one (a million
// at 20,000 pages, with Node's warning); nothing in Baton reads them.
secretLintProfiler.setEnabled(false);

/** Keys published in vendors' own documentation as examples; they open nothing. */
export const DOCUMENTED_EXAMPLE_KEYS: readonly string[] = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'];

const SECRETLINT_CONFIG = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommendedRules }] };
const SCANNERS = presetRules.filter((rule) => rule.meta.id in SECRETLINT_KEYWORDS).map((rule) => ({ id: rule.meta.id, rule, keywords: SECRETLINT_KEYWORDS[rule.meta.id]! }));
const FILTER = presetRules.filter((rule) => rule.meta.id === SECRETLINT_FILTER.id).map((rule) => ({ id: rule.meta.id, rule }));
const findKeywords = keywordSearch([...new Set([...SCANNERS, SECRETLINT_FILTER, ...OWN_SECRET_PATTERNS].flatMap(({ keywords }) => [...keywords.anyOf, ...(keywords.allOf ?? [])]))]);

const HINT = 'remove it, revoke it where it was issued, and keep it in the password manager; a documented example can go in `check.secrets.allow`';

/** How to scan. */
export interface ScanOptions {
  /** Run every detector on every file, without the keyword prefilter: for the tests and the benchmark that compare the two. */
  everyDetector?: boolean;
}

/** The detectors the prefilter lets run on `text`: secretlint rule ids and ids of Baton's own patterns. */
export function detectorsFor(text: string): Set<string> {
  const present = findKeywords(text);
  const ids = [...SCANNERS, ...OWN_SECRET_PATTERNS].filter(({ keywords }) => mayMatch(keywords, present)).map(({ id }) => id);
  return new Set(ids);
}

/** Every credential in `text`, each at its position, described without its value. */
export async function scanForSecrets(text: string, allow: readonly string[], firstLine = 1, options: ScanOptions = {}): Promise<Finding[]> {
  const present = options.everyDetector ? undefined : findKeywords(text);
  if (present?.size === 0) return [];
  const runs = (keywords: Keywords) => !present || mayMatch(keywords, present);

  const allowed = new Set([...DOCUMENTED_EXAMPLE_KEYS, ...allow]);
  const isAllowed = (value: string) => allowed.has(value) || [...allowed].some((example) => value.includes(example));
  const found: { start: number; end: number; finding: Finding }[] = [];
  // The same credential can be matched by secretlint and by a pattern of ours; report it once.
  const record = (start: number, end: number, what: string) => {
    if (found.some((known) => start < known.end && known.start < end)) return;
    const { line, column } = positionOfOffset(text, start);
    found.push({ start, end, finding: { line: line + firstLine - 1, column, message: `File contains what looks like ${what}; the value is not shown here`, hint: HINT } });
  };

  // Stryker disable next-line MethodExpression: the filter spares secretlint the rules whose keywords are absent; running them all finds the same, as the tests that compare the scan with and without the prefilter show.
  const scanners = SCANNERS.filter(({ keywords }) => runs(keywords));
  if (scanners.length > 0) {
    const filter = runs(SECRETLINT_FILTER.keywords) ? FILTER : [];
    const config = present ? { rules: [...scanners, ...filter] } : SECRETLINT_CONFIG;
    // Stryker disable next-line BooleanLiteral: Baton reads only each message's range and rule id, never its text (masked or not), and no rule of the preset reads the physical file path.
    const result = await lintSource({ source: { filePath: 'content.md', content: text, contentType: 'text' }, options: { config, maskSecrets: true, noPhysicFilePath: true } });
    for (const message of result.messages) {
      const [start, end] = message.range;
      if (isAllowed(text.slice(start, end))) continue;
      record(start, end, describeSecretlintRule(message.ruleId));
    }
  }
  for (const { pattern, what, keywords } of OWN_SECRET_PATTERNS) {
    if (!runs(keywords)) continue;
    for (const match of text.matchAll(pattern)) {
      const value = match[1] ?? match[0];
      if (PLACEHOLDER.test(value) || isAllowed(value) || isAllowed(match[0])) continue;
      const start = match.index + (match[1] ? match[0].indexOf(match[1]) : 0);
      record(start, match.index + match[0].length, what);
    }
  }
  return found.map(({ finding }) => finding).sort((a, b) => a.line - b.line || a.column - b.column);
}

/** What each secretlint rule finds, for the message; a rule added to the preset later reads `a <name> credential`. */
const SECRETLINT_RULE_NAMES: Readonly<Record<string, string>> = {
  aws: 'an AWS credential',
  github: 'a GitHub token',
  slack: 'a Slack token or webhook',
  stripe: 'a Stripe live key',
  npm: 'an npm token',
  privatekey: 'a private key',
  basicauth: 'a password in a URL',
  gcp: 'a Google Cloud credential',
  openai: 'an OpenAI API key',
  anthropic: 'an Anthropic API key',
  sendgrid: 'a SendGrid API key',
  'database-connection-string': 'a database password in a connection string',
  shopify: 'a Shopify access token',
  gitlab: 'a GitLab access token',
  grafana: 'a Grafana token',
  groq: 'a Groq API key',
  huggingface: 'a Hugging Face access token',
  linear: 'a Linear API key',
  notion: 'a Notion integration token',
  '1password': 'a 1Password service-account token',
  'hashicorp-vault': 'a HashiCorp Vault token',
  vercel: 'a Vercel token',
  databricks: 'a Databricks access token',
  docker: 'a Docker access token',
  figma: 'a Figma access token',
  cloudflare: 'a Cloudflare API key or token',
  tailscale: 'a Tailscale key',
};

/** `@secretlint/secretlint-rule-github` → `a GitHub token`. */
function describeSecretlintRule(ruleId: string): string {
  // Stryker disable next-line Regex: every rule id starts with the prefix, so the anchor changes nothing.
  const name = ruleId.replace(/^@secretlint\/secretlint-rule-/, '');
  // Stryker disable next-line StringLiteral: reached only by a rule the preset gains later, and the test that every preset rule is known fails first.
  return SECRETLINT_RULE_NAMES[name] ?? `a ${name} credential`;
}
