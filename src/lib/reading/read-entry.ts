/**
 * Reads one content file the way every Baton tool reads it: decode the bytes, split the frontmatter,
 * parse the YAML, validate it against its collection's schema. The result carries the validated data
 * (when valid) and every problem found, each with its rule id and position. Nothing here throws on
 * bad content and nothing touches the file system.
 */
import type { z } from 'zod';
import type { CollectionName } from '../../schemas/index.ts';
import { schemas } from '../../schemas/index.ts';
import { RULES, type RuleId } from '../rules.ts';
import type { Finding, Severity } from '../diagnostic.ts';
import { entryIdFromPath, fileStem } from './entry-id.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { locateIn, parsePositionedYaml, type PositionMap } from './positioned-yaml.ts';
import { readYamlData } from './yaml-data.ts';
import { describeSchemaIssues } from './schema-issues.ts';
import { decodeSource } from './source-text.ts';
import { bidiControlProblems, hasBidiControl } from './bidi-controls.ts';
import { cutShortValues } from './cut-short-values.ts';

/** Ids of the rules that judge a single file as it is read. */
export const READ_RULES = {
  encoding: RULES.fileEncoding.id,
  frontmatter: RULES.frontmatter.id,
  schema: RULES.schema.id,
  fileName: RULES.fileName.id,
  unsafePath: RULES.unsafePath.id,
  mdxSyntax: RULES.mdxSyntax.id,
  secret: RULES.secret.id,
} as const;

/** A problem found while reading a file, with the rule that owns it. */
export interface ReadProblem extends Finding {
  ruleId: RuleId;
  severity: Severity;
}

/** A content file as read: its id, the text, the validated data when valid, and what is wrong. */
export interface ReadEntry<Data = unknown> {
  collection: CollectionName;
  id: string;
  /** The decoded text (LF line endings), or undefined when the bytes could not be read as text. */
  text: string | undefined;
  /** The frontmatter as written (before validation), when it could be parsed. */
  rawData: Record<string, unknown> | undefined;
  /** The frontmatter after schema validation (defaults applied), only when it is valid. */
  data: Data | undefined;
  /** The Markdown body and the file line it starts on. */
  body: string;
  bodyLine: number;
  /** The frontmatter YAML and the file line it starts on; `frontmatterPositions` reads positions from it. */
  frontmatter: FrontmatterSource | undefined;
  problems: ReadProblem[];
}

/** Reads a content file of `collection` at `path` (relative to the project, forward slashes). */
export function readEntry(collection: CollectionName, path: string, bytes: Uint8Array, schema: z.ZodType = schemas[collection]): ReadEntry {
  const problems: ReadProblem[] = [];
  const add = (ruleId: ReadProblem['ruleId'], severity: Severity, findings: Finding[]) =>
    problems.push(...findings.map((finding) => ({ ...finding, ruleId, severity })));
  const id = entryIdFromPath(path);
  const unread: ReadEntry = { collection, id, text: undefined, rawData: undefined, data: undefined, body: '', bodyLine: 1, frontmatter: undefined, problems };

  add(READ_RULES.fileName, 'warning', describeFileName(path, id).filter((finding) => finding.severity === 'warning'));
  add(READ_RULES.fileName, 'error', describeFileName(path, id).filter((finding) => finding.severity === 'error'));

  const decoded = decodeSource(bytes);
  add(READ_RULES.encoding, 'error', decoded.errors);
  add(READ_RULES.encoding, 'warning', decoded.warnings);
  if (decoded.text === undefined) return unread;
  const text = decoded.text;

  const split = splitFrontmatter(text);
  const withBody = { ...unread, text, body: split.body, bodyLine: split.bodyLine };
  add(READ_RULES.frontmatter, 'error', split.problems);
  if (split.yaml === undefined) {
    if (split.problems.length === 0) {
      add(READ_RULES.frontmatter, 'error', [
        { line: 1, column: 1, message: 'File has no frontmatter', hint: `start it with the fields of a ${collection} page between two \`---\` lines` },
      ]);
    }
    return withBody;
  }

  const frontmatter = { yaml: split.yaml, firstLine: split.yamlLine };
  if (hasBidiControl(split.yaml)) problems.push(...bidiControlProblems(split.yaml, split.yamlLine, 'Frontmatter'));
  const yaml = readYamlData(split.yaml, { firstLine: split.yamlLine });
  add(READ_RULES.frontmatter, 'error', yaml.problems);
  const parsed = { ...withBody, rawData: yaml.data, frontmatter };
  if (yaml.data === undefined) return parsed;
  problems.push(...cutShortValues(split.yaml, split.yamlLine));

  const result = schema.safeParse(yaml.data);
  if (!result.success) {
    const positions = frontmatterPositions(frontmatter);
    const locate = (path: readonly PropertyKey[], options?: { key?: boolean }) => locateIn(positions, path, options);
    add(READ_RULES.schema, 'error', describeSchemaIssues(result.error.issues, yaml.data, locate, schema));
    return parsed;
  }
  return { ...parsed, data: result.data };
}

/** Frontmatter YAML as written, and the file line it starts on. */
export interface FrontmatterSource {
  yaml: string;
  firstLine: number;
}

const NO_FRONTMATTER: PositionMap = { whole: { line: 1, column: 1 }, nodes: {} };
const positionCache = new WeakMap<FrontmatterSource, PositionMap>();

/**
 * Where every frontmatter value was written. Worked out only when a problem needs a position: the
 * reference parser that knows positions is several times slower than the one that reads the data.
 */
export function frontmatterPositions(source: FrontmatterSource | undefined): PositionMap {
  if (!source) return NO_FRONTMATTER;
  let positions = positionCache.get(source);
  if (!positions) positionCache.set(source, (positions = parsePositionedYaml(source.yaml, { firstLine: source.firstLine }).positions));
  return positions;
}

/** Whether a read entry has any error (warnings do not count). */
export function hasErrors(entry: Pick<ReadEntry, 'problems'>): boolean {
  return entry.problems.some((problem) => problem.severity === 'error');
}

interface NameFinding extends Finding {
  severity: Severity;
}

function describeFileName(path: string, id: string): NameFinding[] {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const extension = name.slice(name.lastIndexOf('.'));
  const stem = fileStem(path);
  const findings: NameFinding[] = [];
  if (id === '') {
    findings.push({ line: 1, column: 1, severity: 'error', message: `File name \`${name}\` has no letters or digits, so the site cannot give it a URL`, hint: 'rename it after its title, in kebab-case' });
  } else if (stem !== id) {
    findings.push({ line: 1, column: 1, severity: 'warning', message: `File name \`${name}\` is not a kebab-case id; the site serves it as \`${id}\``, hint: `rename it to \`${id}${extension.toLowerCase()}\` so its id and links match` });
  }
  return findings;
}
