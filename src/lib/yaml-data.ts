/**
 * Reads YAML into plain data as fast as it safely can. Ordinary frontmatter (no tags, anchors,
 * aliases, merge keys, directives or tabs) goes through js-yaml with a YAML 1.2 core schema; anything
 * else, and anything js-yaml rejects, goes through the `yaml` library, which reports problems with
 * their positions. Both paths give the same data for the same text (a property test checks this).
 */
import jsYaml from 'js-yaml';
import type { Finding } from './diagnostic.ts';
import { parsePositionedYaml, type YamlSource } from './positioned-yaml.ts';
import { YAML_CORE_SCHEMA } from './yaml-core-schema.ts';

/** YAML read into data, or the problems that stopped it. */
export interface YamlData {
  data: Record<string, unknown> | undefined;
  problems: Finding[];
}

/** Text that could use a feature Baton refuses or the two libraries might read differently. */
const NEEDS_REFERENCE_PARSER = /(?:^|[\s[\]{},:])[&*!]|<<|^%|\t/m;

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
  return typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
