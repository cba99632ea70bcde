/**
 * Docusaurus and Starlight admonitions (`:::tip Title` … `:::`, `:::note[Title]`) as Baton shows a
 * note: a quote that opens with a bold label, `> **Tip:** …`, its content kept inside. The blocks are
 * found by parsing (so a `:::` in a code block stays as written), nested ones become nested quotes,
 * and each line stays one line: the opening line becomes the label, the closing one a blank line.
 */
import type { MdastNode } from 'satteri';
import { parseForeignBody } from './foreign-markdown.ts';

/** The admonitions of Docusaurus and Starlight, and their label. */
const LABELS: Readonly<Record<string, string>> = {
  note: 'Note',
  tip: 'Tip',
  info: 'Info',
  important: 'Important',
  success: 'Success',
  warning: 'Warning',
  caution: 'Caution',
  danger: 'Danger',
};

const FEATURES = { gfm: true, frontmatter: false, directive: true } as const;

interface Admonition {
  name: string;
  title: string;
  /** Zero-based lines of its opening and its closing `:::` (the last line it holds when it is never closed). */
  opening: number;
  closing: number;
  closed: boolean;
  /** The column its `:::` starts at, where its quote marker goes on each line. */
  column: number;
}

/** `body` with its admonitions as quotes, and the kinds it had (`tip`, `warning`), in order of first use. */
export function convertAdmonitions(body: string, mdx: boolean): { body: string; kinds: string[] } {
  if (!body.includes(':::')) return { body, kinds: [] };
  const lines = body.split('\n');
  const admonitions = admonitionsOf(body, mdx, lines);
  if (admonitions.length === 0) return { body, kinds: [] };
  const roles = new Map<number, { column: number; text: string }>();
  const quoted = new Map<number, number[]>();
  for (const admonition of admonitions) {
    roles.set(admonition.opening, { column: admonition.column, text: `> **${LABELS[admonition.name]}${admonition.title ? `: ${admonition.title}` : ':'}**` });
    if (admonition.closed) roles.set(admonition.closing, { column: admonition.column, text: '' });
    // Its lines between, an admonition's inside it included, are quoted; the deepest marker goes in first, as it stands furthest right.
    for (let line = admonition.opening + 1; line <= (admonition.closed ? admonition.closing - 1 : admonition.closing); line += 1) quoted.set(line, [...(quoted.get(line) ?? []), admonition.column]);
  }
  const converted = lines.map((text, index) => {
    const role = roles.get(index);
    const columns = quoted.get(index);
    if (!role && !columns) return text;
    let line = role ? text.slice(0, role.column) + role.text : text;
    for (const column of [...(columns ?? [])].sort((a, b) => b - a)) {
      const padded = line.length < column ? line.padEnd(column) : line;
      const at = Math.min(column, /^[ \t]*/.exec(padded)![0].length);
      line = `${padded.slice(0, at)}> ${padded.slice(at)}`;
    }
    return /^[\s>]*$/.test(line) ? line.trimEnd() : line;
  });
  return { body: converted.join('\n'), kinds: [...new Set(admonitions.map((admonition) => admonition.name))] };
}

function admonitionsOf(body: string, mdx: boolean, lines: readonly string[]): Admonition[] {
  const tree = parseForeignBody(body, { mdx, features: FEATURES });
  if (!tree) return [];
  const found: Admonition[] = [];
  const visit = (node: MdastNode) => {
    const directive = node as unknown as { type: string; name?: string; position?: { start: { line: number; column: number }; end: { line: number } }; attributes?: Record<string, string | null | undefined> | null; children?: MdastNode[] };
    if (directive.type === 'containerDirective' && directive.name !== undefined && Object.hasOwn(LABELS, directive.name.toLowerCase()) && directive.position) {
      const opening = directive.position.start.line - 1;
      const closing = directive.position.end.line - 1;
      const column = directive.position.start.column - 1;
      found.push({
        name: directive.name.toLowerCase(),
        title: titleOf(lines[opening]!.slice(column), directive.attributes?.title),
        opening,
        closing,
        closed: closing > opening && /^[ \t>]*:{3,}[ \t]*$/.test(lines[closing]!),
        column,
      });
    }
    for (const child of directive.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

/** The title written on the opening line: `:::tip[Title]`, `:::tip Title` or `:::tip{title="Title"}`. */
function titleOf(opening: string, attribute: string | null | undefined): string {
  const match = /^:{3,}[ \t]*[A-Za-z]+[ \t]*(?:\[(.*)\]|(\{.*\})|(.*))[ \t]*$/.exec(opening);
  return (match?.[1] ?? (match?.[2] !== undefined ? (attribute ?? '') : match?.[3]) ?? '').trim();
}
