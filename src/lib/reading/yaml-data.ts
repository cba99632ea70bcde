/**
 * Reads YAML into plain data as fast as it safely can. Ordinary frontmatter (no tags, anchors,
 * aliases, merge keys, directives or tabs) goes through js-yaml with a YAML 1.2 core schema; anything
 * else, and anything js-yaml rejects, goes through the `yaml` library, which reports problems with
 * their positions. Both paths give the same data for the same text (a property test checks this).
 */
import jsYaml from 'js-yaml';
import type { Finding } from '../diagnostic.ts';
import { parsePositionedYaml, type YamlSource } from './positioned-yaml.ts';
import { YAML_CORE_SCHEMA } from './yaml-core-schema.ts';

/** YAML read into data, or the problems that stopped it. */
export interface YamlData {
  data: Record<string, unknown> | undefined;
  problems: Finding[];
}

/** Text that could use a feature Baton refuses or the two libraries might read differently. */
const NEEDS_REFERENCE_PARSER = /(?:^|[\s[\]{},:])[&*!?]|<<|^%|\t/m;

/** Reads YAML text into data, reporting problems as `parsePositionedYaml` does. */
export function readYamlData(text: string, source: YamlSource = {}): YamlData {
  const fast = NEEDS_REFERENCE_PARSER.test(text) ? undefined : readWithJsYaml(text);
  if (fast) return { data: fast, problems: [] };
  const { data, problems } = parsePositionedYaml(text, source);
  return { data, problems };
}

/** The data js-yaml reads, when it reads a mapping (or nothing) without complaint. */
function readWithJsYaml(text: string): Record<string, unknown> | undefined {
  let value: unknown;
  try {
    value = jsYaml.load(text, { schema: YAML_CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value) || !hasPlainKeys(value)) return undefined;
  return value as Record<string, unknown>;
}

/** Keys that are words; a key such as `null:` or `0x1F:` is a value in YAML, and libraries turn it into text differently. */
function hasPlainKeys(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(hasPlainKeys);
  if (value === null || typeof value !== 'object') return true;
  return Object.entries(value).every(([key, child]) => PLAIN_KEY.test(key) && !SCALAR_WORDS.has(key) && hasPlainKeys(child));
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const SCALAR_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
