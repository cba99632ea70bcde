/**
 * What a page's Markdown offers and points at: the anchors its rendered HTML will have, and every
 * link, image, raw-HTML `href`/`src` and MDX JSX `href` with its position. It renders the body with
 * Sätteri, the engine Astro 7 renders pages with, using the same features, and gives headings their
 * ids exactly as Astro's heading-id plugin does (same slugger, same text, same handling of written
 * ids and `{frontmatter.x}`), in the same single pass that collects links. A test compares the ids
 * with those of the built site. The same pass notes what the body gets wrong that the site would
 * publish without a word: links and images with no address, headings with no id, a repeated heading
 * title, hidden bidi controls; `link-references.ts` adds the references Markdown does not read.
 *
 * A Markdown document of another site (a folder checked with `--only links`, a handbook being
 * imported) may be read with that site's syntax too: wiki links (`[[Page#Heading|text]]`), heading
 * ids written `{#id}`, and Hugo's `ref`/`relref` shortcodes. Baton's own pages never are.
 */
import { decodeHTMLAttribute } from 'entities';
import Slugger from 'github-slugger';
import { RULES } from '../rules.ts';
import { bidiControlProblems, hasBidiControl } from './bidi-controls.ts';
import { judgeAttributeExpression, judgeElement, judgeEsm, judgeExpression, judgeLink, type SafetyIssue } from './content-safety.ts';
import { hugoReferenceFor, maskHugoReferences, type HugoReference } from './hugo-shortcodes.ts';
import { analyseReferences } from './link-references.ts';
import { lineStarts, pointAt } from './text-positions.ts';
import { READ_RULES, type ReadProblem } from './read-entry.ts';
import { createHastHandle, createMdxHastHandle, dropHandle, htmlToHast, resolveHastSubscriptions, visitHastHandle, type HastNode, type HastPluginDefinition } from 'satteri';

/** A reference to something else, as written in the page. */
export interface OutlineLink {
  /** The URL exactly as written (after Markdown unescaping). */
  url: string;
  /**
   * Where it came from: a Markdown link or image, raw HTML, an MDX JSX attribute, or (in a foreign
   * document only) a wiki link (`[[Page#Heading]]`, whose `url` is the target as written between
   * the brackets) or a Hugo `ref`/`relref` shortcode (whose `url` is the page it names).
   */
  kind: 'link' | 'image' | 'html' | 'jsx' | 'wiki' | 'ref';
  line: number;
  column: number;
}

/** A heading of the rendered page. */
export interface OutlineHeading {
  depth: number;
  /** The id the site gives it. */
  id: string;
  text: string;
  /** For a heading whose title repeats an earlier one: the id of the first (`steps` for `steps-1`). */
  repeats?: string;
}

/** A page's anchors and outgoing references. */
export interface Outline {
  headings: OutlineHeading[];
  /** Every id in the rendered content: headings, footnotes, and ids written in raw HTML. */
  ids: string[];
  links: OutlineLink[];
  /** Why the body could not be parsed (MDX is strict about tags and braces); nothing else is known then. */
  syntaxError?: { line: number; column: number; message: string };
  /** Code, markup and link schemes the page may not contain (see `content-safety.ts`). */
  safety: (SafetyIssue & { line: number; column: number })[];
  /** Links that lead nowhere, references Markdown does not read, headings without an id, hidden bidi controls. */
  markup: ReadProblem[];
}

/** How to read a body. */
export interface OutlineOptions {
  /** Parse as MDX (JSX, expressions, imports) rather than Markdown. */
  mdx: boolean;
  /** The file line the body starts on, so positions are file positions. */
  firstLine: number;
  /** The page's frontmatter, for MDX headings that say `{frontmatter.title}`. */
  frontmatter?: Record<string, unknown>;
  /** The page's path from the handbook root, to resolve what MDX imports. */
  path?: string;
  /** Where MDX may import components from (paths from the handbook root; a trailing `/` means a folder). */
  allowedImports?: readonly string[];
  /** Read the syntax of other Markdown sites too (wiki links, `{#id}` heading ids, Hugo `ref` shortcodes): for foreign documents only. */
  sourceSyntax?: boolean;
}

/** Where the project keeps the components MDX pages may use. */
export const DEFAULT_ALLOWED_IMPORTS = ['src/components/mdx/'];

/** Astro's Markdown defaults: GitHub-flavoured Markdown and smart punctuation, both on. */
export const SITE_MARKDOWN_FEATURES = { gfm: true, smartPunctuation: true } as const;

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
/** Elements that carry links, and those that carry ids in GFM footnotes. */
const ELEMENTS_WITH_REFERENCES = ['a', 'img', 'li', 'sup', 'section'];
const URL_ATTRIBUTES = ['href', 'src'];

/** Reads the anchors and references of a Markdown or MDX body. */
export function outlineMarkdown(written: string, { mdx, firstLine, frontmatter = {}, path = '', allowedImports = DEFAULT_ALLOWED_IMPORTS, sourceSyntax = false }: OutlineOptions): Outline {
  // Hugo's shortcodes are masked by tokens of their own length, so every position stays true.
  const { body, references: hugoReferences } = sourceSyntax ? maskHugoReferences(written) : { body: written, references: [] };
  let bodyLines: number[] | undefined;
  const ids: string[] = [];
  const links: OutlineLink[] = [];
  const safety: Outline['safety'] = [];
  const flag = (issues: (SafetyIssue | undefined)[], position: { line: number; column: number } | undefined) => {
    for (const issue of issues) if (issue) safety.push({ ...issue, ...(position ?? { line: firstLine, column: 1 }) });
  };
  const headings: OutlineHeading[] = [];
  const markup: ReadProblem[] = [];
  // MDX: the names the page imports, and the components (capitalised or dotted tags) it uses, where.
  const importedNames = new Set<string>();
  const usedComponents: { name: string; position: { line: number; column: number } | undefined }[] = [];
  const readComponent = (node: JsxLike) => {
    if (node.name && /^[A-Z_$]|\./.test(node.name)) usedComponents.push({ name: node.name, position: at(node) });
  };
  const slugger = new Slugger();
  const lineOffset = firstLine - 1;
  const at = (node: { position?: { start: { line: number; column: number } } | null }) => {
    const start = node.position?.start;
    return start ? { line: start.line + lineOffset, column: start.column } : undefined;
  };
  // What a link says, for the message when it has no address: its text, or an image's alternative text.
  const linkTexts = new Map<OutlineLink, string>();
  // Nodes without a position were generated by the renderer (footnote back-links), not written.
  const add = (url: string, kind: OutlineLink['kind'], position: { line: number; column: number } | undefined, text?: string) => {
    if (!position) return;
    const link: OutlineLink = { url, kind, ...position };
    links.push(link);
    if (text !== undefined && isEmptyAddress(url)) linkTexts.set(link, text);
  };

  // Where code is, in a foreign document: a shortcode there is shown, not followed.
  const verbatimRanges: [number, number][] = [];
  const rawPosition = (node: RawLike, offset: number) => {
    const start = node.position?.start;
    if (!start) return undefined;
    const before = node.value.slice(0, offset);
    const newlines = before.split('\n').length - 1;
    if (newlines === 0) return { line: start.line + lineOffset, column: start.column + offset };
    // A later line of the block: in a quote or a list, the body line holds a prefix the HTML value does not.
    const starts = (bodyLines ??= lineStarts(body));
    const bodyLineStart = starts[start.line - 1 + newlines] ?? 0;
    const bodyLineEnd = body.indexOf('\n', bodyLineStart);
    const bodyLine = body.slice(bodyLineStart, bodyLineEnd === -1 ? body.length : bodyLineEnd);
    const htmlLine = node.value.split('\n')[newlines] ?? '';
    const prefix = bodyLine.endsWith(htmlLine) ? bodyLine.length - htmlLine.length : 0;
    return { line: start.line + newlines + lineOffset, column: prefix + offset - before.lastIndexOf('\n') };
  };

  const collector = {
    name: 'baton-outline',
    options: { position: true },
    element: [
      ...(sourceSyntax ? [{ filter: ['code'], visit: (node: ElementLike) => void verbatimRanges.push([node.position?.start.offset ?? 0, node.position?.end?.offset ?? 0]) }] : []),
      {
        filter: HEADINGS,
        visit(node: ElementLike, context: { textContent(node: ElementLike): string }) {
          // Astro's heading-id plugin, step for step: a written id wins, else the slug of the text.
          const rawText = context.textContent(node);
          const text = rawText.includes('frontmatter') ? headingTextWithFrontmatter(node as unknown as HastNode, frontmatter) : rawText;
          const written = node.properties?.id;
          const depth = Number(node.tagName[1]);
          if (hasBidiControl(rawText)) markup.push(...headingBidiControls(body, node, firstLine));
          if (typeof written === 'string') {
            headings.push({ depth, id: written, text });
            return;
          }
          const id = slugger.slug(text);
          const first = firstOfRepeatedId(slugger, id);
          headings.push({ depth, id, text, ...(first !== undefined && { repeats: first }) });
          const position = at(node);
          if ((id === '' || first === '') && position) markup.push({ ruleId: RULES.emptyHeadingId.id, severity: 'warning', ...position, message: `Heading \`${shorten(text.trim())}\` has no letter or digit to make an id from, so no link can lead to it`, hint: 'add a word to it' });
        },
      },
      {
        filter: ELEMENTS_WITH_REFERENCES,
        visit(node: ElementLike, context: { textContent(node: ElementLike): string }) {
          const properties = node.properties ?? {};
          if (typeof properties.id === 'string') ids.push(properties.id);
          if (node.tagName === 'a' && typeof properties.name === 'string') ids.push(properties.name);
          const wiki = sourceSyntax ? wikiTarget(body, node) : undefined;
          if (wiki !== undefined) add(wiki, 'wiki', at(node));
          else if (node.tagName === 'a' && typeof properties.href === 'string') add(properties.href, 'link', at(node), isEmptyAddress(properties.href) ? context.textContent(node) : undefined);
          else if (node.tagName === 'img' && typeof properties.src === 'string') add(properties.src, 'image', at(node), typeof properties.alt === 'string' ? properties.alt : '');
        },
      },
    ],
    raw(node: RawLike) {
      // Each address at its own tag, even deep inside a block of HTML that spans many lines.
      readRawHtml(node.value, ids, (url, offset) => add(url, 'html', offset ? rawPosition(node, offset) : at(node)), (issues) => flag(issues, at(node)));
    },
    mdxJsxFlowElement: {
      filter: [],
      visit: (node: JsxLike) => {
        readComponent(node);
        readJsx(node, ids, (url) => add(url, 'jsx', at(node)), (issues) => flag(issues, at(node)));
      },
    },
    mdxJsxTextElement: {
      filter: [],
      visit: (node: JsxLike) => {
        readComponent(node);
        readJsx(node, ids, (url) => add(url, 'jsx', at(node)), (issues) => flag(issues, at(node)));
      },
    },
    mdxjsEsm(node: EsmLike) {
      const program = node.parseExpression();
      if (!program) return;
      for (const name of importedBindings(program as { body: unknown[] })) importedNames.add(name);
      flag(judgeEsm(program as Parameters<typeof judgeEsm>[0], path, allowedImports), at(node));
    },
    mdxFlowExpression: (node: EsmLike) => flag([judgeExpression(node.parseExpression() as Parameters<typeof judgeExpression>[0], node.value)], at(node)),
    mdxTextExpression: (node: EsmLike) => flag([judgeExpression(node.parseExpression() as Parameters<typeof judgeExpression>[0], node.value)], at(node)),
  };

  // Parse to an HTML tree and visit it, without rendering HTML nobody reads: the same tree the
  // site's renderer builds, at a fraction of the cost of a full render.
  const features = { ...SITE_MARKDOWN_FEATURES, frontmatter: false, ...(sourceSyntax && { wikilinks: true, headingAttributes: true }) };
  let handle;
  try {
    handle = mdx ? createMdxHastHandle(body, features, undefined, true) : createHastHandle(body, features, undefined, true);
  } catch (error) {
    return { headings: [], ids: [], links: [], safety: [], markup: [], syntaxError: describeSyntaxError(error, lineOffset) };
  }
  try {
    const plugin = collector as unknown as HastPluginDefinition;
    visitHastHandle(handle, plugin, resolveHastSubscriptions(plugin), body, undefined, {}, mdx ? 'mdx' : 'markdown');
  } finally {
    dropHandle(handle);
  }

  if (hugoReferences.length > 0) restoreHugoReferences(links, hugoReferences, verbatimRanges, (offset) => pointAt((bodyLines ??= lineStarts(body)), offset, lineOffset));
  for (const link of links) flag([judgeLink(link.url)], link);
  for (const { name, position } of usedComponents) {
    const root = name.split('.')[0]!;
    if (importedNames.has(root) || !position) continue;
    markup.push({
      ruleId: RULES.mdxUnknownComponent.id,
      severity: 'error',
      ...position,
      message: `Component \`<${name}>\` is not imported by this page, so the page cannot be built`,
      hint: `import it from the project's components (${allowedImports.map((folder) => `\`${folder}\``).join(' or ')}), or write it as Markdown or HTML`,
    });
  }
  const references = analyseReferences(written, mdx, lineOffset);
  markup.push(...references.issues);
  for (const link of links) {
    if (!isEmptyAddress(link.url) || references.usesOfEmptyDefinitions.has(`${link.line}:${link.column}`)) continue;
    markup.push(emptyLinkIssue(link, linkTexts.get(link)));
  }
  return { headings, ids: [...headings.map((heading) => heading.id), ...ids], links, safety, markup: markup.sort((a, b) => a.line - b.line || a.column - b.column) };
}

/**
 * For an id the slugger numbered because its heading repeats an earlier title (`steps-1`), the id of
 * the first (`steps`); undefined for an id made from the text as it is (`steps-1` from "Steps 1"). The
 * slugger counts, for each id it has given, how many times it had to number it.
 */
function firstOfRepeatedId(slugger: Slugger, id: string): string | undefined {
  const numbered = /-(\d+)$/.exec(id);
  if (!numbered) return undefined;
  const first = id.slice(0, numbered.index);
  return slugger.occurrences[first] === Number(numbered[1]) ? first : undefined;
}

/** For a wiki link (`[[Page#Heading|text]]`, `![[image.png]]`): the target as written; undefined for any other link. */
function wikiTarget(body: string, node: ElementLike): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end?.offset;
  if (start === undefined || end === undefined) return undefined;
  const opening = body.startsWith('[[', start) ? 2 : body.startsWith('![[', start) ? 3 : 0;
  if (opening === 0 || !body.startsWith(']]', end - 2)) return undefined;
  const inside = body.slice(start + opening, end - 2);
  const bar = inside.indexOf('|');
  return (bar === -1 ? inside : inside.slice(0, bar)).trim();
}

/**
 * Gives links that hold a masked Hugo shortcode the page it names; a shortcode outside any link
 * (written bare, or in an attribute that did not parse as one) is a link of its own, where it is
 * written, unless it is in code.
 */
function restoreHugoReferences(links: OutlineLink[], references: readonly HugoReference[], verbatim: readonly [number, number][], positionOf: (offset: number) => { line: number; column: number }): void {
  const used = new Set<HugoReference>();
  for (const link of links) {
    const reference = hugoReferenceFor(link.url, references);
    if (!reference) continue;
    link.url = reference.target;
    link.kind = 'ref';
    used.add(reference);
  }
  for (const reference of references) {
    if (used.has(reference) || verbatim.some(([start, end]) => reference.offset >= start && reference.offset < end)) continue;
    links.push({ url: reference.target, kind: 'ref', ...positionOf(reference.offset) });
  }
  links.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** An address that leads nowhere: none at all, or a bare `#`. */
function isEmptyAddress(url: string): boolean {
  const trimmed = url.trim();
  return trimmed === '' || trimmed === '#';
}

function emptyLinkIssue(link: OutlineLink, text: string | undefined): ReadProblem {
  const image = link.kind === 'image';
  const what = `${image ? 'Image' : 'Link'}${text?.trim() ? ` \`${shorten(text.trim())}\`` : ''}`;
  const why = link.url.trim() === '' ? 'has no address' : 'points at `#`, which names no heading';
  return {
    ruleId: RULES.emptyLink.id,
    severity: 'error',
    line: link.line,
    column: link.column,
    message: `${what} ${why}, so it ${image ? 'shows nothing' : 'leads nowhere'}`,
    hint: image ? 'give the image\'s file, e.g. `![Chart](/images/chart.png)`, or remove it' : 'write where it leads, or remove the link and keep its text',
  };
}

/** Bidi control characters in a heading as written, each at its place in the file. */
function headingBidiControls(body: string, node: ElementLike, firstLine: number): ReadProblem[] {
  const start = node.position?.start.offset;
  const end = node.position?.end?.offset;
  if (start === undefined || end === undefined) return [];
  return bidiControlProblems(body, firstLine, 'Heading', start, end);
}

/** Text short enough to quote in a message. */
function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * What reading the body found wrong, as problems of the file: a body that does not parse, and code,
 * markup or links it may not contain. The checker reports them; the site build refuses to go on.
 */
export function outlineProblems(outline: Outline | undefined): ReadProblem[] {
  if (!outline) return [];
  const problems: ReadProblem[] = [...outline.safety.map((issue) => ({ ...issue, severity: 'error' as const })), ...outline.markup];
  const error = outline.syntaxError;
  if (error) {
    problems.unshift({
      line: error.line,
      column: error.column,
      severity: 'error',
      ruleId: READ_RULES.mdxSyntax,
      message: `MDX could not be parsed: ${error.message}`,
      hint: 'close every tag (`<img ... />`), balance every `{`, or escape a literal `<` or `{` as `\\<` or `\\{`',
    });
  }
  return problems;
}

/**
 * Heading text in which MDX expressions such as `{frontmatter.title}` or `{frontmatter['title']}` are
 * replaced by the frontmatter value they name, as Astro does before it slugs an MDX heading; any other
 * expression is kept as written.
 */
function headingTextWithFrontmatter(node: HastNode, frontmatter: Record<string, unknown>): string {
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    const written = String((node as { value?: unknown }).value ?? '');
    return frontmatterValue(written.trim(), frontmatter) ?? written;
  }
  if ('value' in node && typeof node.value === 'string') return node.value;
  const children = (node as { children?: HastNode[] }).children ?? [];
  return children.map((child) => headingTextWithFrontmatter(child, frontmatter)).join('');
}

/** The string at `frontmatter.a.b` / `frontmatter['a'][0]`, or undefined when the path names no string. */
function frontmatterValue(expression: string, frontmatter: Record<string, unknown>): string | undefined {
  const path = /^frontmatter((?:\.\w+|\[\d+\]|\["[^"]+"\]|\['[^']+'\])+)$/.exec(expression)?.[1];
  if (!path) return undefined;
  let value: unknown = frontmatter;
  for (const [, dotted, index, doubleQuoted, singleQuoted] of path.matchAll(/\.(\w+)|\[(\d+)\]|\["([^"]+)"\]|\['([^']+)'\]/g)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[dotted ?? index ?? doubleQuoted ?? singleQuoted ?? ''];
  }
  return typeof value === 'string' ? value : undefined;
}

/** Sätteri's parse errors start with `line:column: `; the position moves to the file's lines. */
function describeSyntaxError(error: unknown, lineOffset: number): NonNullable<Outline['syntaxError']> {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+): ([^\n]*?)(?: \(\d+:\d+\))?(?: \([\w:-]+\))?$/m.exec(text);
  if (!match) return { line: lineOffset + 1, column: 1, message: text.split('\n')[0]! };
  return { line: Number(match[1]) + lineOffset, column: Number(match[2]), message: match[3]! };
}

interface ElementLike {
  tagName: string;
  properties?: Record<string, unknown>;
  position?: { start: { line: number; column: number; offset?: number }; end?: { offset?: number } } | null;
}

interface RawLike {
  value: string;
  position?: { start: { line: number; column: number; offset?: number } } | null;
}

/** The local names an MDX `import` block binds: `Note` of `import Note from '…'` and of `import { Callout as Note } from '…'`. */
function importedBindings(program: { body: unknown[] }): string[] {
  const names: string[] = [];
  for (const statement of program.body as { type: string; specifiers?: { local?: { name?: string } }[] }[]) {
    if (statement.type !== 'ImportDeclaration') continue;
    for (const specifier of statement.specifiers ?? []) if (specifier.local?.name) names.push(specifier.local.name);
  }
  return names;
}

interface EsmLike {
  value: string;
  position?: { start: { line: number; column: number } } | null;
  parseExpression(): unknown;
}

interface JsxLike {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } } | null;
}

/**
 * Raw HTML keeps its attributes as written; parse it as a fragment (entities decoded) to read and
 * judge them. Each address is handed on with the offset of its tag in `html` (the parsed fragment
 * knows no positions, so the tags are found in the text, in the same order).
 */
function readRawHtml(html: string, ids: string[], addLink: (url: string, offset: number | undefined) => void, judge: (issues: SafetyIssue[]) => void): void {
  // Closing tags and comments hold nothing to read.
  if (/^\s*(?:<\/[a-z][a-z0-9-]*\s*>|<!--[\s\S]*?-->)\s*$/i.test(html)) return;
  const written = html.includes('\n') ? urlAttributesIn(html) : [];
  let next = 0;
  const offsetOf = (attribute: string, value: string) => {
    for (let index = next; index < written.length; index += 1) {
      const candidate = written[index]!;
      if (candidate.attribute !== attribute || candidate.value !== value) continue;
      next = index + 1;
      return candidate.offset;
    }
    return undefined;
  };
  walk(htmlToHast(html, { fragment: true }), (node) => {
    if (node.type !== 'element') return;
    const properties = (node as ElementLike).properties ?? {};
    judge(judgeElement((node as ElementLike).tagName, properties));
    if (typeof properties.id === 'string') ids.push(properties.id);
    // `<a name="x">` is an anchor too: browsers scroll to it when no element has the id `x`.
    if ((node as ElementLike).tagName === 'a' && typeof properties.name === 'string') ids.push(properties.name);
    for (const attribute of URL_ATTRIBUTES) {
      const value = properties[attribute];
      if (typeof value === 'string') addLink(value, offsetOf(attribute, value));
    }
  });
}

/** An opening tag with its attributes; quoted values may hold `>`. */
const OPENING_TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
const URL_ATTRIBUTE = /\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/** Every `href` and `src` written in raw HTML, decoded as a browser reads it, with the offset of its tag. */
function urlAttributesIn(html: string): { attribute: string; value: string; offset: number }[] {
  const found: { attribute: string; value: string; offset: number }[] = [];
  for (const tag of html.matchAll(OPENING_TAG)) {
    for (const match of tag[0].matchAll(URL_ATTRIBUTE)) {
      found.push({ attribute: match[1]!.toLowerCase(), value: decodeHTMLAttribute(match[2] ?? match[3] ?? match[4] ?? ''), offset: tag.index });
    }
  }
  return found;
}

/**
 * JSX in MDX: literal `href`/`src` values are links; expression values and spreads are judged as code;
 * a lower-case element is HTML and is judged as raw HTML is.
 */
function readJsx(node: JsxLike, ids: string[], addLink: (url: string) => void, judge: (issues: (SafetyIssue | undefined)[]) => void): void {
  const literal: Record<string, unknown> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      // A spread, `{...props}`: its value is written with the dots.
      judge([judgeAttributeExpression(String(attribute.value ?? ''))]);
      continue;
    }
    if (!attribute.name) continue;
    const value = attribute.value as string | { value?: string } | null | undefined;
    if (value !== null && typeof value === 'object') judge([judgeAttributeExpression(String(value.value ?? ''))]);
    else literal[attribute.name] = value ?? '';
    if (typeof value === 'string' && URL_ATTRIBUTES.includes(attribute.name)) addLink(value);
  }
  if (node.name && /^[a-z]/.test(node.name)) {
    judge(judgeElement(node.name, literal));
    // A lower-case element is written to the page as HTML, with its anchors.
    if (typeof literal.id === 'string') ids.push(literal.id);
    if (node.name === 'a' && typeof literal.name === 'string') ids.push(literal.name);
  }
}

function walk(node: HastNode, visit: (node: HastNode) => void): void {
  visit(node);
  const children = (node as { children?: HastNode[] }).children;
  if (children) for (const child of children) walk(child, visit);
}
