/**
 * Reading built pages in tests: parse with Sätteri's HTML parser and look things up in the tree,
 * so assertions are about elements and text, not about how the markup happens to be spelled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToHast, type HastNode } from 'satteri';

/** An element of a parsed page. */
export interface Element {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
}

/** Somewhere to look for elements: a page or one element of it. */
export interface Scope {
  /** Every element matching `test`, in document order. */
  all(test: (element: Element) => boolean): Element[];
  /** The first element matching `test`, or undefined. */
  find(test: (element: Element) => boolean): Element | undefined;
}

/** A built page, parsed. */
export interface Page extends Scope {
  html: string;
  tree: HastNode;
}

/** Reads and parses `path` (a URL path like `/playbooks/x/`) from the built `site`. */
export function readPage(site: string, path: string): Page {
  const file = path.endsWith('/') ? join(site, path, 'index.html') : join(site, path);
  return parsePage(readFileSync(file, 'utf8'));
}

/** Parses a page's HTML. */
export function parsePage(html: string): Page {
  const tree = htmlToHast(html);
  return { html, tree, ...within(tree) };
}

/** Looks for elements inside `node` (itself included). */
export function within(node: HastNode | Element): Scope {
  const all = (test: (element: Element) => boolean) => {
    const found: Element[] = [];
    walk(node as HastNode, (child) => {
      if (child.type === 'element' && test(child as unknown as Element)) found.push(child as unknown as Element);
    });
    return found;
  };
  return { all, find: (test) => all(test)[0] };
}

const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'dt', 'dd', 'tr', 'td', 'th', 'section', 'nav', 'h1', 'h2', 'h3', 'h4', 'br', 'table', 'caption']);

/** The text inside a node as a reader sees it: blocks apart, whitespace collapsed. */
export function text(node: HastNode | Element): string {
  const parts: string[] = [];
  const collect = (child: HastNode) => {
    if (child.type === 'text') parts.push((child as { value: string }).value);
    const element = child as unknown as Element;
    if (child.type !== 'element' && child.type !== 'root') return;
    const block = child.type === 'element' && BLOCKS.has(element.tagName);
    if (block) parts.push(' ');
    for (const grandchild of element.children ?? []) collect(grandchild);
    if (block) parts.push(' ');
  };
  collect(node as HastNode);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Elements with this tag name. */
export const tag = (name: string) => (element: Element) => element.tagName === name;

/** Elements with this id. */
export const id = (value: string) => (element: Element) => element.properties.id === value;

/** The element a heading with this id names (`aria-labelledby`), such as a section. */
export const labelledBy = (value: string) => (element: Element) => {
  const ids = element.properties.ariaLabelledBy;
  return Array.isArray(ids) ? ids.includes(value) : ids === value;
};

/** Elements carrying this class. */
export const hasClass = (name: string) => (element: Element) => {
  const classes = element.properties.className;
  return Array.isArray(classes) && classes.includes(name);
};

/** The `href` of every link in a page or element. */
export function hrefs(scope: Scope): string[] {
  return scope.all(tag('a')).map((link) => link.properties.href).filter((href): href is string => typeof href === 'string');
}

function walk(node: HastNode, visit: (node: HastNode) => void): void {
  visit(node);
  const children = (node as { children?: HastNode[] }).children;
  if (children) for (const child of children) walk(child, visit);
}
