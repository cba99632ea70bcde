/**
 * The one registry of Baton's rules: each rule's permanent id, its group (for `--only`), its kind,
 * its default severity and a one-line summary. The checker pairs each entry with its check, the
 * readers tag what they find with these ids, the README's table and every rule's documentation page
 * are tested against it. Nothing else spells a rule id.
 *
 * A rule's kind says what a finding means and so what it may block:
 * - `content`: the page is wrong as written (schema, people it names, links, anchors, secrets, unsafe
 *   HTML, MDX). The build refuses it; the pull-request gate fails on it wherever it is.
 * - `time`: the page needs someone's attention because the world moved on: the calendar (reviews,
 *   renewals, milestones, handovers, agreement ends), people leaving, or a critical role left without
 *   cover. The site shows it (badges, banners, the dashboard) and still deploys; the pull-request
 *   gate fails on it only in pages the pull request changed.
 */
import type { Severity } from './diagnostic.ts';

/** Rule groups, for `--only <group>`. */
export const RULE_GROUPS = ['schema', 'owners', 'review', 'links', 'references', 'succession', 'partners', 'confidentiality', 'external', 'secrets', 'security'] as const;

/** One of `RULE_GROUPS`. */
export type RuleGroup = (typeof RULE_GROUPS)[number];

/** Whether a finding means the page is wrong as written (`content`) or has fallen due (`time`). */
export type RuleKind = 'content' | 'time';

/** What the registry says of a rule. */
export interface RuleInfo {
  /** Permanent kebab-case id: what messages, settings and `--only` name. */
  readonly id: string;
  readonly group: RuleGroup;
  readonly kind: RuleKind;
  /** The severity its findings have unless a finding or the settings say otherwise. */
  readonly severity: Severity;
  /** One line saying what the rule asks of a page. */
  readonly summary: string;
}

/** Every rule, by the name code uses for it, in the order the documentation lists them. */
export const RULES = {
  fileEncoding: { id: 'file-encoding', group: 'schema', kind: 'content', severity: 'error', summary: 'Files must be UTF-8 text with LF line endings: no UTF-16, NUL bytes, lone carriage returns (a BOM or CRLF is a warning).' },
  frontmatter: { id: 'frontmatter', group: 'schema', kind: 'content', severity: 'error', summary: 'Frontmatter must be YAML between two lines of exactly `---`, without tags, anchors, aliases or duplicate fields.' },
  schema: { id: 'schema', group: 'schema', kind: 'content', severity: 'error', summary: 'Every frontmatter field must match its content type\'s schema: required fields present, values of the right kind, no unknown fields.' },
  fileName: { id: 'file-name', group: 'schema', kind: 'content', severity: 'error', summary: 'File names must be ids the site can route: kebab-case, `.md` or `.mdx` in lower case, inside a collection folder.' },
  unsafePath: { id: 'unsafe-path', group: 'schema', kind: 'content', severity: 'error', summary: 'Content must not be a symlink that leads outside its folder.' },
  mdxSyntax: { id: 'mdx-syntax', group: 'schema', kind: 'content', severity: 'error', summary: 'An MDX page must parse: every tag closed, every brace balanced, a literal `<` or `{` escaped.' },
  mdxUnknownComponent: { id: 'mdx-unknown-component', group: 'schema', kind: 'content', severity: 'error', summary: 'An MDX page may use only the components it imports: any other capitalised tag (`<Highlight>`) stops the build.' },
  pageLimits: { id: 'page-limits', group: 'schema', kind: 'content', severity: 'error', summary: 'A page must stay within `check.max_page_bytes` (1 MB) and nest quotes and lists at most `check.max_nesting` (32) levels deep; a page past either limit is refused unread.' },
  valueCutByComment: { id: 'value-cut-by-comment', group: 'schema', kind: 'content', severity: 'warning', summary: 'A plain frontmatter value must not run into ` #`, which YAML reads as the start of a comment: `title: Step #1` is the title `Step`.' },
  unknownPerson: { id: 'unknown-person', group: 'owners', kind: 'content', severity: 'error', summary: 'Owners, reviewers, role holders, backups, successors, handover people, mentors and escalation contacts must be in the people directory.' },
  departedOwner: { id: 'departed-owner', group: 'owners', kind: 'time', severity: 'error', summary: 'A person who has left must not still be an owner, role holder, backup, successor, handover successor, mentor or escalation contact.' },
  departedReviewer: { id: 'departed-reviewer', group: 'owners', kind: 'time', severity: 'warning', summary: 'A person who has left should not still be listed as a reviewer.' },
  reviewOverdue: { id: 'review-overdue', group: 'review', kind: 'time', severity: 'error', summary: 'An active page must be reviewed by `last_reviewed` plus `review_every`.' },
  reviewDueSoon: { id: 'review-due-soon', group: 'review', kind: 'time', severity: 'warning', summary: 'An active page whose next review falls within `check.due_soon` (30 days by default) is flagged ahead of time.' },
  reviewDateFuture: { id: 'review-date-future', group: 'review', kind: 'time', severity: 'error', summary: '`last_reviewed` must not be in the future: a review is recorded after it happens.' },
  reviewIntervalTooLong: { id: 'review-interval-too-long', group: 'review', kind: 'content', severity: 'error', summary: '`review_every` must not be longer than `check.max_review_every` (3 years by default): a page reviewed less often is not kept.' },
  translationBehind: { id: 'translation-behind', group: 'review', kind: 'time', severity: 'warning', summary: 'A translation must record the revision of its source it translates (`source_revision`); once the source changes, it is behind, and the finding names the headings added, removed or renamed since.' },
  placeholderText: { id: 'placeholder-text', group: 'review', kind: 'content', severity: 'error', summary: 'A page that is not a draft must not still hold a placeholder sentence of its template (`Say what …`): readers would see it.' },
  brokenLink: { id: 'broken-link', group: 'links', kind: 'content', severity: 'error', summary: 'Every link must lead to a page, file or section of the site that exists: relative `.md` links, site paths, images and files under `public/`.' },
  brokenAnchor: { id: 'broken-anchor', group: 'links', kind: 'content', severity: 'error', summary: 'A link to a heading (`#anchor`) must name a heading the target page really has, as the site renders it.' },
  linkOutsideHandbook: { id: 'link-outside-handbook', group: 'links', kind: 'content', severity: 'error', summary: 'A relative link must not climb out of the repository with `../`, even to a file that exists.' },
  emptyLink: { id: 'empty-link', group: 'links', kind: 'content', severity: 'error', summary: 'A link or image must have an address: `[text]()`, `[text](#)` and a reference definition without one lead nowhere.' },
  undefinedLinkReference: { id: 'undefined-link-reference', group: 'links', kind: 'content', severity: 'error', summary: 'A reference link (`[text][label]`, `[label][]`) must have its definition `[label]: address`, and a definition must be one Markdown reads; otherwise both are published as literal text.' },
  emptyHeadingId: { id: 'empty-heading-id', group: 'links', kind: 'content', severity: 'warning', summary: 'A heading needs a letter or digit to make its id from: `## 🔥` gets none, so no link can lead to it.' },
  anchorToDuplicateHeading: { id: 'anchor-to-duplicate-heading', group: 'links', kind: 'content', severity: 'warning', summary: 'A link should not lead to a heading whose title repeats an earlier one (`#steps-1`): its id changes whenever a heading of that title is added or removed above it.' },
  unknownReference: { id: 'unknown-reference', group: 'references', kind: 'content', severity: 'error', summary: 'Roles named in `related_roles` and `role`, teams named in `teams` and `team`, and the page a translation translates, must exist.' },
  duplicateId: { id: 'duplicate-id', group: 'references', kind: 'content', severity: 'error', summary: 'No two entries of a collection may share an id (and so a URL).' },
  criticalRoleWithoutBackup: { id: 'critical-role-without-backup', group: 'succession', kind: 'time', severity: 'error', summary: 'A role marked `critical: true` must name a `backup` who stands in when the holder is away.' },
  criticalRoleWithoutSuccessor: { id: 'critical-role-without-successor', group: 'succession', kind: 'time', severity: 'warning', summary: 'A critical role should name a `successor` or have a handover under way, so knowledge does not leave with its holder.' },
  handoverOverdue: { id: 'handover-overdue', group: 'succession', kind: 'time', severity: 'error', summary: 'A handover must be complete by its `due` date: no open matters, contacts, documents or sessions left.' },
  agreementExpired: { id: 'agreement-expired', group: 'partners', kind: 'time', severity: 'error', summary: 'An active partner agreement must not be past its `end` date.' },
  agreementRenewalDue: { id: 'agreement-renewal-due', group: 'partners', kind: 'time', severity: 'warning', summary: 'An agreement whose last day to give renewal notice (`end` minus `renewal_notice`) falls within `check.renewal_window` is flagged.' },
  milestoneOverdue: { id: 'milestone-overdue', group: 'partners', kind: 'time', severity: 'error', summary: 'Every deliverable and milestone of an active agreement past its `due` date must be `done: true`.' },
  agreementReviewOverdue: { id: 'agreement-review-overdue', group: 'partners', kind: 'time', severity: 'error', summary: 'An active agreement with a `review_cadence` must record a review in `reviews` within one cadence of the last one (or of `start`).' },
  reviewActionOverdue: { id: 'review-action-overdue', group: 'partners', kind: 'time', severity: 'warning', summary: 'Every action a partnership review agreed must be `done: true` by its `due` date.' },
  kpiNotMeasured: { id: 'kpi-not-measured', group: 'partners', kind: 'time', severity: 'warning', summary: 'Every KPI of an active agreement with a `review_cadence` must be measured within one cadence of its last measurement (or of `start`).' },
  disputeOverstayed: { id: 'dispute-overstayed', group: 'partners', kind: 'time', severity: 'error', summary: 'An open dispute must not sit at an escalation level longer than that level\'s `within`: settle it or take it up a level.' },
  obligationMissed: { id: 'obligation-missed', group: 'partners', kind: 'time', severity: 'error', summary: 'Every obligation of an active agreement, one-off or recurring, must be met by each due date and recorded with `done_through`.' },
  linkToUnpublished: { id: 'link-to-unpublished', group: 'confidentiality', kind: 'content', severity: 'error', summary: 'A published page must not link to a draft or confidential page: the site leaves those out, so the link leads nowhere.' },
  mdxCode: { id: 'mdx-code', group: 'security', kind: 'content', severity: 'error', summary: 'MDX may import only the project\'s own components, may not `export`, and may hold only literals, names and `frontmatter` fields in braces: nothing that runs code at build time.' },
  unsafeHtml: { id: 'unsafe-html', group: 'security', kind: 'content', severity: 'error', summary: 'Raw HTML (and lower-case JSX) may use only content elements: no `<script>`, `<iframe>`, `<svg>`, forms or embeds, no `on*` event handlers, no inline `style`.' },
  unsafeLink: { id: 'unsafe-link', group: 'security', kind: 'content', severity: 'error', summary: 'A link or image may point only at `http(s):`, `mailto:`, `tel:` or a relative address; `javascript:` and other schemes are refused in every spelling.' },
  bidiControl: { id: 'bidi-control', group: 'security', kind: 'content', severity: 'error', summary: 'Frontmatter and headings must not hold invisible bidi control characters (`U+202A`–`U+202E`, `U+2066`–`U+2069`), which show text in another order than it is written.' },
  secret: { id: 'secret', group: 'secrets', kind: 'content', severity: 'error', summary: 'No credentials in content: API keys, tokens, private keys, passwords in URLs or fields, live payment keys. The message never shows the value.' },
  externalLink: { id: 'external-link', group: 'external', kind: 'content', severity: 'error', summary: 'With `--external`, every `http(s)` link must answer: no `404`, `410` or other error, no endless redirects; unreachable hosts are warnings.' },
  codeownersDrift: { id: 'codeowners-drift', group: 'owners', kind: 'content', severity: 'error', summary: 'When `.github/CODEOWNERS` exists, it must ask each page\'s owner to review changes to the page, as `npm run codeowners` writes it.' },
} as const satisfies Record<string, RuleInfo>;

/** The name code uses for a rule: `brokenLink`. */
export type RuleName = keyof typeof RULES;

/** A rule's permanent id: `broken-link`. */
export type RuleId = (typeof RULES)[RuleName]['id'];

/** Every rule in documentation order. */
export const RULE_LIST: readonly RuleInfo[] = Object.values(RULES);

/** The rule with id `id`, if there is one. */
export function ruleById(id: string): RuleInfo | undefined {
  return RULE_LIST.find((rule) => rule.id === id);
}

/** The documentation page of a rule, relative to the project root. */
export function ruleDocsPath(id: string): string {
  return `scripts/checker/rules/${id}.md`;
}
