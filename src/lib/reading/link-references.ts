/**
 * Reference links that Markdown does not turn into links. `[text][label]` and `[label][]` with no
 * definition `[label]: address` are published as the literal text, brackets and all; a definition whose
 * address is missing or malformed is no definition at all, and is published as text too; a definition
 * with an empty address makes every link that uses it lead nowhere. Read from the Markdown syntax tree
 * (the HTML tree no longer knows what was a reference), and only for a body that has something that
 * looks like a reference or a definition, so ordinary pages cost nothing more.
 */
import { createMdastHandle, createMdxMdastHandle, dropHandle, resolveMdastSubscriptions, visitMdastHandle, type MdastPluginDefinition } from 'satteri';
import { closestMatch } from '../printing/did-you-mean.ts';
import { RULES } from '../rules.ts';
import type { ReadProblem } from './read-entry.ts';

/** What the reference analysis found: its problems, and where links that use an empty definition are (`line:column`). */
export interface ReferenceAnalysis {
  issues: ReadProblem[];
  /** Links already reported at their definition, so they are not reported again where they are used. */
  usesOfEmptyDefinitions: Set<string>;
}

/** Something that could be a reference (`][`) or a definition (`[label]:` at the start of a line). */
const MAYBE = /\]\[|^ {0,3}\[[^\]\n]+\]:/m;
/** `[text][label]` or `[label][]`, optionally an image, not escaped. */
const REFERENCE = /(!?)\[((?:[^[\]\\\n]|\\.)*)\]\[((?:[^[\]\\\n]|\\.)*)\]/g;
/** What may come before a definition on its line: indentation, quote markers, list markers. */
const LINE_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*$/;
/** A line of a paragraph that starts like a definition. */
const DEFINITION_LIKE = /^ {0,3}\[((?:[^[\]\\\n]|\\.)+)\]:/gm;

interface Point {
  line: number;
  column: number;
  offset?: number;
}
interface Positioned {
  position?: { start: Point; end: Point } | null;
}

/** Reads the references of a body whose first line is file line `lineOffset + 1`. */
export function analyseReferences(body: string, mdx: boolean, lineOffset: number): ReferenceAnalysis {
  const analysis: ReferenceAnalysis = { issues: [], usesOfEmptyDefinitions: new Set() };
  if (!MAYBE.test(body)) return analysis;

  const definitions = new Map<string, { url: string; label: string; at: Point }>();
  const references: { identifier: string; at: Point }[] = [];
  const texts: { start: number; end: number; at: Point }[] = [];
  const plugin = {
    name: 'baton-references',
    options: { position: true },
    definition(node: { identifier: string; label?: string | null; url: string } & Positioned) {
      if (node.position && !definitions.has(node.identifier)) definitions.set(node.identifier, { url: node.url, label: node.label ?? node.identifier, at: node.position.start });
    },
    linkReference: (node: { identifier: string } & Positioned) => void (node.position && references.push({ identifier: node.identifier, at: node.position.start })),
    imageReference: (node: { identifier: string } & Positioned) => void (node.position && references.push({ identifier: node.identifier, at: node.position.start })),
    text(node: { value: string } & Positioned) {
      const position = node.position;
      if (position?.start.offset === undefined || position.end.offset === undefined) return;
      if (node.value.includes('][') || node.value.includes(']:')) texts.push({ start: position.start.offset, end: position.end.offset, at: position.start });
    },
  };
  let handle;
  try {
    handle = mdx ? createMdxMdastHandle(body, { gfm: true }, true) : createMdastHandle(body, { gfm: true }, true);
  } catch {
    // A body that does not parse is reported as such (`mdx-syntax`); there is nothing to say about its references.
    return analysis;
  }
  try {
    const definition = plugin as unknown as MdastPluginDefinition;
    void visitMdastHandle(handle, definition, resolveMdastSubscriptions(definition), body, undefined, {}, mdx ? 'mdx' : 'markdown');
  } finally {
    dropHandle(handle);
  }

  const at = (point: Point) => ({ line: point.line + lineOffset, column: point.column });
  const issue = (ruleId: ReadProblem['ruleId'], point: Point, message: string, hint: string) => analysis.issues.push({ ruleId, severity: 'error', ...at(point), message, hint });

  // Definitions Markdown did not read: they are text now, and are reported where they are written.
  const broken = new Set<string>();
  for (const text of texts) {
    const source = body.slice(text.start, text.end);
    for (const match of source.matchAll(DEFINITION_LIKE)) {
      // Only at the start of a line (inside quotes and list items too), not after other text of the same line.
      const offset = text.start + match.index;
      if (!LINE_PREFIX.test(body.slice(body.lastIndexOf('\n', offset - 1) + 1, offset))) continue;
      const label = match[1]!;
      broken.add(normalise(label));
      issue(RULES.undefinedLinkReference.id, pointAt(body, offset, text), `Link definition \`[${label}]:\` is not one Markdown reads: its address is missing or malformed, so the line is published as text`, `write it as \`[${label}]: ../folder/page.md\`, with \`<…>\` around an address that holds spaces`);
    }
  }
  for (const [identifier, found] of definitions) {
    if (found.url.trim() !== '' && found.url.trim() !== '#') continue;
    issue(RULES.emptyLink.id, found.at, `Link definition \`[${found.label}]\` has ${found.url.trim() === '' ? 'an empty address' : 'the address `#`, which names no heading'}, so every link that uses it leads nowhere`, `write where it leads after the colon: \`[${found.label}]: ../folder/page.md\``);
    for (const reference of references) if (reference.identifier === identifier) analysis.usesOfEmptyDefinitions.add(`${reference.at.line + lineOffset}:${reference.at.column}`);
  }
  // References with no definition, left as literal text.
  const labels = [...definitions.values()].map((found) => found.label);
  for (const text of texts) {
    const source = body.slice(text.start, text.end);
    for (const match of source.matchAll(REFERENCE)) {
      const offset = text.start + match.index;
      if (body[offset - 1] === '\\' || match[3]!.startsWith('^')) continue;
      const label = match[3] === '' ? match[2]! : match[3]!;
      if (label.trim() === '' || broken.has(normalise(label)) || definitions.has(normalise(label))) continue;
      const kind = match[1] ? 'Image reference' : 'Link reference';
      const suggestion = closestMatch(label, labels);
      issue(
        RULES.undefinedLinkReference.id,
        pointAt(body, offset, text),
        `${kind} \`${match[0]}\` has no definition \`[${label}]: …\`, so it is published as that text`,
        suggestion ? `did you mean \`[${suggestion}]\`?` : `add a line \`[${label}]: ../folder/page.md\` to the page, or write the link as \`[${match[2]}](../folder/page.md)\``,
      );
    }
  }
  return analysis;
}

/** Labels match as Markdown matches them: case and runs of white space do not count. */
function normalise(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The position of `offset` in `body`, counted from a text node whose start is known. */
function pointAt(body: string, offset: number, text: { start: number; at: Point }): Point {
  let line = text.at.line;
  let lineStart = text.start - (text.at.column - 1);
  for (let index = body.indexOf('\n', text.start); index !== -1 && index < offset; index = body.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
