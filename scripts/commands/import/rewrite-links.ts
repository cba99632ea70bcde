/**
 * Rewrites the links of an imported page to Baton's form: a relative `.md` link to the page's new
 * file (extensionless, folder, site-root, wiki and `ref` links alike), a site path to a file now under
 * `public/`, a link out of the source that still leads out of the handbook. Each link is resolved
 * with `source-links.ts`, as `check --only links` judges it, so a link the check found broken in the
 * source stays broken, at the same line, after the import. Only the address changes (a wiki link
 * becomes `[text](address)`), so every line keeps its number.
 */
import { posix } from 'node:path';
import type { MdastNode } from 'satteri';
import { resolveSourceLink, type SourceFolderPaths, type SourceLookup, type SourceRouting, type SourceTarget } from '../../../src/lib/judging/source-links.ts';
import { hugoReferenceFor, maskHugoReferences, type HugoReference } from '../../../src/lib/reading/hugo-shortcodes.ts';
import { lineStarts, pointAt } from '../../../src/lib/reading/text-positions.ts';
import { parseForeignBody } from './foreign-markdown.ts';
import { slugOf } from './ids.ts';

/** Where the pages and files of the source went. */
export interface ImportedPaths {
  /** The new file (relative to the handbook root) of a source page (absolute), if it was imported. */
  pageFile(sourcePage: string): string | undefined;
  /** The site address of a source file (absolute) copied under `public/`, if it was. */
  publicUrl(sourceFile: string): string | undefined;
  /** The handbook root, absolute, forward slashes. */
  root: string;
  /** Where a heading id of a source page (absolute) is now, when Baton gives that heading another id; `''` for its title, which left the body. */
  movedAnchor?(sourcePage: string, anchor: string): string | undefined;
}

/** A link the import left as written, and why. */
export interface UnconvertedLink {
  line: number;
  column: number;
  url: string;
  why: string;
}

/** What rewriting a page's links needs. */
export interface RewriteContext {
  folder: SourceFolderPaths;
  routing: SourceRouting;
  lookup: SourceLookup;
  imported: ImportedPaths;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const FEATURES = { gfm: true, frontmatter: false, wikilinks: true } as const;

/** `body` (of the source page `from`, absolute, now at `newFile`) with its links rewritten. */
export function rewriteLinks(body: string, { from, newFile, mdx, bodyLine }: { from: string; newFile: string; mdx: boolean; bodyLine: number }, context: RewriteContext): { body: string; unconverted: UnconvertedLink[] } {
  const { body: masked, references } = maskHugoReferences(body);
  const tree = parseForeignBody(masked, { mdx, features: FEATURES });
  if (!tree) return { body, unconverted: [{ line: bodyLine, column: 1, url: '', why: 'the page does not parse, so its links were left as written' }] };
  const edits: Edit[] = [];
  const unconverted: UnconvertedLink[] = [];
  const starts = lineStarts(body);
  const where = (offset: number) => pointAt(starts, offset, bodyLine - 1);
  const newDirectory = posix.dirname(newFile);
  const usedReferences = new Set<HugoReference>();
  const movedAnchor = (page: string, anchor: string | undefined) => (anchor ? context.imported.movedAnchor?.(page, anchor) : undefined);

  /** The address a resolved link gets, or undefined to keep it as written (and why). */
  const addressFor = (target: SourceTarget, written: string): { url?: string; why?: string } => {
    const hash = (anchor: string | undefined) => (anchor ? `#${anchor.replace(/ /g, '%20')}` : '');
    switch (target.kind) {
      case 'external':
        return {};
      case 'same-page': {
        const moved = movedAnchor(from, target.anchor);
        return moved ? { url: hash(moved) } : {};
      }
      case 'page': {
        const file = context.imported.pageFile(target.path);
        if (file) return { url: `${relativeLink(newDirectory, file)}${hash(movedAnchor(target.path, target.anchor) ?? target.anchor)}` };
        const copied = context.imported.publicUrl(target.path);
        return copied ? { url: copied } : { why: 'it leads to a page outside the imported folder' };
      }
      case 'file': {
        const copied = context.imported.publicUrl(target.path);
        return copied ? { url: `${copied}${hash(target.anchor)}` } : { why: 'it leads to a file outside the imported folders' };
      }
      case 'outside': {
        // Still out of the handbook, by as much as it was out of the source.
        const beyond = posix.relative(context.folder.boundary, target.path);
        return { url: posix.relative(newDirectory, posix.join(context.imported.root, beyond)) };
      }
      case 'missing':
        return { why: `\`${written}\` leads nowhere in the source either` };
      case 'slash':
      case 'beyond-base':
        return { why: `\`${written}\` cannot be resolved in the imported folder` };
    }
  };

  const visit = (node: MdastNode) => {
    const position = (node as { position?: { start: { offset?: number }; end: { offset?: number } } }).position;
    const start = position?.start.offset;
    const end = position?.end.offset;
    if (start !== undefined && end !== undefined) {
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') handleDestination(node as unknown as { url: string }, start, end);
      else if (node.type === 'html') handleHtml((node as { value: string }).value, start);
    }
    for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
  };

  const handleDestination = (node: { url: string }, start: number, end: number) => {
    const wikiOpen = masked.startsWith('[[', start) ? 2 : masked.startsWith('![[', start) ? 3 : 0;
    if (wikiOpen > 0 && masked.startsWith(']]', end - 2)) {
      const inside = masked.slice(start + wikiOpen, end - 2);
      const bar = inside.indexOf('|');
      const target = (bar === -1 ? inside : inside.slice(0, bar)).trim();
      const hashAt = target.indexOf('#');
      const display = bar !== -1 ? inside.slice(bar + 1).trim() : hashAt === -1 ? target : hashAt === 0 ? target.slice(1) : `${target.slice(0, hashAt)} > ${target.slice(hashAt + 1)}`;
      const resolved = resolveSourceLink({ url: target, kind: 'wiki' }, from, context.folder, context.routing, context.lookup);
      let url = addressFor(resolved, `[[${target}]]`).url;
      if (resolved.kind === 'same-page') url = resolved.anchor ? `#${movedAnchor(from, resolved.anchor) || resolved.anchor}` : '#';
      if (url === undefined) {
        // A wiki link that leads nowhere stays a link that leads nowhere, in Markdown.
        const name = hashAt === -1 ? target : target.slice(0, hashAt);
        url = /\.[a-z0-9]+$/i.test(name) && !/\.md$/i.test(name) ? `./${encodeURI(name)}` : `./${slugOf(name)}.md${resolved.kind === 'missing' || hashAt === -1 ? '' : `#${slugOf(target.slice(hashAt + 1))}`}`;
        unconverted.push({ ...where(start), url: `[[${target}]]`, why: `\`[[${target}]]\` leads nowhere in the source either` });
      }
      edits.push({ start, end, text: `${wikiOpen === 3 ? '!' : ''}[${display.replace(/[[\]]/g, '\\$&')}](${url})` });
      return;
    }
    const written = findWritten(node.url, start, end);
    if (!written) return;
    const reference = hugoReferenceFor(node.url, references);
    if (reference) usedReferences.add(reference);
    const url = reference ? reference.target : node.url;
    const resolved = resolveSourceLink({ url, kind: reference ? 'ref' : 'link' }, from, context.folder, context.routing, context.lookup);
    const address = addressFor(resolved, url);
    if (address.url !== undefined) edits.push({ start: written.start, end: written.end, text: address.url });
    else {
      if (reference) edits.push({ start: written.start, end: written.end, text: reference.target.replace(/ /g, '%20') });
      if (address.why) unconverted.push({ ...where(start), url, why: address.why });
    }
  };

  /** Where a destination is written inside a link's text: searched from the end, where it is. */
  const findWritten = (url: string, start: number, end: number): { start: number; end: number } | undefined => {
    for (const candidate of new Set([url, encodeURI(url), url.replace(/ /g, '%20')])) {
      if (candidate === '') continue;
      const at = masked.lastIndexOf(candidate, end);
      if (at >= start && at + candidate.length <= end) return { start: at, end: at + candidate.length };
    }
    return undefined;
  };

  const handleHtml = (html: string, start: number) => {
    for (const match of html.matchAll(/\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
      const value = match[1] ?? match[2] ?? '';
      const valueStart = start + match.index + match[0].length - value.length - 1;
      const reference = hugoReferenceFor(value, references);
      if (reference) usedReferences.add(reference);
      const url = reference ? reference.target : value.replaceAll('&amp;', '&');
      const resolved = resolveSourceLink({ url, kind: reference ? 'ref' : 'html' }, from, context.folder, context.routing, context.lookup);
      const address = addressFor(resolved, url);
      if (address.url !== undefined) edits.push({ start: valueStart, end: valueStart + value.length, text: address.url.replaceAll('"', '%22') });
      else {
        if (reference) edits.push({ start: valueStart, end: valueStart + value.length, text: reference.target.replaceAll('"', '%22') });
        if (address.why) unconverted.push({ ...where(valueStart), url, why: address.why });
      }
    }
  };

  visit(tree);
  for (const reference of references) {
    if (!usedReferences.has(reference)) unconverted.push({ ...where(reference.offset), url: reference.target, why: 'a `ref` shortcode outside a link is Hugo\'s, and is kept as text' });
  }
  let rewritten = body;
  for (const edit of edits.sort((a, b) => b.start - a.start)) rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
  return { body: rewritten, unconverted: unconverted.sort((a, b) => a.line - b.line || a.column - b.column) };
}

/** A relative link from a folder to a file, as an author writes it: `./x.md`, `../roles/y.md`. */
export function relativeLink(fromFolder: string, to: string): string {
  const link = posix.relative(fromFolder, to).split('/').map((segment) => encodeURIComponent(segment).replace(/%2E/g, '.')).join('/');
  return link.startsWith('.') ? link : `./${link}`;
}
