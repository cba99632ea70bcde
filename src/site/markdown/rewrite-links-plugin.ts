/**
 * The Sätteri hast plugin that rewrites every link and image in a page (Markdown, raw HTML and MDX
 * JSX alike) to the URL the site serves, as `content-links.ts` decides. Astro renders Markdown and
 * MDX through the same processor, so both kinds of page get it.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rewriteHtmlLinks, siteUrlForLink } from './content-links.ts';

interface ElementNode {
  tagName: string;
  properties?: Record<string, unknown>;
}

interface JsxNode {
  attributes: { type: string; name?: string; value?: unknown }[];
}

interface RawNode {
  type: 'raw';
  value: string;
}

interface PluginContext {
  readonly fileURL: URL | undefined;
  setProperty(node: unknown, key: string, value: unknown): void;
  replaceNode(node: unknown, replacement: RawNode): void;
}

const URL_PROPERTY: Record<string, string> = { a: 'href', img: 'src' };

/**
 * The plugin for a handbook whose root folder is `handbookRoot`. `version` changes whenever the code
 * that rewrites links changes: it is part of Astro's config, so a change empties the content cache
 * instead of serving pages rendered with the old rules.
 */
export function rewriteLinksPlugin({ handbookRoot, version }: { handbookRoot: string; version: string }) {
  /** The page's path relative to the handbook root, or undefined for a file outside it. */
  const pageFile = (context: PluginContext): string | undefined => {
    if (!context.fileURL) return undefined;
    const path = relative(handbookRoot, fileURLToPath(context.fileURL));
    return path.startsWith('..') ? undefined : path.split(sep).join('/');
  };
  const rewrite = (node: unknown, attribute: string, value: unknown, context: PluginContext) => {
    const from = pageFile(context);
    if (typeof value !== 'string' || from === undefined) return;
    const url = siteUrlForLink(value, from);
    if (url !== undefined) context.setProperty(node, attribute, url);
  };
  const visitJsx = (node: JsxNode, context: PluginContext) => {
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && (attribute.name === 'href' || attribute.name === 'src')) rewrite(node, attribute.name, attribute.value, context);
    }
  };
  return {
    name: 'baton-rewrite-links',
    version,
    element: {
      filter: Object.keys(URL_PROPERTY),
      visit(node: ElementNode, context: PluginContext) {
        const attribute = URL_PROPERTY[node.tagName]!;
        rewrite(node, attribute, node.properties?.[attribute], context);
      },
    },
    raw(node: RawNode, context: PluginContext) {
      const from = pageFile(context);
      if (from === undefined) return;
      const rewritten = rewriteHtmlLinks(node.value, from);
      if (rewritten !== node.value) context.replaceNode(node, { type: 'raw', value: rewritten });
    },
    mdxJsxFlowElement: { filter: [], visit: visitJsx },
    mdxJsxTextElement: { filter: [], visit: visitJsx },
  };
}
