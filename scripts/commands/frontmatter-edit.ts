/**
 * Sets frontmatter fields in a content file's text and leaves every other byte as the author wrote
 * it: comments, key order, quoting, blank lines, line endings and the Markdown body. The `yaml`
 * library's document API finds each node and its exact source range; only those ranges are rewritten,
 * and the result is parsed again to prove it holds exactly the intended data before it is returned.
 */
import { isDeepStrictEqual } from 'node:util';
import { CST, isMap, isScalar, isSeq, parseDocument, stringify, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Finding } from '../../src/lib/diagnostic.ts';
import { splitFrontmatter } from '../../src/lib/reading/frontmatter.ts';
import { positionOfOffset } from '../../src/lib/reading/source-text.ts';

/** One change to a file's frontmatter. Values are single-line strings: dates, ids, intervals. */
export type FrontmatterEdit =
  /** Replace the value at `path`; a missing top-level field is added after the first of `after` that exists. */
  | { kind: 'set'; path: readonly (string | number)[]; value: string; after?: readonly string[] }
  /** Add `value` to the end of the list `key`, creating the list (after the first of `after`) when missing. */
  | { kind: 'append'; key: string; value: string; after?: readonly string[] }
  /** Remove item `index` of the list `key`. */
  | { kind: 'remove'; key: string; index: number };

/** The edited text, or why the file could not be edited safely (with its position in the file). */
export type FrontmatterEditResult = { ok: true; text: string } | { ok: false; problem: Finding };

interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Where the frontmatter sits in the file, and its parsed document. */
interface Located {
  yaml: string;
  /** Offset of the YAML in the file text. */
  offset: number;
  document: Document.Parsed;
  root: YAMLMap | undefined;
  newline: string;
}

/** Applies `edits` to the frontmatter of `text`, changing nothing else. */
export function editFrontmatter(text: string, edits: readonly FrontmatterEdit[]): FrontmatterEditResult {
  const located = locateFrontmatter(text);
  if ('problem' in located) return { ok: false, problem: located.problem };
  const fail = (offset: number, message: string, hint?: string): FrontmatterEditResult => ({
    ok: false,
    problem: { ...positionOfOffset(text, located.offset + offset), message, ...(hint && { hint }) },
  });

  const splices: Splice[] = [];
  for (const edit of edits) {
    const planned = planEdit(located, edit);
    if ('problem' in planned) return fail(planned.at, planned.problem, planned.hint);
    splices.push(...planned.splices);
  }
  splices.sort((a, b) => b.start - a.start || b.end - a.end);
  for (let index = 1; index < splices.length; index += 1) {
    if (splices[index]!.end > splices[index - 1]!.start) return fail(splices[index]!.start, 'Two edits touch the same part of the frontmatter', 'make the change by hand');
  }
  let yaml = located.yaml;
  for (const splice of splices) yaml = yaml.slice(0, splice.start) + splice.text + yaml.slice(splice.end);

  const expected = applyToData(located.document.toJS() ?? {}, edits);
  const after = parseDocument(yaml, YAML_OPTIONS);
  if (after.errors.length > 0 || !isDeepStrictEqual(after.toJS() ?? {}, expected)) {
    return fail(0, 'The frontmatter could not be edited without changing other fields', 'make the change by hand');
  }
  return { ok: true, text: text.slice(0, located.offset) + yaml + text.slice(located.offset + located.yaml.length) };
}

const YAML_OPTIONS = { version: '1.2', schema: 'core', merge: false, uniqueKeys: true } as const;

function locateFrontmatter(text: string): Located | { problem: Finding } {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const body = text.slice(bom);
  const loneCarriageReturn = /\r(?!\n)/.exec(body);
  if (loneCarriageReturn) {
    return { problem: { ...positionOfOffset(body, loneCarriageReturn.index), message: 'File uses carriage returns (`\\r`) alone as line endings', hint: 'save it with LF (`\\n`) line endings' } };
  }
  const split = splitFrontmatter(body.replaceAll('\r\n', '\n'));
  if (split.yaml === undefined) {
    return { problem: split.problems[0] ?? { line: 1, column: 1, message: 'File has no frontmatter', hint: 'start it with its fields between two `---` lines' } };
  }
  // The YAML runs from the line after the opening fence to the line of the closing fence.
  const start = bom + lineOffset(body, split.yamlLine);
  const end = bom + lineOffset(body, split.bodyLine - 1);
  const yaml = text.slice(start, end);
  const document = parseDocument(yaml, YAML_OPTIONS);
  const error = document.errors[0];
  if (error) return { problem: { ...positionOfOffset(text, start + error.pos[0]), message: 'Frontmatter is not valid YAML', hint: 'run `npm run check` on the file and fix what it reports first' } };
  const contents = document.contents;
  if (contents !== null && !isMap(contents) && !(isScalar(contents) && contents.value === null)) {
    return { problem: { ...positionOfOffset(text, start), message: 'Frontmatter is not a set of `field: value` lines', hint: 'run `npm run check` on the file and fix what it reports first' } };
  }
  return { yaml, offset: start, document, root: isMap(contents) ? contents : undefined, newline: yaml.includes('\r\n') ? '\r\n' : '\n' };
}

/** The offset where line `line` (from 1) starts. */
function lineOffset(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset;
}

type Planned = { splices: Splice[] } | { problem: string; hint?: string; at: number };

function planEdit(located: Located, edit: FrontmatterEdit): Planned {
  switch (edit.kind) {
    case 'set':
      return planSet(located, edit.path, edit.value, edit.after ?? []);
    case 'append':
      return planAppend(located, edit.key, edit.value, edit.after ?? []);
    case 'remove':
      return planRemove(located, edit.key, edit.index);
  }
}

function planSet(located: Located, path: readonly (string | number)[], value: string, after: readonly string[]): Planned {
  const node = located.document.getIn(path, true) as Node | null | undefined;
  const name = `\`${path.map(String).join('.')}\``;
  if (node === undefined || node === null) {
    if (path.length !== 1 || typeof path[0] !== 'string') return { problem: `Field ${name} is missing`, at: 0 };
    return insertField(located, path[0], renderScalar(value, undefined, false), after);
  }
  if (!isScalar(node) || node.range === undefined || node.range === null) return { problem: `Field ${name} is not a single value`, hint: 'make the change by hand', at: node.range?.[0] ?? 0 };
  if (node.anchor || node.tag) return { problem: `Field ${name} has an anchor or a tag`, hint: 'remove it first; Baton does not read them', at: node.range[0] };
  return { splices: [replaceScalar(located, node, value, isInFlow(located, path))] };
}

function planAppend(located: Located, key: string, value: string, after: readonly string[]): Planned {
  const node = located.root?.get(key, true) as Node | null | undefined;
  if (node === undefined) {
    const block = blockItemPrefix(located);
    const rendered = block === undefined ? ` [${renderScalar(value, undefined, true)}]` : `${located.newline}${block}${renderScalar(value, undefined, false)}`;
    return insertRaw(located, `${key}:${rendered}`, after);
  }
  if (isScalar(node) && node.value === null && node.range) {
    // `reviewers:` with nothing after it: give it a one-item list on the same line.
    const start = node.range[0];
    return { splices: [{ start, end: node.range[1], text: `${located.yaml[start - 1] === ' ' ? '' : ' '}[${renderScalar(value, undefined, true)}]` }] };
  }
  if (!isSeq(node) || !node.range) return { problem: `Field \`${key}\` is not a list`, hint: 'make the change by hand', at: node?.range?.[0] ?? 0 };
  const items = node.items as Node[];
  const last = items.at(-1);
  if (node.flow) {
    if (!last?.range) {
      const open = located.yaml.indexOf('[', node.range[0]);
      return { splices: [{ start: open + 1, end: open + 1, text: renderScalar(value, undefined, true) }] };
    }
    return { splices: [{ start: last.range[1], end: last.range[1], text: `, ${renderScalar(value, undefined, true)}` }] };
  }
  if (!last?.range) return { problem: `List \`${key}\` could not be read`, hint: 'make the change by hand', at: node.range[0] };
  const prefix = located.yaml.slice(lineStartOf(located.yaml, last.range[0]), last.range[0]);
  if (!/^ *- +$/.test(prefix)) return { problem: `List \`${key}\` is written in a shape Baton cannot extend`, hint: 'make the change by hand', at: last.range[0] };
  const at = endOfLine(located, last.range[1]);
  return { splices: [{ start: at.offset, end: at.offset, text: `${at.newlineFirst ? located.newline : ''}${prefix}${renderScalar(value, undefined, false)}${located.newline}` }] };
}

function planRemove(located: Located, key: string, index: number): Planned {
  const node = located.root?.get(key, true) as Node | null | undefined;
  if (!isSeq(node) || !node.range) return { problem: `Field \`${key}\` is not a list`, hint: 'make the change by hand', at: node?.range?.[0] ?? 0 };
  const items = node.items as Node[];
  const item = items[index];
  if (!item?.range) return { problem: `List \`${key}\` has no item ${index + 1}`, at: node.range[0] };
  if (node.flow) {
    const previous = items[index - 1];
    const next = items[index + 1];
    if (previous?.range) return { splices: [{ start: previous.range[1], end: item.range[1], text: '' }] };
    if (next?.range) return { splices: [{ start: item.range[0], end: next.range[0], text: '' }] };
    return { splices: [{ start: item.range[0], end: item.range[1], text: '' }] };
  }
  if (items.length === 1) {
    // An empty block list would read as `null`; write an empty flow list on the key's line instead.
    const pair = findPair(located, key);
    const keyEnd = pair?.key && isScalar(pair.key) ? pair.key.range?.[1] : undefined;
    if (keyEnd === undefined) return { problem: `List \`${key}\` could not be read`, hint: 'make the change by hand', at: node.range[0] };
    const end = endOfLine(located, item.range[1]).offset;
    return { splices: [{ start: keyEnd, end, text: `: []${located.newline}` }] };
  }
  const start = lineStartOf(located.yaml, item.range[0]);
  if (!/^ *- +$/.test(located.yaml.slice(start, item.range[0]))) return { problem: `List \`${key}\` is written in a shape Baton cannot edit`, hint: 'make the change by hand', at: item.range[0] };
  return { splices: [{ start, end: endOfLine(located, item.range[1]).offset, text: '' }] };
}

/** A new top-level field `key: value` on its own line. */
function insertField(located: Located, key: string, value: string, after: readonly string[]): Planned {
  return insertRaw(located, `${key}: ${value}`, after);
}

function insertRaw(located: Located, line: string, after: readonly string[]): Planned {
  const anchor = after.map((key) => findPair(located, key)).find((pair) => pair !== undefined);
  const anchorEnd = anchor ? ((anchor.value as Node | null)?.range?.[2] ?? (anchor.key as Node).range?.[2]) : undefined;
  const indent = located.root?.items[0]?.key && isScalar(located.root.items[0].key) && located.root.items[0].key.range
    ? located.yaml.slice(lineStartOf(located.yaml, located.root.items[0].key.range[0]), located.root.items[0].key.range[0])
    : '';
  if (/\S/.test(indent)) return { problem: 'Frontmatter is written in a shape Baton cannot extend', hint: 'make the change by hand', at: 0 };
  const at = anchorEnd === undefined ? endOfLine(located, located.yaml.length) : endOfLine(located, anchorEnd);
  return { splices: [{ start: at.offset, end: at.offset, text: `${at.newlineFirst ? located.newline : ''}${indent}${line}${located.newline}` }] };
}

function findPair(located: Located, key: string): Pair | undefined {
  return located.root?.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
}

/** The offset just after the line that contains `offset` (or `offset` itself when it already starts a line). */
function endOfLine(located: Located, offset: number): { offset: number; newlineFirst: boolean } {
  const { yaml } = located;
  if (offset === 0 || yaml[offset - 1] === '\n') return { offset, newlineFirst: false };
  const newline = yaml.indexOf('\n', offset);
  return newline === -1 ? { offset: yaml.length, newlineFirst: true } : { offset: newline + 1, newlineFirst: false };
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The `  - ` a block list of this frontmatter starts its items with, when it has one. */
function blockItemPrefix(located: Located): string | undefined {
  for (const pair of located.root?.items ?? []) {
    const value = pair.value as Node | null;
    if (!isSeq(value) || value.flow) continue;
    const first = (value as YAMLSeq<Node>).items[0];
    if (!first?.range) continue;
    const prefix = located.yaml.slice(lineStartOf(located.yaml, first.range[0]), first.range[0]);
    if (/^ *- +$/.test(prefix)) return prefix;
  }
  return undefined;
}

function isInFlow(located: Located, path: readonly (string | number)[]): boolean {
  for (let length = path.length - 1; length > 0; length -= 1) {
    const parent = located.document.getIn(path.slice(0, length), true) as Node | undefined;
    if ((isSeq(parent) || isMap(parent)) && parent.flow) return true;
  }
  return false;
}

function replaceScalar(located: Located, node: Scalar, value: string, inFlow: boolean): Splice {
  const [start, end] = node.range!;
  const space = start === end && located.yaml[start - 1] === ':' ? ' ' : '';
  return { start, end, text: space + renderScalar(value, node.type, inFlow) };
}

/** A value written the way the author wrote the one it replaces: plain, or in the same quotes. */
function renderScalar(value: string, type: Scalar.Type | undefined, inFlow: boolean): string {
  if (type === 'QUOTE_SINGLE' || type === 'QUOTE_DOUBLE') return CST.createScalarToken(value, { type, indent: 0, inFlow }).source;
  // `stringify` quotes only what would otherwise read as something else (`true`, `1.0`, `a: b`).
  const plain = stringify(value, { version: '1.2', lineWidth: 0 }).trimEnd();
  return inFlow && /[,[\]{}]/.test(plain) && !/^['"]/.test(plain) ? CST.createScalarToken(value, { type: 'QUOTE_SINGLE', indent: 0, inFlow }).source : plain;
}

/** What the data must be after the edits, to prove the text says exactly that. */
function applyToData(data: unknown, edits: readonly FrontmatterEdit[]): unknown {
  const result = structuredClone(data) as Record<string, unknown>;
  const removals = new Map<string, Set<number>>();
  for (const edit of edits) {
    if (edit.kind === 'set') setIn(result, edit.path, edit.value);
    if (edit.kind === 'append') {
      const list = result[edit.key];
      result[edit.key] = Array.isArray(list) ? [...list, edit.value] : [edit.value];
    }
    if (edit.kind === 'remove') removals.set(edit.key, (removals.get(edit.key) ?? new Set()).add(edit.index));
  }
  for (const [key, indexes] of removals) result[key] = (result[key] as unknown[]).filter((_, index) => !indexes.has(index));
  return result;
}

function setIn(target: Record<string, unknown>, path: readonly (string | number)[], value: string): void {
  let current: Record<string | number, unknown> = target;
  path.slice(0, -1).forEach((step) => (current = current[step] as Record<string | number, unknown>));
  current[path.at(-1)!] = value;
}
