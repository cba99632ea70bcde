/**
 * Turns zod's validation issues into findings a person can act on: which field, what is wrong with the
 * value as it was written, and how to fix it, at the position of the offending YAML node. The site
 * build and the checker both report schema problems through this one helper.
 */
import type { z } from 'zod';
import type { Finding, Position } from '../diagnostic.ts';
import { didYouMean } from '../printing/did-you-mean.ts';

type Issue = z.core.$ZodIssue;
type Locate = (path: readonly PropertyKey[], options?: { key?: boolean }) => Position;

/** Describes every issue of a failed parse, each at the position of the YAML it is about. */
export function describeSchemaIssues(issues: readonly Issue[], data: unknown, locate: Locate, schema: z.ZodType): Finding[] {
  return issues.flatMap((issue) => describeIssue(issue, data, locate, schema));
}

function describeIssue(issue: Issue, data: unknown, locate: Locate, schema: z.ZodType): Finding[] {
  const path = issue.path;
  const field = fieldName(path);
  const value = valueAt(data, path);

  const absent = value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
  if (absent && path.length > 0) {
    const key = String(path.at(-1));
    return [{ ...locate(path.slice(0, -1)), message: `Required field \`${field}\` is missing`, hint: `add \`${key}:\` to ${path.length > 1 ? `\`${fieldName(path.slice(0, -1))}\`` : 'the frontmatter'}` }];
  }

  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = fieldsAt(schema, path);
      return issue.keys.map((key) => ({
        ...locate([...path, key], { key: true }),
        message: `Unknown field \`${fieldName([...path, key])}\``,
        hint: didYouMean(key, known) ?? 'remove it, or check its spelling against the content type in the README',
      }));
    }
    case 'invalid_type': {
      return [{ ...locate(path), message: `Field \`${field}\` must be ${article(issue.expected)}, not ${describeValue(value)}`, hint: typeHint(issue.expected, value, path.at(-1)) }];
    }
    case 'invalid_value': {
      const options = issue.values.map((option) => `\`${String(option)}\``).join(', ');
      return [{
        ...locate(path),
        message: `Field \`${field}\` must be one of ${options}, not ${describeValue(value)}`,
        hint: typeof value === 'string' ? didYouMean(value, issue.values.map(String)) : undefined,
      }];
    }
    case 'too_small': {
      if (Array.isArray(value) || typeof value === 'string') {
        return [{ ...locate(path), message: `Field \`${field}\` ${issue.message}` }];
      }
      return [{ ...locate(path), message: `Field \`${field}\` is too small: ${describeValue(value)}` }];
    }
    default:
      return [{ ...locate(path), message: `Field \`${field}\` ${issue.message}${found(value)}`, hint: formatHint(issue) }];
  }
}

/** The field path as an author would write it: `milestones[2].due`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, segment) => (typeof segment === 'number' ? `${name}[${segment}]` : name ? `${name}.${String(segment)}` : String(segment)), '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** The field names an object schema accepts at a path, for "did you mean" on unknown fields. */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const segment of [...path, undefined]) {
    current = unwrap(current);
    const definition = (current as { _zod?: { def?: SchemaDefinition } })?._zod?.def;
    if (segment === undefined) return definition?.type === 'object' && definition.shape ? Object.keys(definition.shape) : [];
    if (definition?.type === 'object') current = definition.shape?.[String(segment)];
    else if (definition?.type === 'array') current = definition.element;
    else return [];
  }
  return [];
}

interface SchemaDefinition {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
}

/** Looks through optional, default and pipe wrappers to the schema that holds the shape. */
function unwrap(schema: unknown): unknown {
  let current = schema;
  for (;;) {
    const definition = (current as { _zod?: { def?: SchemaDefinition } })?._zod?.def;
    if (!definition) return current;
    if (definition.innerType !== undefined) current = definition.innerType;
    else if (definition.type === 'pipe' && definition.in !== undefined) current = definition.in;
    else return current;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of fields';
  if (typeof value === 'string') return `the text \`${truncate(value)}\``;
  return `the ${typeof value} \`${String(value)}\``;
}

function found(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? ` (found \`${truncate(String(value))}\`)` : '';
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function article(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: '`true` or `false`',
    array: 'a list',
    object: 'a set of fields',
  };
  return words[expected] ?? `a ${expected}`;
}

const YAML_1_1_BOOLEANS = new Set(['yes', 'no', 'on', 'off', 'y', 'n', 'Yes', 'No', 'On', 'Off', 'YES', 'NO', 'ON', 'OFF', 'True', 'False', 'TRUE', 'FALSE']);

function typeHint(expected: string, value: unknown, segment: PropertyKey | undefined): string | undefined {
  // List items have no key of their own, so the example shows the value alone.
  const as = (written: string) => (typeof segment === 'string' ? `\`${segment}: ${written}\`` : `\`${written}\``);
  if (expected === 'boolean' && typeof value === 'string' && YAML_1_1_BOOLEANS.has(value)) {
    return `write ${as('true')} or ${as('false')}; YAML 1.2 reads \`${value}\` as text`;
  }
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return `put it in quotes: ${as(`"${String(value)}"`)}`;
  }
  if (expected === 'string' && value === null) {
    return 'give it a value, or remove the line';
  }
  if (expected === 'array' && (typeof value === 'string' || typeof value === 'number')) {
    return `write it as a list: ${as(`[${String(value)}]`)}`;
  }
  return undefined;
}

function formatHint(issue: Issue): string | undefined {
  if (issue.message.includes('YYYY-MM-DD') || issue.message.includes('calendar date')) {
    return 'write a real date as `YYYY-MM-DD`, e.g. `2024-02-29`';
  }
  return undefined;
}
