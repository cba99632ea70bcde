import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { indexHandbook } from '../../src/lib/reading/read-handbook.ts';
import { buildContext } from '../../scripts/checker/context.ts';
import { readCheckedFile } from '../../src/lib/reading/read-file.ts';
import { CHECKER_RULES as RULES } from '../../scripts/checker/rules/index.ts';
import { parsePositionedYaml } from '../../src/lib/reading/positioned-yaml.ts';
import { readYamlData } from '../../src/lib/reading/yaml-data.ts';
import { resolveLink } from '../../src/lib/judging/link-target.ts';
import { projectConfigSchema } from '../../src/schemas/config.ts';
import { collectionNames } from '../../src/schemas/index.ts';

const RUNS = 2000;

/** Text built from the characters that matter to YAML and Markdown, so generated input hits edge cases. */
const yamlish = fc.string({ unit: fc.constantFrom(...'ab:-_ \n\t#&*!|>{}[],"\'?%@`.0123456789'.split(''), 'title', 'yes', '~', '<<', '2024-02-30', '\\u00e9'), maxLength: 120 });
const markdownish = fc.string({
  unit: fc.constantFrom('[', ']', '(', ')', '#', '\n', ' ', '`', '*', '_', '<', '>', '/', '.', '-', '!', '{', '}', 'a', 'x.md', '../', '#x', '<a href="', '">', '[^1]', '|', '\\'),
  maxLength: 200,
});

const fieldValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 }),
);
const frontmatterObject = fc.dictionary(fc.oneof(fc.constantFrom('title', 'summary', 'owner', 'reviewers', 'last_reviewed', 'status', 'links', 'tags'), fc.string({ maxLength: 10 })), fieldValue, { maxKeys: 8 });

describe('the checker never throws', () => {
  it('on generated frontmatter and Markdown, in any collection, with every rule', () => {
    const config = projectConfigSchema.parse({});
    fc.assert(
      fc.property(fc.constantFrom(...collectionNames), fc.oneof(yamlish, frontmatterObject.map((data) => stringify(data))), markdownish, fc.boolean(), (collection, yaml, body, mdx) => {
        const text = `---\n${yaml}\n---\n${body}`;
        const path = `content/${collection}/generated.${mdx ? 'mdx' : 'md'}`;
        const file = readCheckedFile({ path, absolutePath: `/nowhere/${path}`, kind: 'entry', collection, reported: true }, new TextEncoder().encode(text));
        const context = buildContext(indexHandbook('/nowhere', config, [file]), '2026-11-23');
        for (const rule of RULES) rule.check(file, context);
      }),
      { numRuns: RUNS },
    );
  });

  it('on arbitrary bytes', () => {
    const config = projectConfigSchema.parse({});
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const found = { path: 'content/playbooks/bytes.md', absolutePath: '/nowhere/bytes.md', kind: 'entry' as const, collection: 'playbooks' as const, reported: true };
        const file = readCheckedFile(found, bytes);
        const context = buildContext(indexHandbook('/nowhere', config, [file]), '2026-11-23');
        for (const rule of RULES) rule.check(file, context);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the fast frontmatter reader', () => {
  it('reads exactly what the reference YAML parser reads, whenever both succeed', () => {
    fc.assert(
      fc.property(fc.oneof(yamlish, frontmatterObject.map((data) => stringify(data)), frontmatterObject.map((data) => stringify(data, { defaultStringType: 'QUOTE_DOUBLE' }))), (yaml) => {
        const fast = readYamlData(yaml);
        const reference = parsePositionedYaml(yaml);
        if (reference.data !== undefined) expect(isDeepStrictEqual(fast.data, reference.data)).toBe(true);
        else expect(fast.data).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });
});

describe('link resolution', () => {
  const urlish = fc.string({ unit: fc.constantFrom('.', '..', '/', '#', '?', '%', '%2e', '%2F', 'a', 'x.md', 'playbooks', 'content', ':', 'javascript', 'http', '\\', ' ', '\t', '&#x61;', 'é'), maxLength: 30 });
  const fromPath = fc.constantFrom('content/playbooks/a.md', 'content/roles/deep/b.mdx', 'legacy/docs/c.md', 'README.md');

  it('never throws, and never gives a page or file target outside the handbook', () => {
    fc.assert(
      fc.property(urlish, fromPath, (url, from) => {
        const target = resolveLink(url, from);
        if (target.kind === 'entry' && target.file) expect(target.file.startsWith('..')).toBe(false);
        if (target.kind === 'file') expect(target.path === '..' || target.path.startsWith('../')).toBe(false);
        if (target.kind === 'outside') expect(target.path === '..' || target.path.startsWith('../')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
