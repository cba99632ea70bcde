/**
 * Reference links that Markdown does not turn into links. `[text][label]` and `[label][]` with no
 * definition `[label]: address` are published as the literal text, brackets and all; a definition whose
 * address is missing or malformed is no definition at all, and is published as text too; a definition
 * with an empty address makes every link that uses it lead nowhere.
 *
 * Most pages have no references; of those that do, almost all are sound, which a scan of the text
 * shows without parsing it: every reference names a well-formed definition that starts a block. Only
 * a page that fails that scan is parsed into its Markdown syntax tree (the HTML tree no longer knows
 * what was a reference), to learn its real definitions and where code is, and is judged exactly.
 */
import { createMdastHandle, createMdxMdastHandle, dropHandle, resolveMdastSubscriptions, visitMdastHandle, type MdastPluginDefinition } from 'satteri';
import { closestMatch } from '../printing/did-you-mean.ts';
import { RULES } from '../rules.ts';
import type { ReadProblem } from './read-entry.ts';
import { lineStarts, pointAt } from './text-positions.ts';

/** What the reference analysis found: its problems, and where links that use an empty definition are (`line:column`). */
export interface ReferenceAnalysis {
  issues: ReadProblem[];
  /** Links already reported at their definition, so they are not reported again where they are used. */
  usesOfEmptyDefinitions: Set<string>;
}

/** A line that starts like a definition, inside quotes and list items too: its prefix, label and the rest. */
const DEFINITION_LINE = /^((?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*)\[((?:[^[\]\\\n]|\\.)+)\]:(.*)$/;
/** What follows `[label]:` in a definition that Markdown reads, on one line: an address, and perhaps a title. */
const WELL_FORMED = /^[ \t]*(?:<[^<>\n]+>|[^\s<][^\s]*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$/;

interface Point {
  line: number;
  column: number;
  offset?: number;
}
interface Positioned {
  position?: { start: Point; end: Point } | null;
}

const NOTHING: ReferenceAnalysis = { issues: [], usesOfEmptyDefinitions: new Set() };

/** Reads the references of a body whose first line is file line `lineOffset + 1`. */
export function analyseReferences(body: string, mdx: boolean, lineOffset: number): ReferenceAnalysis {
  // Plain string searches first: they cost next to nothing on the many pages with no reference at all.
  const hasReferences = body.includes('][');
  if ((!hasReferences && !body.includes(']:')) || looksSound(body)) return NOTHING;
  const tree = readTree(body, mdx);
  if (!tree) return NOTHING;
  const { definitions, references, verbatim } = tree;
  const analysis: ReferenceAnalysis = { issues: [], usesOfEmptyDefinitions: new Set() };
  const lines = lineStarts(body);
  const issue = (ruleId: ReadProblem['ruleId'], offset: number, message: string, hint: string) => analysis.issues.push({ ruleId, severity: 'error', ...pointAt(lines, offset, lineOffset), message, hint });
  const inVerbatim = (offset: number) => verbatim.some(([start, end]) => offset >= start && offset < end);

  // Lines that start like a definition but are none: Markdown publishes them as text.
  const broken = new Set<string>();
  const realDefinitions = new Set([...definitions.values()].map((found) => found.offset));
  for (const line of definitionLines(body)) {
    const { offset, label } = line;
    if (realDefinitions.has(offset) || inVerbatim(offset)) continue;
    broken.add(normalise(label));
    if (WELL_FORMED.test(line.rest) && line.start > 0 && body[line.start - 2] !== '\n') {
      issue(RULES.undefinedLinkReference.id, offset, `Link definition \`[${label}]:\` follows a line of text, so Markdown reads it as part of that paragraph and publishes it as text`, 'put a blank line before it');
    } else {
      issue(RULES.undefinedLinkReference.id, offset, `Link definition \`[${label}]:\` is not one Markdown reads: its address is missing or malformed, so the line is published as text`, `write it as \`[${label}]: ../folder/page.md\`, with \`<…>\` around an address that holds spaces`);
    }
  }
  // Definitions with no address: reported once, where they are written, not at every link that uses them.
  for (const [identifier, found] of definitions) {
    const url = found.url.trim();
    if (url !== '' && url !== '#') continue;
    issue(RULES.emptyLink.id, found.offset, `Link definition \`[${found.label}]\` has ${url === '' ? 'an empty address' : 'the address `#`, which names no heading'}, so every link that uses it leads nowhere`, `write where it leads after the colon: \`[${found.label}]: ../folder/page.md\``);
    for (const reference of references) if (reference.identifier === identifier) analysis.usesOfEmptyDefinitions.add(`${reference.line + lineOffset}:${reference.column}`);
  }
  // References with no definition, left as literal text.
  const labels = [...definitions.values()].map((found) => found.label);
  for (const reference of hasReferences ? referencesIn(body) : []) {
    // Escaped, a footnote, in code, or `[text][label](address)`, where `[label](address)` is a link of its own.
    if (body[reference.offset - 1] === '\\' || reference.label.startsWith('^') || reference.text.startsWith('^') || body[reference.offset + reference.written.length] === '(' || inVerbatim(reference.offset)) continue;
    const label = reference.label === '' ? reference.text : reference.label;
    if (label.trim() === '' || broken.has(normalise(label)) || definitions.has(normalise(label))) continue;
    const suggestion = closestMatch(label, labels);
    issue(
      RULES.undefinedLinkReference.id,
      reference.offset,
      `${reference.image ? 'Image reference' : 'Link reference'} \`${reference.written}\` has no definition \`[${label}]: …\`, so it is published as that text`,
      suggestion ? `did you mean \`[${suggestion}]\`?` : `add a line \`[${label}]: ../folder/page.md\` to the page, or write the link as \`${reference.image ? '!' : ''}[${reference.text}](../folder/page.md)\``,
    );
  }
  return analysis;
}

/**
 * Whether the text alone shows the references sound: every definition-like line is a well-formed
 * definition with an address, at the start of a block (after a blank line, another definition, or
 * the start of the body), and every `[text][label]` names one of them. Anything else is parsed.
 */
function looksSound(body: string): boolean {
  const labels = new Set<string>();
  for (const line of definitionLines(body)) {
    if (line.prefix !== '' || !WELL_FORMED.test(line.rest) || /^[ \t]*(?:#|<>)/.test(line.rest)) return false;
    if (line.start > 0) {
      const previous = body.slice(body.lastIndexOf('\n', line.start - 2) + 1, line.start - 1);
      if (previous.trim() !== '' && !/^ {0,3}\[[^\]\n]+\]:/.test(previous)) return false;
    }
    labels.add(normalise(line.label));
  }
  for (const reference of referencesIn(body)) {
    const label = reference.label === '' ? reference.text : reference.label;
    if (!labels.has(normalise(label)) && !reference.label.startsWith('^') && !reference.text.startsWith('^')) return false;
  }
  return true;
}

/** A line that starts like a definition: where it starts, what comes before the `[`, the label, and what follows `]:`. */
interface DefinitionLine {
  start: number;
  /** Where its `[` is. */
  offset: number;
  prefix: string;
  label: string;
  rest: string;
}

/** Every line that starts like a definition, found from the `]:` in it. */
function* definitionLines(body: string): Generator<DefinitionLine> {
  for (let colon = body.indexOf(']:'); colon !== -1; ) {
    const start = body.lastIndexOf('\n', colon) + 1;
    const newline = body.indexOf('\n', colon);
    const end = newline === -1 ? body.length : newline;
    const match = DEFINITION_LINE.exec(body.slice(start, end));
    // `[^1]: …` defines a footnote, not a link.
    if (match && !match[2]!.startsWith('^')) yield { start, offset: start + match[1]!.length, prefix: match[1]!, label: match[2]!, rest: match[3]! };
    if (newline === -1) return;
    colon = body.indexOf(']:', newline);
  }
}

/** `[text][label]` or `[text][]` (an image with `!` before it), in one line, without nested brackets. */
interface ReferenceLike {
  offset: number;
  written: string;
  image: boolean;
  text: string;
  label: string;
}

/** Everything written like a full or collapsed reference, found from the `][` in it. */
function* referencesIn(body: string): Generator<ReferenceLike> {
  for (let middle = body.indexOf(']['); middle !== -1; middle = body.indexOf('][', middle + 1)) {
    const open = body.lastIndexOf('[', middle);
    const close = body.indexOf(']', middle + 2);
    if (open === -1 || close === -1) continue;
    const text = body.slice(open + 1, middle);
    const label = body.slice(middle + 2, close);
    if (/[\n\]]/.test(text) || /[\n[]/.test(label)) continue;
    const image = body[open - 1] === '!';
    const offset = image ? open - 1 : open;
    yield { offset, written: body.slice(offset, close + 1), image, text, label };
    middle = close;
  }
}

interface ReferenceTree {
  /** Definitions by normalised label: the first one wins, as in Markdown. */
  definitions: Map<string, { url: string; label: string; offset: number }>;
  references: { identifier: string; line: number; column: number }[];
  /** Where code and raw HTML are (`[start, end)`), in which nothing is a reference. */
  verbatim: [number, number][];
}

/** The definitions, references and code of a body, from its Markdown syntax tree; undefined when it does not parse. */
function readTree(body: string, mdx: boolean): ReferenceTree | undefined {
  const tree: ReferenceTree = { definitions: new Map(), references: [], verbatim: [] };
  const span = (node: Positioned) => {
    const { start, end } = node.position ?? {};
    if (start?.offset !== undefined && end?.offset !== undefined) tree.verbatim.push([start.offset, end.offset]);
  };
  const reference = (node: { identifier: string } & Positioned) => {
    if (node.position) tree.references.push({ identifier: node.identifier, line: node.position.start.line, column: node.position.start.column });
  };
  const plugin = {
    name: 'baton-references',
    options: { position: true },
    definition(node: { identifier: string; label?: string | null; url: string } & Positioned) {
      const offset = node.position?.start.offset;
      if (offset !== undefined && !tree.definitions.has(node.identifier)) tree.definitions.set(node.identifier, { url: node.url, label: node.label ?? node.identifier, offset });
    },
    linkReference: reference,
    imageReference: reference,
    code: span,
    inlineCode: span,
    html: span,
  };
  let handle;
  try {
    handle = mdx ? createMdxMdastHandle(body, { gfm: true }, true) : createMdastHandle(body, { gfm: true }, true);
  } catch {
    // A body that does not parse is reported as such (`mdx-syntax`); there is nothing to say about its references.
    return undefined;
  }
  try {
    const definition = plugin as unknown as MdastPluginDefinition;
    void visitMdastHandle(handle, definition, resolveMdastSubscriptions(definition), body, undefined, {}, mdx ? 'mdx' : 'markdown');
  } finally {
    dropHandle(handle);
  }
  return tree;
}

/** Labels match as Markdown matches them: case and runs of white space do not count. */
function normalise(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}
