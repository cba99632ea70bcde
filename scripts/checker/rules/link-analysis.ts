/**
 * Judges every link of a file once, for the link rules that report on it: `broken-link`,
 * `broken-anchor`, `link-outside-handbook`, `link-to-unpublished` and `anchor-to-duplicate-heading`.
 * External URLs are left to `check --external`. A document of a source folder (`--only links DIR`)
 * is judged against its own folder, as its own site routes it (`source-links.ts`).
 */
import { posix } from 'node:path';
import { closestMatch } from '../../../src/lib/printing/did-you-mean.ts';
import { resolveLink, type LinkTarget } from '../../../src/lib/judging/link-target.ts';
import { resolveSourceLink } from '../../../src/lib/judging/source-links.ts';
import { absoluteFromDisplay, displayPath, type SourceFolder } from '../../../src/lib/reading/discover.ts';
import type { OutlineLink } from '../../../src/lib/reading/markdown-outline.ts';
import { unpublishedLinkProblem, unpublishedReason } from '../../../src/lib/judging/unpublished-link.ts';
import { COLLECTION_LABELS } from '../../../src/lib/collections.ts';
import { RULES, type RuleInfo } from '../../../src/lib/rules.ts';
import { entryKey } from '../context.ts';
import { defineRule, type Rule } from '../rule.ts';
import type { CheckContext, CheckedFile, RuleFinding } from '../model.ts';

/** The link rules, by the name this module uses for each. */
const LINK_RULES = {
  broken: RULES.brokenLink.id,
  anchor: RULES.brokenAnchor.id,
  outside: RULES.linkOutsideHandbook.id,
  unpublished: RULES.linkToUnpublished.id,
  repeatedHeading: RULES.anchorToDuplicateHeading.id,
} as const;

/** A link problem and the rule that reports it. */
export interface LinkProblem {
  ruleId: (typeof LINK_RULES)[keyof typeof LINK_RULES];
  finding: RuleFinding;
}

/** Every problem with the links of `file`. */
export function linkProblems(file: CheckedFile, context: CheckContext): LinkProblem[] {
  return context.memo(file, 'link-problems', () => (file.outline?.links ?? []).flatMap((link) => judgeLink(file, link, context)));
}

function judgeLink(file: CheckedFile, link: OutlineLink, context: CheckContext): LinkProblem[] {
  const at = { line: link.line, column: link.column };
  const problem = (ruleId: LinkProblem['ruleId'], message: string, hint?: string): LinkProblem[] => [{ ruleId, finding: { ...at, message, ...(hint && { hint }) } }];
  const source = file.kind === 'document' ? context.sourceOf(file) : undefined;
  if (source) return judgeSourceLink(file, link, source, context, problem);
  const target = resolveLink(link.url, file.path);
  const written = `\`${link.url}\``;

  switch (target.kind) {
    case 'external':
      return [];
    case 'same-page':
      return judgeSamePageLink(file, target.anchor, problem);
    case 'outside':
      return climbsOut(written, problem);
    case 'asset':
      // A file the site itself writes (`/feed.xml`) is as good as one under `public/`.
      return context.assetExists(target.path) || context.routeExists(`/${target.path}`) ? [] : problem(LINK_RULES.broken, `Link target ${written} is not a file in \`public/\``, 'put the file under `public/`, or fix the path');
    case 'route':
      return context.routeExists(target.path) ? [] : problem(LINK_RULES.broken, `Link target ${written} is not a page of the site`, routeHint(target.path, context));
    case 'file':
      return judgeFileLink(target, written, context, problem);
    case 'entry':
      return judgeEntryLink(file, target, link.url, context, problem);
  }
}

type Problem = (ruleId: LinkProblem['ruleId'], message: string, hint?: string) => LinkProblem[];

/** A link to a heading of the page it is on (`#steps`); a bare `#` is the empty-link rule's. */
function judgeSamePageLink(file: CheckedFile, anchor: string, problem: Problem): LinkProblem[] {
  if (anchor === '') return [];
  return hasAnchor(file, anchor) ? repeatedHeading(file, anchor, 'this page', problem) : problem(LINK_RULES.anchor, `Heading \`#${anchor}\` does not exist in this page`, anchorHint(file, anchor));
}

function climbsOut(written: string, problem: Problem): LinkProblem[] {
  return problem(LINK_RULES.outside, `Link target ${written} climbs out of the handbook`, 'link only to pages and files inside the repository');
}

/** The names of the files read, by the folder they are in (as messages show it), for "did you mean". */
function filesByFolder(context: CheckContext): ReadonlyMap<string, string[]> {
  return context.shared('files-by-folder', () => {
    const folders = new Map<string, string[]>();
    for (const file of context.files) {
      const folder = posix.dirname(file.path);
      const names = folders.get(folder);
      if (names) names.push(posix.basename(file.path));
      else folders.set(folder, [posix.basename(file.path)]);
    }
    return folders;
  });
}

/** A link of a document in a source folder, judged as that folder's own site serves it. */
function judgeSourceLink(file: CheckedFile, link: OutlineLink, source: SourceFolder, context: CheckContext, problem: Problem): LinkProblem[] {
  const from = context.memo(file, 'absolute-path', () => absoluteFromDisplay(context.root, file.path));
  const target = resolveSourceLink(link, from, source, context.routing, context.sourceLookup(source));
  const written = link.kind === 'wiki' ? `\`[[${link.url}]]\`` : link.kind === 'ref' ? `\`ref "${link.url}"\`` : `\`${link.url}\``;
  const shown = (path: string) => displayPath(context.root, path);
  switch (target.kind) {
    case 'external':
      return [];
    case 'same-page':
      return judgeSamePageLink(file, target.anchor, problem);
    case 'outside':
      return climbsOut(written, problem);
    case 'beyond-base':
      return [{ ruleId: LINK_RULES.broken, finding: { line: link.line, column: link.column, severity: 'warning', message: `Link target ${written} is outside \`${context.routing.base}\`, where the checked folder is served, so it was not checked`, hint: 'give the folder\'s own address with `--base`, or name a folder the site serves at its root with `--public`' } }];
    case 'slash':
      return problem(LINK_RULES.broken, `Link target ${written} leads to a page the site serves only as \`${target.wanted}\``, `write \`${target.wanted}\`, or check with \`--trailing-slash ignore\``);
    case 'missing': {
      if (target.why === 'folder-without-index') return problem(LINK_RULES.broken, `Link target ${written} is a folder with no page of its own`, `add ${context.routing.indexNames.map((name) => `\`${name}.md\``).join(' or ')} to it, or name the folder's page with \`--index\``);
      const siblings = filesByFolder(context).get(shown(posix.dirname(target.path))) ?? [];
      const match = closestMatch(posix.basename(target.path), siblings);
      return problem(LINK_RULES.broken, `Link target ${written} does not exist`, match ? `did you mean \`${match}\`?` : 'check the path');
    }
    case 'file':
      return [];
    case 'page': {
      const found = context.byPath.get(shown(target.path));
      if (!target.anchor || !found?.outline) return [];
      if (!hasAnchor(found, target.anchor)) return problem(LINK_RULES.anchor, `Heading \`#${target.anchor}\` does not exist in \`${found.path}\``, anchorHint(found, target.anchor));
      return repeatedHeading(found, target.anchor, `\`${found.path}\``, problem);
    }
  }
}

/** The entry a link written in `file` leads to, when it leads to one that exists. */
export function linkedEntry(file: CheckedFile, url: string, context: CheckContext): CheckedFile | undefined {
  const target = resolveLink(url, file.path);
  return target.kind === 'entry' ? findEntry(target, context) : undefined;
}

function findEntry(target: Extract<LinkTarget, { kind: 'entry' }>, context: CheckContext): CheckedFile | undefined {
  return target.file ? context.byPath.get(target.file) : context.entries.get(entryKey(target.collection, target.id))?.[0];
}

function judgeEntryLink(file: CheckedFile, target: Extract<LinkTarget, { kind: 'entry' }>, url: string, context: CheckContext, problem: Problem): LinkProblem[] {
  const written = `\`${url}\``;
  const found = findEntry(target, context);
  if (!found) {
    const match = closestEntry(target.collection, target.id, context);
    const suggestion = match && (target.file ? relativeLink(file.path, match.path) : `/${target.collection}/${match.id}/`);
    const anchor = target.anchor ? `#${target.anchor}` : '';
    return problem(LINK_RULES.broken, `Link target ${written} is not a page of the handbook`, suggestion ? `did you mean \`${suggestion}${anchor}\`?` : `no ${COLLECTION_LABELS[target.collection].noun} has the id \`${target.id}\``);
  }
  // A target whose frontmatter cannot be read has its own errors, which are the root cause; its
  // readers are not flooded with one more error each.
  if (found.data === undefined) return [];
  if (file.kind === 'entry' && context.isPublished(file) && !context.isPublished(found)) {
    const { message, hint } = unpublishedLinkProblem(url, unpublishedReason(found.data));
    return problem(LINK_RULES.unpublished, message, hint);
  }
  if (target.anchor && !hasAnchor(found, target.anchor)) {
    return problem(LINK_RULES.anchor, `Heading \`#${target.anchor}\` does not exist in \`${found.path}\``, anchorHint(found, target.anchor));
  }
  return target.anchor ? repeatedHeading(found, target.anchor, `\`${found.path}\``, problem) : [];
}

/** A link to a heading whose title repeats an earlier one: its id (`steps-1`) counts the headings of that title above it. */
function repeatedHeading(file: CheckedFile, anchor: string, where: string, problem: Problem): LinkProblem[] {
  const heading = file.outline?.headings.find((candidate) => candidate.id === anchor);
  if (heading?.repeats === undefined) return [];
  return problem(LINK_RULES.repeatedHeading, `Heading \`#${anchor}\` of ${where} repeats the title of \`#${heading.repeats}\`, so its id changes when a heading of that title is added or removed above it`, 'give the heading a title of its own, and link to its new id');
}

function judgeFileLink(target: Extract<LinkTarget, { kind: 'file' }>, written: string, context: CheckContext, problem: Problem): LinkProblem[] {
  const found = context.byPath.get(target.path);
  if (found?.kind === 'partial') return problem(LINK_RULES.broken, `Link target ${written} is a partial, which the site does not publish as a page`, 'link to the page that includes it');
  if (context.pathExists(target.path)) return problem(LINK_RULES.broken, `Link target ${written} is not published by the site`, 'put files readers should open under `public/` and link to them as `/<path>`');
  return problem(LINK_RULES.broken, `Link target ${written} does not exist`, 'check the path');
}

function hasAnchor(file: CheckedFile, anchor: string): boolean {
  return file.outline?.ids.includes(anchor) ?? false;
}

function anchorHint(file: CheckedFile, anchor: string): string {
  const ids = file.outline?.headings.map((heading) => heading.id) ?? [];
  const match = closestMatch(anchor, ids);
  if (match) return `did you mean \`#${match}\`?`;
  if (ids.length === 0) return 'that page has no headings';
  return `its headings are ${ids.slice(0, 5).map((id) => `\`#${id}\``).join(', ')}${ids.length > 5 ? ', ...' : ''}`;
}

function routeHint(path: string, context: CheckContext): string {
  const tag = /^\/tags\/([^/]+)\/$/.exec(path);
  if (tag) return `no published page has the tag \`${tag[1]}\``;
  const team = /^\/teams\/([^/]+)\/$/.exec(path);
  if (team) return `\`${team[1]}\` is not a team in \`baton.config.yml\``;
  void context;
  return 'check the path against the site\'s sections';
}

/** The entry of `collection` whose id is closest to a mistyped one. */
function closestEntry(collection: string, id: string, context: CheckContext): CheckedFile | undefined {
  const ids = context.shared(`ids:${collection}`, () => [...context.entries.keys()].filter((key) => key.startsWith(`${collection}/`)).map((key) => key.slice(collection.length + 1)));
  const match = closestMatch(id, ids);
  return match === undefined ? undefined : context.entries.get(entryKey(collection, match))?.[0];
}

/** A relative link from one file to another, as an author would write it: `./x.md`, `../roles/y.md`. */
function relativeLink(from: string, to: string): string {
  const link = posix.relative(posix.dirname(from), to);
  return link.startsWith('.') ? link : `./${link}`;
}

/** The link rule of `info`: the problems `linkProblems` found under its id. */
export function linkRule(info: RuleInfo): Rule {
  return defineRule(info, {
    appliesToDocuments: true,
    check: (file, context) => linkProblems(file, context).filter((problem) => problem.ruleId === info.id).map((problem) => problem.finding),
  });
}
