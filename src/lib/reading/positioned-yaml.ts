/**
 * Parses YAML (frontmatter, or a config file) into plain data while keeping where every value was written, so a problem
 * can point at the exact node. YAML 1.2 core schema: dates stay strings, `yes` and `no` stay strings,
 * and nothing is evaluated. Features that read differently from one YAML library to the next (tags,
 * anchors, aliases, merge keys) are refused rather than interpreted.
 */
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document } from 'yaml';
import type { Finding, Position } from '../diagnostic.ts';

/** Where each value (and its key) was written, by path: plain data, so it can be cached. */
export interface PositionMap {
  /** Position of the YAML as a whole: the opening fence of frontmatter, or line 1 of a file. */
  whole: Position;
  /** By `pathKey(path)`: the value's position and, for map entries, the key's. */
  nodes: Record<string, { value: Position; key?: Position }>;
}

/** Parsed YAML: the data (when usable), problems, and where every value was written. */
export interface ParsedYaml {
  /** The frontmatter as plain data, or undefined when it could not be read safely. */
  data: Record<string, unknown> | undefined;
  problems: Finding[];
  positions: PositionMap;
}

/** The key of a path in a `PositionMap`. */
export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('\u0000');
}

/**
 * The position of the value at `path`, or of its key with `{ key: true }`. A missing value is shown
 * at its nearest ancestor, a value-less key at the key, and the YAML as a whole at `whole` (for
 * frontmatter, its opening fence rather than its first key).
 */
export function locateIn(positions: PositionMap, path: readonly PropertyKey[], options: { key?: boolean } = {}): Position {
  for (let length = path.length; length > 0; length -= 1) {
    const found = positions.nodes[pathKey(path.slice(0, length))];
    if (!found) continue;
    const exact = length === path.length;
    return (exact && options.key ? found.key : undefined) ?? found.value;
  }
  return positions.whole;
}

/** Where the YAML sits in its file, and what to call it in messages. */
export interface YamlSource {
  /** The file line the YAML starts on (frontmatter starts on line 2, after its fence). */
  firstLine?: number;
  /** What the YAML is, for messages: `Frontmatter` or `Config`. */
  subject?: string;
}

/** Parses YAML that starts on `firstLine` of a file. */
export function parsePositionedYaml(yaml: string, { firstLine = 1, subject = 'Frontmatter' }: YamlSource = {}): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, {
    lineCounter,
    version: '1.2',
    schema: 'core',
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const whole: Position = { line: Math.max(1, firstLine - 1), column: 1 };
  const positions: PositionMap = { whole, nodes: {} };

  const problems: Finding[] = [];
  // After the first syntax error the parser's further complaints are mostly echoes of it.
  const syntaxError = document.errors.find((error) => error.code !== 'DUPLICATE_KEY');
  const duplicates = document.errors.filter((error) => error.code === 'DUPLICATE_KEY');
  for (const error of syntaxError ? [syntaxError] : duplicates) {
    const message = error.code === 'DUPLICATE_KEY'
      ? `Field \`${keyAt(yaml, error.pos[0])}\` is written twice`
      : describeYamlError(error.code, error.message, subject);
    const opening = error.code === 'MISSING_CHAR' ? unclosedQuote(yaml, error.message, error.pos[0]) : undefined;
    problems.push({ ...at(opening ?? error.pos[0]), message, hint: error.code === 'DUPLICATE_KEY' ? 'keep one of them' : opening !== undefined ? 'close the quote, or write the value without quotes' : undefined });
  }
  problems.push(...refuseUnportableFeatures(document, at, subject));
  if (problems.length > 0) return { data: undefined, problems, positions };

  const root = document.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { data: {}, problems, positions };
  if (!isMap(root)) {
    problems.push({
      ...at(root.range?.[0] ?? 0),
      message: `${subject} is not a set of \`field: value\` lines`,
      hint: 'write each field on its own line as `field: value`',
    });
    return { data: undefined, problems, positions };
  }
  recordPositions(root, [], positions, at);
  return { data: document.toJS({ maxAliasCount: 0 }) as Record<string, unknown>, problems, positions };
}

/** Reports tags, anchors, aliases and non-scalar keys: YAML features Baton does not read. */
function refuseUnportableFeatures(document: Document, at: (offset: number) => Position, subject: string): Finding[] {
  const problems: Finding[] = [];
  visit(document, {
    Alias(_key, node) {
      problems.push({
        ...at(node.range?.[0] ?? 0),
        message: `YAML alias \`*${node.source}\` is not supported in ${subject.toLowerCase()}`,
        hint: 'write the value out in full',
      });
    },
    Pair(_key, pair) {
      if (isNode(pair.key) && !isScalar(pair.key)) {
        problems.push({
          ...at(pair.key.range?.[0] ?? 0),
          message: `${subject} field names must be plain words`,
          hint: 'write the field as `name: value`',
        });
      }
    },
    Node(_key, node) {
      if (node.anchor) {
        problems.push({
          ...at(node.range?.[0] ?? 0),
          message: `YAML anchor \`&${node.anchor}\` is not supported in ${subject.toLowerCase()}`,
          hint: 'remove the anchor and write values out in full',
        });
      }
      // The library sets `tag` only when the source spells one out.
      if (node.tag) {
        problems.push({
          ...at(node.range?.[0] ?? 0),
          message: `YAML tag \`${shortTag(node.tag)}\` is not supported in ${subject.toLowerCase()}`,
          hint: 'remove the tag; Baton reads plain values only and never runs code',
        });
      }
    },
  });
  return problems;
}

function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

/** Records where every map entry and list item under `node` was written. */
function recordPositions(node: unknown, path: (string | number)[], positions: PositionMap, at: (offset: number) => Position): void {
  if (isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const childPath = [...path, String(item.key.value)];
      const key = offsetOf(item.key, at);
      const hasValue = isNode(item.value) && !(isScalar(item.value) && item.value.value === null && item.value.range?.[0] === item.value.range?.[1]);
      const value = (hasValue ? offsetOf(item.value, at) : undefined) ?? key;
      if (value) positions.nodes[pathKey(childPath)] = { value, ...(key && { key }) };
      recordPositions(item.value, childPath, positions, at);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const childPath = [...path, index];
      const value = offsetOf(item, at);
      if (value) positions.nodes[pathKey(childPath)] = { value };
      recordPositions(item, childPath, positions, at);
    });
  }
}

function offsetOf(node: unknown, at: (offset: number) => Position): Position | undefined {
  if (isNode(node) || isAlias(node)) {
    const start = node.range?.[0];
    return start === undefined ? undefined : at(start);
  }
  return undefined;
}

/** The key written at `offset`, without quotes: the library's duplicate-key range covers its first character only. */
function keyAt(yaml: string, offset: number): string {
  const key = /^(?:"([^"\n]*)"|'([^'\n]*)'|([^:\n]+))/.exec(yaml.slice(offset));
  return (key?.[1] ?? key?.[2] ?? key?.[3] ?? '').trim();
}

/**
 * Where a quote that is never closed was opened. The library reports the place it gave up, often
 * the end of the frontmatter; the author wants the value they left open: the first line before that
 * place with an odd number of the quote character.
 */
function unclosedQuote(yaml: string, message: string, before: number): number | undefined {
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  if (quote === undefined) return undefined;
  let lineStart = 0;
  while (lineStart < before) {
    const lineEnd = yaml.indexOf('\n', lineStart) === -1 ? yaml.length : yaml.indexOf('\n', lineStart);
    const line = yaml.slice(lineStart, lineEnd).replace(quote === '"' ? /\\./g : /''/g, '');
    if ((line.split(quote).length - 1) % 2 === 1) return lineStart + yaml.slice(lineStart, lineEnd).indexOf(quote);
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** YAML library messages carry their own "at line N, column M"; the printer shows the place instead. */
function describeYamlError(code: string, message: string, subject: string): string {
  const reason = message.replace(/ at line \d+, column \d+[\s\S]*$/, '').replace(/\.$/, '');
  if (code === 'TAB_AS_INDENT') return `${subject} is indented with a tab; YAML allows spaces only`;
  return `${subject} is not valid YAML: ${reason}`;
}
