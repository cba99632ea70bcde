/**
 * Which pages link to which, read once per build from what each page publishes: the rendered HTML of
 * Markdown pages (whose links the build has already turned into site URLs) and the outline of MDX
 * pages, which Astro renders later. "Referenced by" lists come from here.
 */
import { resolveLink } from '../lib/judging/link-target.ts';
import { outlineMarkdown } from '../lib/reading/markdown-outline.ts';
import { collectionNames } from '../schemas/index.ts';
import { entryFile } from './entry-file.ts';
import type { PageEntry, PersonEntry } from './handbook.ts';
import { entryKey, pageLink, type PageLink } from './page-link.ts';

type AnyEntry = PageEntry | PersonEntry;

const SITE_ENTRY_HREF = new RegExp(`href="/(${collectionNames.join('|')})/([^/"#?]+)/?(?:[#?][^"]*)?"`, 'g');

/** For each entry key, the pages that link to it, in the order `entries` lists them. */
export function backlinks(entries: readonly AnyEntry[]): Map<string, PageLink[]> {
  const published = new Set(entries.map((entry) => entryKey(entry.collection, entry.id)));
  const linkedFrom = new Map<string, PageLink[]>();
  for (const entry of entries) {
    const source = entryKey(entry.collection, entry.id);
    for (const target of linkedEntries(entry)) {
      if (target === source || !published.has(target)) continue;
      const list = linkedFrom.get(target) ?? [];
      list.push(pageLink(entry));
      linkedFrom.set(target, list);
    }
  }
  return linkedFrom;
}

/** The keys of the entries one page links to, each once. */
function linkedEntries(entry: AnyEntry): Set<string> {
  const targets = new Set<string>();
  const html = entry.rendered?.html;
  if (html !== undefined) {
    for (const match of html.matchAll(SITE_ENTRY_HREF)) targets.add(entryKey(match[1]!, decodeURIComponent(match[2]!)));
    return targets;
  }
  if (!entry.body) return targets;
  const file = entryFile(entry);
  const outline = outlineMarkdown(entry.body, { mdx: file.endsWith('.mdx'), firstLine: 1, frontmatter: entry.data });
  for (const link of outline.links) {
    const target = resolveLink(link.url, file);
    if (target.kind === 'entry') targets.add(entryKey(target.collection, target.id));
  }
  return targets;
}
