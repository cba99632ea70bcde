/**
 * A foreign page's headings as Baton shows them: the first heading, when it is an `#` heading, is
 * the title the page is shown under (so it leaves the body rather than show twice), and the ids
 * Hugo, kramdown and Docusaurus let an author write (`## Setup {#install}`) are ids Baton's pages
 * never read. Such a heading keeps its text and takes the id Baton gives that text; the links that
 * led to the written id are pointed at it (`movedAnchors`). Every change keeps each line one line.
 */
import type { MdastNode } from 'satteri';
import { outlineMarkdown } from '../../../src/lib/reading/markdown-outline.ts';
import { parseForeignBody } from './foreign-markdown.ts';

const FEATURES = { gfm: true, frontmatter: false, headingAttributes: true } as const;

interface HeadingSpan {
  depth: number;
  start: number;
  end: number;
  /** Where its text is written, attributes left out. */
  textStart: number;
  textEnd: number;
  /** It has an attribute block (`{#id .class}`) after its text. */
  attributes: boolean;
}

/** The page's first heading, when it is an `#` heading, as its title, and the body without it (its lines left blank). */
export function leadingTitle(body: string, mdx: boolean): { title: string; body: string } | undefined {
  const first = headingsOf(body, mdx)[0];
  if (first?.depth !== 1 || first.textEnd <= first.textStart) return undefined;
  const title = body.slice(first.textStart, first.textEnd).trim();
  if (title === '') return undefined;
  return { title, body: body.slice(0, first.start) + body.slice(first.start, first.end).replace(/[^\n]/g, '') + body.slice(first.end) };
}

/** `body` with every heading's attribute block (`{#install}`, `{#id .class}`) taken out, and how many were. */
export function dropHeadingAttributes(body: string, mdx: boolean): { body: string; dropped: number } {
  // Most pages have no `{#id}` or `{.class}` at all: they are not parsed again.
  if (!/\{[ \t]*[#.]/.test(body)) return { body, dropped: 0 };
  let result = body;
  let dropped = 0;
  for (const heading of headingsOf(body, mdx).filter((found) => found.attributes).reverse()) {
    const block = /^[ \t]*\{[^{}\n]*\}/.exec(result.slice(heading.textEnd, heading.end));
    if (!block) continue;
    result = result.slice(0, heading.textEnd) + result.slice(heading.textEnd + block[0].length);
    dropped += 1;
  }
  return { body: result, dropped };
}

/**
 * Where each heading id of the source page (`written`, read with its own syntax) is in the page Baton
 * shows (`shown`): only the ids that changed; a title taken out of the body maps to `''`. None when
 * the two do not have the same headings, so no link is pointed at the wrong one.
 */
export function movedAnchors(written: string, shown: string, { mdx, titleDropped }: { mdx: boolean; titleDropped: boolean }): Map<string, string> {
  const before = outlineMarkdown(written, { mdx, firstLine: 1, sourceSyntax: true }).headings;
  const after = outlineMarkdown(shown, { mdx, firstLine: 1 }).headings;
  const moved = new Map<string, string>();
  const kept = titleDropped ? before.slice(1) : before;
  if (kept.length !== after.length) return moved;
  if (titleDropped && before[0] !== undefined) moved.set(before[0].id, '');
  kept.forEach((heading, index) => {
    const now = after[index]!.id;
    if (heading.id !== now && !moved.has(heading.id)) moved.set(heading.id, now);
  });
  return moved;
}

function headingsOf(body: string, mdx: boolean): HeadingSpan[] {
  const tree = parseForeignBody(body, { mdx, features: FEATURES });
  if (!tree) return [];
  const found: HeadingSpan[] = [];
  const visit = (node: MdastNode) => {
    if (node.type === 'heading') {
      const heading = node as unknown as { depth: number; position?: Span; children: { position?: Span }[]; data?: { hProperties?: object } };
      const start = heading.position?.start.offset;
      const end = heading.position?.end.offset;
      const textStart = heading.children[0]?.position?.start.offset;
      const textEnd = heading.children.at(-1)?.position?.end.offset;
      if (start !== undefined && end !== undefined) found.push({ depth: heading.depth, start, end, textStart: textStart ?? end, textEnd: textEnd ?? end, attributes: heading.data?.hProperties !== undefined });
      return;
    }
    for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

interface Span {
  start: { offset?: number };
  end: { offset?: number };
}
