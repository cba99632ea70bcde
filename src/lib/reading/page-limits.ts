/**
 * What a page may cost to read. Parsing Markdown takes time that grows with the square of how deeply
 * quotes and lists nest (a 98 KB line of `>` took 9 s to check, a 200 KB one 74 s), and every byte is
 * read by the checker, the site build and the search index. So a page larger than
 * `check.max_page_bytes`, or nested deeper than `check.max_nesting`, is refused before it is parsed.
 * The depth is measured by a single scan of the lines: quote markers, list markers, and list items
 * nested by indentation; fenced code and indented code are passed over.
 */
import { RULES } from '../rules.ts';
import { checkSettings, type ProjectConfig } from '../../schemas/config.ts';
import type { ReadProblem } from './read-entry.ts';

/** The limits a page is read within (`check.max_page_bytes`, `check.max_nesting`). */
export interface PageLimits {
  maxBytes: number;
  maxNesting: number;
}

/** The limits the settings set. */
export function pageLimitsOf(check: Pick<ProjectConfig['check'], 'max_page_bytes' | 'max_nesting'>): PageLimits {
  return { maxBytes: check.max_page_bytes, maxNesting: check.max_nesting };
}

/** The limits of an empty settings file. */
export const DEFAULT_PAGE_LIMITS: PageLimits = pageLimitsOf(checkSettings.parse({}));

/** Why a page of `bytes` bytes is not read, or undefined when it is small enough. */
export function pageSizeProblem(bytes: number, limits: PageLimits): ReadProblem | undefined {
  if (bytes <= limits.maxBytes) return undefined;
  return {
    line: 1,
    column: 1,
    severity: 'error',
    ruleId: RULES.pageLimits.id,
    message: `Page is ${formatBytes(bytes)}, larger than the ${formatBytes(limits.maxBytes)} that \`check.max_page_bytes\` allows, so it is not read`,
    hint: 'split it into pages of one topic each, and link them',
  };
}

/** Why a body (starting on file line `firstLine`) is not read because it nests too deep, or undefined. */
export function nestingProblem(body: string, firstLine: number, limits: PageLimits): ReadProblem | undefined {
  const deep = tooDeep(body, limits.maxNesting);
  if (!deep) return undefined;
  return {
    line: deep.line + firstLine - 1,
    column: deep.column,
    severity: 'error',
    ruleId: RULES.pageLimits.id,
    message: `Quotes and lists nest ${deep.depth.toLocaleString('en')} levels deep here, deeper than the ${limits.maxNesting} that \`check.max_nesting\` allows, so the page is not read`,
    hint: 'flatten the nesting: a few levels of quotes or lists are all a reader can follow',
  };
}

/** `1.2 MB`, `980 KB`, `512 bytes`: sizes in decimal units, as file managers show them. */
function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
  if (bytes >= 1_000) return `${Number((bytes / 1_000).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

const SPACE = 0x20;
const TAB = 0x09;
const QUOTE = 0x3e; // >
const DASH = 0x2d;
const PLUS = 0x2b;
const STAR = 0x2a;
const DOT = 0x2e;
const PAREN = 0x29;
const BACKTICK = 0x60;
const UNDERSCORE = 0x5f;
const TILDE = 0x7e;
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^(`{3,}|~{3,})/;

/**
 * The first line on which quotes and lists nest deeper than `limit`: the line, the column of the
 * marker that goes past the limit, and the depth of the whole line. An upper estimate on purpose
 * simple: it never undercounts what a parser would nest, and overcounts only in layouts no author writes.
 */
export function tooDeep(body: string, limit: number): { line: number; column: number; depth: number } | undefined {
  // Every level takes at least half a character of a line's leading markers and indentation (`>`
  // one, `- ` two, a tab four columns), so a body whose lines all start with fewer cannot go past
  // the limit: most pages are passed after one regular-expression search.
  if (!hasLeadingRun(body, Math.ceil((limit + 1) / 2))) return undefined;
  // Content columns of the list items still open, innermost last.
  const open: number[] = [];
  let fence: string | undefined;
  let previousBlank = true;
  let lineNumber = 0;
  for (let start = 0; start <= body.length; ) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 ? body.length : newline;
    lineNumber += 1;
    const found = measureLine(body, start, end, open, limit, previousBlank, fence);
    if (found.depth > limit) return { line: lineNumber, column: found.column, depth: found.depth };
    fence = found.fence;
    previousBlank = found.blank;
    if (newline === -1) break;
    start = newline + 1;
  }
  return undefined;
}

/** Whether some line starts with `length` or more quote or list markers, digits, dots, spaces or tabs. */
function hasLeadingRun(body: string, length: number): boolean {
  for (let start = 0; start < body.length; ) {
    let run = 0;
    while (start + run < body.length && isLeadingCharacter(body.charCodeAt(start + run))) run += 1;
    if (run >= length) return true;
    const newline = body.indexOf('\n', start + run);
    if (newline === -1) return false;
    start = newline + 1;
  }
  return false;
}

function isLeadingCharacter(code: number): boolean {
  return code === SPACE || code === TAB || code === QUOTE || code === DASH || code === PLUS || code === STAR || code === DOT || code === PAREN || isDigit(code);
}

interface LineMeasure {
  depth: number;
  /** Column of the marker that went past the limit. */
  column: number;
  blank: boolean;
  /** The fence of a code block still open after this line. */
  fence: string | undefined;
}

function measureLine(body: string, start: number, end: number, open: number[], limit: number, previousBlank: boolean, fence: string | undefined): LineMeasure {
  let position = start;
  let quotes = 0;
  let items = 0;
  let itemColumn = 0;
  let pastLimitAt = 0;
  // Past the last character that is not `-`, `*`, `_` or a space, the line can only be a thematic break (`- - -`), never more items.
  let breakFrom = end;
  while (breakFrom > start && isBreakCharacter(body.charCodeAt(breakFrom - 1))) breakFrom -= 1;
  const measure = (blank: boolean, openFence: string | undefined): LineMeasure => ({ depth: quotes + open.length, column: pastLimitAt, blank, fence: openFence });
  const note = (markerAt: number) => {
    if (quotes + open.length > limit && pastLimitAt === 0) pastLimitAt = markerAt - start + 1;
  };
  // Quote and list markers, in any order (`- > - > text` nests four deep), then the line's content.
  for (;;) {
    const at = skipSpaces(body, position, end);
    if (at >= end) return measure(quotes === 0 && items === 0, fence);
    if (body.charCodeAt(at) === QUOTE) {
      quotes += 1;
      note(at);
      position = at + 1;
      continue;
    }
    const first = body.charCodeAt(at);
    const fenceHere = first === BACKTICK || first === TILDE ? FENCE.exec(body.slice(at, Math.min(end, at + 40)))?.[1] : undefined;
    if (fence !== undefined) {
      const closes = fenceHere !== undefined && fenceHere[0] === fence[0] && fenceHere.length >= fence.length;
      return measure(false, closes ? undefined : fence);
    }
    if (fenceHere) return measure(false, fenceHere);
    const marker = listMarkerLength(body, at, end);
    const listItem = marker > 0 && !(at >= breakFrom && THEMATIC_BREAK.test(body.slice(at, end)));
    if (items === 0) {
      const indent = width(body, position, at);
      // Four columns past the innermost item's content: indented code, or text continuing a paragraph.
      if (indent >= (open.at(-1) ?? 0) + 4) return measure(false, fence);
      // A list item closes the items it is not indented into; so does text, unless it lazily continues a paragraph.
      if (listItem || previousBlank) while (open.length > 0 && open.at(-1)! > indent) open.pop();
      itemColumn = indent;
    }
    if (!listItem) return measure(false, fence);
    const contentAt = skipSpaces(body, at + marker, end);
    const spaces = Math.max(1, Math.min(width(body, at + marker, contentAt), 4));
    open.push(itemColumn + marker + spaces);
    items += 1;
    note(at);
    itemColumn += marker + spaces;
    position = at + marker;
  }
}

function skipSpaces(body: string, from: number, end: number): number {
  let position = from;
  while (position < end && (body.charCodeAt(position) === SPACE || body.charCodeAt(position) === TAB)) position += 1;
  return position;
}

/** Columns from `from` to `to`, a tab counting four. */
function width(body: string, from: number, to: number): number {
  let columns = 0;
  for (let position = from; position < to; position += 1) columns += body.charCodeAt(position) === TAB ? 4 : 1;
  return columns;
}

/** The length of a list marker at `position` (`-`, `+`, `*`, `1.`, `1)`) followed by a space or the line's end, else 0. */
function listMarkerLength(body: string, position: number, end: number): number {
  const code = body.charCodeAt(position);
  let length = 0;
  if (code === DASH || code === PLUS || code === STAR) length = 1;
  else {
    while (length < 9 && position + length < end && isDigit(body.charCodeAt(position + length))) length += 1;
    if (length === 0) return 0;
    const after = body.charCodeAt(position + length);
    if (after !== DOT && after !== PAREN) return 0;
    length += 1;
  }
  const next = position + length;
  return next >= end || body.charCodeAt(next) === SPACE || body.charCodeAt(next) === TAB ? length : 0;
}

function isBreakCharacter(code: number): boolean {
  return code === DASH || code === STAR || code === UNDERSCORE || code === SPACE || code === TAB;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
