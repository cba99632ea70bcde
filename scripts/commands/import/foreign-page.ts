/**
 * Reads a page of a foreign handbook: its frontmatter (YAML `---`, TOML `+++`, JSON `---json` or
 * Hugo's bare `{…}`) and its body. gray-matter splits and dispatches, with every JavaScript engine
 * replaced by a refusal, so `---js` frontmatter is refused and never run; it is always called with
 * options, which it never caches, so each file is read on its own. The body starts where Baton's own
 * reading of foreign documents says it does, so line numbers agree with `check --only links`.
 */
import matter from 'gray-matter';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { jsonObjectEnd, skipForeignFrontmatter } from '../../../src/lib/reading/foreign-frontmatter.ts';

/** A foreign page: its fields as written, its body and the line the body starts on. */
export interface ForeignPage {
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
  /** Why the frontmatter could not be read (its fields are lost, the body is kept). */
  problem?: string;
}

/** Languages of frontmatter that are code: refused, never run. */
const CODE_LANGUAGES = ['javascript', 'js', 'coffee', 'coffeescript', 'cson'];

class CodeFrontmatter extends Error {}

const refuse = () => {
  throw new CodeFrontmatter('frontmatter that is code is never run');
};

/** gray-matter's engines: data languages parsed by well-kept parsers, code refused. */
function engines() {
  return {
    // The core schema keeps dates as written: the default one would turn `2020-02-30` into 1 March.
    yaml: (text: string) => (load(text, { schema: CORE_SCHEMA }) ?? {}) as object,
    toml: (text: string) => parseToml(text),
    json: (text: string) => JSON.parse(text) as object,
    ...Object.fromEntries(CODE_LANGUAGES.map((language) => [language, refuse])) as Record<string, () => never>,
  };
}

/** Reads `text` (decoded, any line endings). */
export function readForeignPage(text: string): ForeignPage {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { body, bodyLine } = skipForeignFrontmatter(normalised);
  const firstLine = normalised.slice(0, normalised.indexOf('\n') + 1 || undefined).trim();
  const page = (data: unknown, problem?: string): ForeignPage => ({ data: isRecord(data) ? data : {}, body, bodyLine, ...(problem && { problem }) });
  if (bodyLine === 1) return page({});
  const language = /^---\s*([A-Za-z]+)?$/.exec(firstLine)?.[1]?.toLowerCase();
  try {
    if (firstLine === '+++') return page(matter(normalised, { delimiters: '+++', language: 'toml', engines: engines() }).data);
    if (firstLine.startsWith('{')) return page(JSON.parse(normalised.slice(0, jsonObjectEnd(normalised))));
    return page(matter(normalised, { engines: engines() }).data);
  } catch (error) {
    if (error instanceof CodeFrontmatter || (language !== undefined && CODE_LANGUAGES.includes(language))) {
      return page({}, `its frontmatter is \`${language ?? 'code'}\`, which Baton never runs; its fields were not read`);
    }
    return page({}, `its frontmatter could not be read (${firstSentence(error)}); its fields were not read`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

function firstSentence(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/\.$/, '');
}
