/**
 * The checker reads Markdown with Sätteri, the site's engine; remark-parse is the reference
 * CommonMark parser. For plain CommonMark, both must find the same links and images at the same
 * places, and the same headings: a disagreement means the checker misses or invents a reference.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/reading/frontmatter.ts';
import { outlineMarkdown } from '../../src/lib/reading/markdown-outline.ts';
import { projectRoot } from '../helpers/project.ts';

interface MdastNode {
  type: string;
  url?: string;
  depth?: number;
  identifier?: string;
  children?: MdastNode[];
  position?: { start: { line: number; column: number } };
}

/** Links and images as remark-parse sees them: `[text](url)`, `![alt](src)`, autolinks, and references resolved through their definitions. */
function referenceOutline(body: string): { links: string[]; headingDepths: number[] } {
  const tree = unified().use(remarkParse).parse(body) as MdastNode;
  const nodes: MdastNode[] = [];
  const walk = (node: MdastNode) => {
    nodes.push(node);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  const definitions = new Map(nodes.filter((node) => node.type === 'definition').map((node) => [node.identifier, node.url]));
  const links: string[] = [];
  for (const node of nodes) {
    const url = node.type === 'link' || node.type === 'image' ? node.url : node.type === 'linkReference' || node.type === 'imageReference' ? definitions.get(node.identifier) : undefined;
    if (url === undefined || !node.position) continue;
    const kind = node.type.startsWith('image') ? 'image' : 'link';
    links.push(`${node.position.start.line}:${node.position.start.column} ${kind} ${url}`);
  }
  return { links, headingDepths: nodes.filter((node) => node.type === 'heading').map((node) => node.depth!) };
}

function batonOutline(body: string): { links: string[]; headingDepths: number[] } {
  const outline = outlineMarkdown(body, { mdx: false, firstLine: 1 });
  return {
    // The rendered href is percent-encoded as a browser would send it; the reference keeps the written form.
    links: outline.links.filter((link) => link.kind === 'link' || link.kind === 'image').map((link) => `${link.line}:${link.column} ${link.kind} ${decodeURI(link.url)}`),
    headingDepths: outline.headings.map((heading) => heading.depth),
  };
}

const tricky: Record<string, string> = {
  'inline links and images': 'See [the playbook](../playbooks/fto.md#scope) and ![chart](./chart.png "Chart").\n',
  'reference links, full, collapsed and shortcut': 'Read [the guide][g], [g][] and [g].\n\n[g]: ../roles/head-of-ip.md#cover\n',
  'autolinks': 'Write to <mailto:ip@example.com> or see <https://example.com/a?b=c>.\n',
  'escapes and entities in destinations': 'A [file](../people/ada\\_okafor.md) and [an entity](../roles/a&amp;b.md).\n',
  'angle-bracket destinations with spaces': 'The [minutes](<../notes/board minutes.md>).\n',
  'nested brackets in link text': 'See [the [draft] terms](../partners/terms.md).\n',
  'links inside emphasis, lists and quotes': '- *see [a](a.md)*\n- > quoted [b](b.md)\n\n1. **[c](c.md)**\n',
  'code that only looks like a link': 'Use `[not](a-link.md)` here.\n\n```md\n[nor](this.md)\n```\n\n    [nor](indented.md)\n',
  'an undefined reference is text': 'This [is not] a link and [neither][is this].\n',
  'headings of both kinds': '# One\n\nTwo\n===\n\n## Three [link](three.md)\n\nFour\n----\n\n###### Six\n',
};

describe('the checker agrees with remark-parse on plain CommonMark', () => {
  for (const [name, body] of Object.entries(tricky)) {
    it(`finds the same links, images and headings: ${name}`, () => {
      expect(batonOutline(body)).toEqual(referenceOutline(body));
    });
  }

  const folders = ['playbooks', 'roles', 'handovers', 'partners'];
  const files = folders.flatMap((folder) => readdirSync(join(projectRoot, 'content', folder)).filter((file) => file.endsWith('.md')).map((file) => `content/${folder}/${file}`));

  it('reads the starter handbook', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  for (const file of files) {
    it(`finds the same links, images and headings in ${file}`, () => {
      const { body } = splitFrontmatter(readFileSync(join(projectRoot, file), 'utf8'));
      const reference = referenceOutline(body);
      expect(batonOutline(body)).toEqual(reference);
    });
  }
});
