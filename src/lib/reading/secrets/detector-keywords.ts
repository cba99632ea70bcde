/**
 * What each secret detector's findings always contain, so a file without those keywords can skip
 * the detector: the keyword prefilter of dedicated scanners (gitleaks' `keywords`, trufflehog's
 * keyword pre-check). Every entry is read off the rule's source in
 * `@secretlint/secretlint-rule-preset-recommend` 13.0.7 (`module/index.js`); the pattern's literal
 * part is quoted beside it. A keyword must be in every finding, case aside, or the prefilter would
 * let a secret through: the tests plant a true secret for every detector and compare the scan with
 * and without the prefilter, and fail when the preset gains a rule this table does not know.
 */

/** What a detector's every finding contains, ignoring ASCII case: one of `anyOf`, and all of `allOf`. */
export interface Keywords {
  anyOf: readonly string[];
  allOf?: readonly string[];
}

/** `api[_-]?key` → `apikey`, `api_key`, `api-key`. */
export function joinedKeywords(first: string, second: string): string[] {
  return ['', '_', '-'].map((separator) => `${first}${separator}${second}`);
}

/**
 * The preset's scanners, by rule id. Baton names every source `content.md` with no extension, so
 * the npm rule runs only its `npm_` token pattern (its `package.json` and `.npmrc` checks go by file
 * name), and the AWS rule only its secret-key pattern (its key-id scan is off by default; Baton's own
 * pattern finds key ids).
 */
export const SECRETLINT_KEYWORDS: Readonly<Record<string, Keywords>> = {
  // `(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KEY|key|Key)`
  '@secretlint/secretlint-rule-aws': { anyOf: ['secretaccesskey', 'secretaccess_key', 'secret_accesskey', 'secret_access_key'] },
  // `-----BEGIN[ ]?(…)?PRIVATE KEY(?: BLOCK)?-----\n?(…)\n?-----END`
  '@secretlint/secretlint-rule-privatekey': { anyOf: ['-----begin'], allOf: ['private key', '-----end'] },
  // `npm_[A-Za-z0-9_]{36}`
  '@secretlint/secretlint-rule-npm': { anyOf: ['npm_'] },
  // `(?:https?|ftp|ftps):\/\/(user):(password)@host`
  '@secretlint/secretlint-rule-basicauth': { anyOf: ['http://', 'https://', 'ftp://', 'ftps://'], allOf: ['@'] },
  // `\b(?:xoxb|xoxp|xapp|xoxa|xoxo|xoxr)-` and `https:\/\/hooks\.slack\.com\/services\/` (case-insensitive)
  '@secretlint/secretlint-rule-slack': { anyOf: ['xoxb-', 'xoxp-', 'xapp-', 'xoxa-', 'xoxo-', 'xoxr-', 'hooks.slack.com/services/'] },
  // `SG\.\w{1,128}\.…`
  '@secretlint/secretlint-rule-sendgrid': { anyOf: ['sg.'] },
  // `(shppa|shpca|shpat|shpss)_`
  '@secretlint/secretlint-rule-shopify': { anyOf: ['shppa_', 'shpca_', 'shpat_', 'shpss_'] },
  // `(sk_live|sk_test|rk_live|rk_test)_`
  '@secretlint/secretlint-rule-stripe': { anyOf: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'] },
  // `(ghp|gho|ghu|ghs|ghr)_`, `(github_pat)_`, and `(ghs)_[0-9]{1,20}_` for app installation tokens
  '@secretlint/secretlint-rule-github': { anyOf: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'] },
  // `glpat-`
  '@secretlint/secretlint-rule-gitlab': { anyOf: ['glpat-'] },
  // `glc_` and `glsa_`
  '@secretlint/secretlint-rule-grafana': { anyOf: ['glc_', 'glsa_'] },
  // `sk-(?:proj|svcacct|admin)-…T3BlbkFJ…` or `sk-[a-zA-Z0-9]{20}T3BlbkFJ…`
  '@secretlint/secretlint-rule-openai': { anyOf: ['t3blbkfj'], allOf: ['sk-'] },
  // `sk-ant-api0\d-`
  '@secretlint/secretlint-rule-anthropic': { anyOf: ['sk-ant-api0'] },
  // `gsk_`
  '@secretlint/secretlint-rule-groq': { anyOf: ['gsk_'] },
  // `hf_`
  '@secretlint/secretlint-rule-huggingface': { anyOf: ['hf_'] },
  // `lin_api_`
  '@secretlint/secretlint-rule-linear': { anyOf: ['lin_api_'] },
  // `ntn_`
  '@secretlint/secretlint-rule-notion': { anyOf: ['ntn_'] },
  // `ops_(ey…fQ={0,2})`
  '@secretlint/secretlint-rule-1password': { anyOf: ['ops_ey'] },
  // `mongodb(?:\+srv)?:\/\/`, `(?:jdbc:)?mysql(?:x)?:\/\/`, `postgres(?:ql)?:\/\/` (case-insensitive),
  // reported only with a user and a password, which the `@` closes
  '@secretlint/secretlint-rule-database-connection-string': { anyOf: ['mongodb', 'mysql', 'postgres'], allOf: ['://', '@'] },
  // `hvs\.`, `hvb\.`, `hvr\.`
  '@secretlint/secretlint-rule-hashicorp-vault': { anyOf: ['hvs.', 'hvb.', 'hvr.'] },
  // `(vcp|vci|vca|vcr|vck)_`
  '@secretlint/secretlint-rule-vercel': { anyOf: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'] },
  // `dapi[A-Fa-f0-9]{32}`
  '@secretlint/secretlint-rule-databricks': { anyOf: ['dapi'] },
  // `dckr_pat_`
  '@secretlint/secretlint-rule-docker': { anyOf: ['dckr_pat_'] },
  // `figd_`
  '@secretlint/secretlint-rule-figma': { anyOf: ['figd_'] },
  // `(cfk|cfut|cfat)_`
  '@secretlint/secretlint-rule-cloudflare': { anyOf: ['cfk_', 'cfut_', 'cfat_'] },
  // `tskey-`
  '@secretlint/secretlint-rule-tailscale': { anyOf: ['tskey-'] },
};

/**
 * The preset's rule that lets `secretlint-disable` comments silence findings. It finds nothing by
 * itself, so it runs when a scanner runs and the file holds one of its comments.
 */
export const SECRETLINT_FILTER: { id: string; keywords: Keywords } = { id: '@secretlint/secretlint-rule-filter-comments', keywords: { anyOf: ['secretlint-'] } };

/** Preset rules that never report on a source named `content.md`, and why. */
export const SECRETLINT_NEVER_ON_MARKDOWN: Readonly<Record<string, string>> = {
  // Stryker disable next-line StringLiteral: the reason is for the reader; no code reads it.
  '@secretlint/secretlint-rule-gcp': 'reads only files whose extension is `.json` or `.p12`',
};

/** Whether a detector with `keywords` may find something in a text holding the keywords `present`. */
export function mayMatch(keywords: Keywords, present: ReadonlySet<string>): boolean {
  return keywords.anyOf.some((keyword) => present.has(keyword)) && (keywords.allOf ?? []).every((keyword) => present.has(keyword));
}
