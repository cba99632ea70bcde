/**
 * What a page may contain without being trusted as code. MDX compiles to JavaScript that runs at build
 * time, and raw HTML reaches readers' browsers as written, so both are held to allow-lists: MDX may
 * import only the project's own components and may hold only literals and names in braces; HTML may
 * use only content elements, no event handlers, no inline styles, and links only to http(s), mailto,
 * tel or relative addresses. These checks read the page; nothing in it is ever run.
 */
import { posix } from 'node:path';
import { RULES } from '../rules.ts';

/** The rules these checks report under. */
export const SAFETY_RULES = { mdxCode: RULES.mdxCode.id, html: RULES.unsafeHtml.id, link: RULES.unsafeLink.id } as const;

/** One thing a page must not do. */
export interface SafetyIssue {
  ruleId: (typeof SAFETY_RULES)[keyof typeof SAFETY_RULES];
  message: string;
  hint: string;
}

/** Elements a page may write as raw HTML or as lower-case JSX: text, structure, media, tables. */
export const SAFE_ELEMENTS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'aside', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt',
  'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'picture', 'pre', 'q',
  's', 'samp', 'section', 'small', 'source', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr',
  'u', 'ul', 'var', 'wbr',
]);

/** Attributes that hold an address a browser may follow or load (`href` and `src` are judged as links). */
const URL_ATTRIBUTES = new Set(['srcset', 'action', 'formaction', 'poster', 'cite', 'background', 'xlink:href', 'data']);

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** The scheme of an address as a browser reads it (tabs, newlines and leading spaces ignored), or undefined when it has none. */
export function linkScheme(url: string): string | undefined {
  // Browsers drop ASCII whitespace and control characters inside the scheme: `java\tscript:` is `javascript:`.
  const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(squeezed);
  return match?.[1]?.toLowerCase();
}

/** A link that goes somewhere other than the web, e-mail, the phone or the handbook itself. */
export function judgeLink(url: string): SafetyIssue | undefined {
  const scheme = linkScheme(url);
  if (scheme === undefined || SAFE_SCHEMES.has(scheme)) return undefined;
  return {
    ruleId: SAFETY_RULES.link,
    message: `Link uses the \`${scheme}:\` scheme, which the site does not allow`,
    hint: 'link to an `https:`, `mailto:` or `tel:` address, or to a page of the handbook',
  };
}

/** An element written as raw HTML (or lower-case JSX) and its attributes, with entities already decoded. */
export function judgeElement(tagName: string, attributes: Record<string, unknown>): SafetyIssue[] {
  const tag = tagName.toLowerCase();
  const issues: SafetyIssue[] = [];
  if (!SAFE_ELEMENTS.has(tag)) {
    issues.push({ ruleId: SAFETY_RULES.html, message: `HTML element \`<${tag}>\` is not allowed in a page`, hint: 'use Markdown, or an element from the list in the rule\'s documentation' });
  }
  for (const [name, value] of Object.entries(attributes)) {
    const attribute = attributeName(name);
    if (attribute.startsWith('on')) {
      issues.push({ ruleId: SAFETY_RULES.html, message: `HTML attribute \`${attribute}\` runs script, which the site does not allow`, hint: 'remove it; pages carry content, not behaviour' });
    } else if (attribute === 'style') {
      issues.push({ ruleId: SAFETY_RULES.html, message: 'HTML attribute `style` is blocked by the site\'s Content-Security-Policy', hint: 'remove it; the site\'s stylesheet styles pages' });
    } else if (URL_ATTRIBUTES.has(attribute)) {
      for (const url of attributeUrls(attribute, value)) {
        const issue = judgeLink(url);
        if (issue) issues.push(issue);
      }
    }
  }
  return issues;
}

/** hast spells attributes in camel case (`onError`, `xLinkHref`); HTML spells them in lower case. */
function attributeName(name: string): string {
  if (name === 'xLinkHref') return 'xlink:href';
  return name.toLowerCase();
}

function attributeUrls(attribute: string, value: unknown): string[] {
  const text = Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
  // `srcset` lists addresses, each followed by a size.
  if (attribute === 'srcset') return text.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '').filter(Boolean);
  return text ? [text] : [];
}

/** The parts of an estree node these checks read. */
interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

/**
 * An MDX `import`/`export` block. Only imports of the project's own components are allowed (a path
 * under one of `allowedImports`, resolved from the page at `fromFile`); any `export` runs code.
 */
export function judgeEsm(program: { body: EstreeNode[] }, fromFile: string, allowedImports: readonly string[]): SafetyIssue[] {
  return program.body.flatMap((statement): SafetyIssue[] => {
    if (statement.type === 'ImportDeclaration') {
      const source = String((statement.source as { value?: unknown }).value ?? '');
      if (isAllowedImport(source, fromFile, allowedImports)) return [];
      return [{ ruleId: SAFETY_RULES.mdxCode, message: `MDX imports \`${source}\`, which is not one of the project's components`, hint: `import components from ${allowedImports.map((path) => `\`${path}\``).join(' or ')} only (\`check.mdx.allowed_imports\`)` }];
    }
    if (statement.type.startsWith('Export')) {
      return [{ ruleId: SAFETY_RULES.mdxCode, message: 'MDX `export` runs code when the site is built', hint: 'remove it; put data in the frontmatter' }];
    }
    return [{ ruleId: SAFETY_RULES.mdxCode, message: `MDX statement \`${statement.type}\` runs code when the site is built`, hint: 'remove it' }];
  });
}

function isAllowedImport(source: string, fromFile: string, allowedImports: readonly string[]): boolean {
  const resolved = source.startsWith('.') ? posix.normalize(posix.join(posix.dirname(fromFile), source)) : source;
  return allowedImports.some((allowed) => (allowed.endsWith('/') ? resolved.startsWith(allowed) : resolved === allowed));
}

/** An MDX `{expression}`: only literals, names and `frontmatter.field` lookups; anything else is code. */
export function judgeExpression(program: { body: EstreeNode[] } | null, written: string): SafetyIssue | undefined {
  // `{/* a comment */}` parses to nothing and does nothing.
  if (program === null || program.body.length === 0) return undefined;
  const [statement] = program.body;
  if (program.body.length === 1 && statement?.type === 'ExpressionStatement' && isInert(statement.expression as EstreeNode)) return undefined;
  return codeIssue(written);
}

/** An MDX JSX attribute's `{expression}` value, judged from its source text with the same allow-list. */
export function judgeAttributeExpression(written: string): SafetyIssue | undefined {
  const inert = /^\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?|true|false|null|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*$/;
  return inert.test(written) ? undefined : codeIssue(written);
}

function codeIssue(written: string): SafetyIssue {
  const shown = written.trim().length > 40 ? `${written.trim().slice(0, 37)}...` : written.trim();
  return { ruleId: SAFETY_RULES.mdxCode, message: `MDX expression \`{${shown}}\` runs code when the site is built`, hint: 'use plain text, a literal, or a `frontmatter` field' };
}

function isInert(expression: EstreeNode): boolean {
  if (expression.type === 'Literal') return true;
  if (expression.type === 'Identifier') return true;
  if (expression.type === 'TemplateLiteral') return ((expression.expressions as unknown[]) ?? []).length === 0;
  if (expression.type === 'MemberExpression' && !expression.computed && (expression.property as EstreeNode).type === 'Identifier') {
    return rootName(expression) === 'frontmatter';
  }
  return false;
}

function rootName(expression: EstreeNode): string | undefined {
  if (expression.type === 'Identifier') return expression.name as string;
  if (expression.type === 'MemberExpression' && !expression.computed) return rootName(expression.object as EstreeNode);
  return undefined;
}
