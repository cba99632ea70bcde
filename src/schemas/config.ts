/**
 * The shape of `baton.config.yml`: the site's settings, the teams that can own pages, and the
 * checker's options. Every key is optional; the defaults below are what an empty file means.
 */
import { z } from 'zod';
import { interval, KEBAB_CASE, text, timeZone } from './fields.ts';

/** A rule's severity as configured: `off`, `warn` or `error`. */
export const ruleSetting = z.enum(['off', 'warn', 'error']);

/** A team that can own pages, with the name readers see and an optional forge team handle. */
export const teamDefinition = z.strictObject({
  /** The team's display name, e.g. `IP & Legal`. */
  name: text,
  /** A forge team handle for CODEOWNERS, e.g. `@example-org/ip-legal`; members' handles otherwise. */
  handle: z.string().regex(/^@[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, { message: 'must be a forge team handle like `@org/team`' }).optional(),
  /** One line on what the team does. */
  description: text.optional(),
});

/** How the section navigation of entry pages groups each section's pages. */
export const navigationSettings = z.strictObject({
  /** `function` (a playbook's first function), `team` (its first team), `tag` (its first tag) or `none`. */
  playbooks: z.enum(['function', 'team', 'tag', 'none']).default('function'),
  /** `team` (the role's team), `region` or `none`. */
  roles: z.enum(['team', 'region', 'none']).default('team'),
  /** `state` (planned, in progress, complete), `role`, `team` (the handover's first team) or `none`. */
  handovers: z.enum(['state', 'role', 'team', 'none']).default('state'),
  /** `kind` (joint venture, alliance, licence, research), `team` (the agreement's first team) or `none`. */
  partners: z.enum(['kind', 'team', 'none']).default('kind'),
  /** `team` (the person's team), `region` or `none`. */
  people: z.enum(['team', 'region', 'none']).default('team'),
  /** `letter` (the term's first letter) or `none`. */
  glossary: z.enum(['letter', 'none']).default('letter'),
});

/** Settings of the published site. */
export const siteSettings = z.strictObject({
  /** The handbook's name, shown in the header and the page title. */
  title: text.default('Baton'),
  /** One line under the title on the home page. */
  description: text.default('How we work, who owns what, and what is handed over.'),
  /** The address the site is published at; used for the sitemap and the feed. */
  url: z.url().default('https://handbook.example.org'),
  /** Where "Edit this page" points: a file path is appended, e.g. `.../edit/main/` + `content/...`. */
  edit_url: z.url().default('https://github.com/example-org/handbook/edit/main/'),
  /** Where a file's history is shown: a file path is appended. */
  history_url: z.url().default('https://github.com/example-org/handbook/commits/main/'),
  /** The one time zone all dates and times on the site are shown in. */
  time_zone: timeZone.default('UTC'),
  /** Publish `confidential` pages too. Off by default: they are left out of the site and the index. */
  include_confidential: z.boolean().default(false),
  /** How each section's pages are grouped in the navigation beside every entry page. */
  navigation: navigationSettings.default(navigationSettings.parse({})),
});

/** Options of `npm run check -- --external`, which checks `http(s)` links over the network. */
export const externalLinkSettings = z.strictObject({
  /** Seconds to wait for an answer before giving up on a URL. */
  timeout_seconds: z.number().positive().max(300).default(10),
  /** Requests under way at once, in all. */
  concurrency: z.number().int().min(1).max(64).default(8),
  /** Requests under way at once to any one host, to stay polite. */
  per_host: z.number().int().min(1).max(16).default(2),
  /** Further attempts after a `429` or `5xx` answer or a dropped connection. */
  retries: z.number().int().min(0).max(10).default(3),
  /** The longest a `Retry-After` header may make the checker wait, in seconds. */
  max_retry_wait_seconds: z.number().min(0).max(600).default(60),
  /** Redirects followed before a link counts as broken. */
  max_redirects: z.number().int().min(0).max(20).default(5),
  /** How long a result stays in the cache before the URL is checked again: `1d`, `1w`. */
  cache_max_age: interval.default('1d'),
  /** URLs never checked: a prefix, or a pattern with `*` for any characters. */
  ignore: z.array(text).default([]),
});

/** Options of the `secret` rule. */
export const secretSettings = z.strictObject({
  /** Values that look like credentials but are documented examples, never reported. */
  allow: z.array(text).default([]),
});

/** What MDX pages may import. */
export const mdxSettings = z.strictObject({
  /** Components MDX may import: paths from the handbook root (a trailing `/` allows a whole folder), or package names. */
  allowed_imports: z.array(text).default(['src/components/mdx/']),
});

/** Options of `npm run check`. */
export const checkSettings = z.strictObject({
  /** A review due within this long is reported as due soon: `30d`, `6w`. */
  due_soon: interval.default('30d'),
  /** An agreement whose renewal notice falls within this long is reported: `60d`. */
  renewal_window: interval.default('90d'),
  /** The longest `review_every` a page may have: a page reviewed less often than this is not kept. */
  max_review_every: interval.default('3y'),
  /** The largest page, in bytes, that is read; a larger one is refused unread. */
  max_page_bytes: z.number().int().min(1_000).default(1_000_000),
  /** How deep quotes and lists may nest in a page; a deeper page is refused unread, since parsing it costs the square of its depth. */
  max_nesting: z.number().int().min(4).max(1_000).default(32),
  /** What MDX pages may import. */
  mdx: mdxSettings.default(mdxSettings.parse({})),
  /** What the `secret` rule lets through. */
  secrets: secretSettings.default(secretSettings.parse({})),
  /** How `--external` checks `http(s)` links. */
  external: externalLinkSettings.default(externalLinkSettings.parse({})),
  /** Severity per rule id: `off`, `warn` or `error`. Rules not listed keep their default. */
  rules: z.record(z.string().regex(KEBAB_CASE), ruleSetting).default({}),
});

/** The whole of `baton.config.yml`. */
export const projectConfigSchema = z.strictObject({
  /** How the site is built and where it links to: its URL, the forge's edit and history links, what it publishes. */
  site: siteSettings.default(siteSettings.parse({})),
  /** Teams that can own pages and that people belong to, by id. */
  teams: z.record(z.string().regex(KEBAB_CASE, { message: 'must be a kebab-case team id' }), teamDefinition).default({}),
  /** How `npm run check` judges the handbook: rule severities, windows, external links, secrets, MDX imports. */
  check: checkSettings.default(checkSettings.parse({})),
});

/** `baton.config.yml` after validation, with every default filled in. */
export type ProjectConfig = z.infer<typeof projectConfigSchema>;
