import { describe, expect, it } from 'vitest';
import { judgeAttributeExpression, judgeElement, judgeEsm, judgeExpression, judgeLink, linkScheme, SAFE_ELEMENTS } from '../../../src/lib/reading/content-safety.ts';

const linkIssue = (scheme: string) => ({ ruleId: 'unsafe-link', message: `Link uses the \`${scheme}:\` scheme, which the site does not allow`, hint: 'link to an `https:`, `mailto:` or `tel:` address, or to a page of the handbook' });

describe('links', () => {
  it('reads the scheme as a browser does: any case, with whitespace and control characters dropped', () => {
    expect(linkScheme('JavaScript:alert(1)')).toBe('javascript');
    expect(linkScheme(' java\tscr\nipt:alert(1)')).toBe('javascript');
    expect(linkScheme('\u0000javascript:x')).toBe('javascript');
    expect(linkScheme('java\u007fscript:x')).toBe('javascript');
    expect(linkScheme('vbscript:x')).toBe('vbscript');
    expect(linkScheme('web+app.v-1:x')).toBe('web+app.v-1');
  });

  it('finds no scheme in relative addresses', () => {
    expect(linkScheme('./page.md')).toBeUndefined();
    expect(linkScheme('/roles/x/')).toBeUndefined();
    expect(linkScheme('#top')).toBeUndefined();
    expect(linkScheme('1http:x')).toBeUndefined();
    expect(linkScheme('page.md?a=b:c')).toBeUndefined();
  });

  it('allows the web, e-mail, the phone and relative addresses, and refuses every other scheme', () => {
    for (const url of ['https://example.org', 'HTTP://example.org', 'mailto:ip@example.org', 'tel:+441234', './x.md', '#a']) expect(judgeLink(url), url).toBeUndefined();
    expect(judgeLink('javascript:alert(1)')).toEqual(linkIssue('javascript'));
    expect(judgeLink('DATA:text/html,x')).toEqual(linkIssue('data'));
    expect(judgeLink('file:///etc/passwd')).toEqual(linkIssue('file'));
  });
});

describe('raw HTML elements', () => {
  it('allows content elements, whatever their case, with ordinary attributes', () => {
    expect(judgeElement('TABLE', { className: 'wide', title: 'x' })).toEqual([]);
    expect(judgeElement('details', { open: true })).toEqual([]);
    for (const tag of ['a', 'img', 'picture', 'source', 'time', 'wbr', 'h6', 'figcaption']) expect(SAFE_ELEMENTS.has(tag), tag).toBe(true);
  });

  it('refuses elements that run, embed or style, naming them in lower case', () => {
    for (const tag of ['script', 'iframe', 'object', 'embed', 'form', 'svg', 'style', 'input', 'button', 'base', 'meta', 'link']) {
      expect(judgeElement(tag.toUpperCase(), {}), tag).toEqual([
        { ruleId: 'unsafe-html', message: `HTML element \`<${tag}>\` is not allowed in a page`, hint: 'use Markdown, or an element from the list in the rule\'s documentation' },
      ]);
    }
  });

  it('refuses event handlers in any spelling, and inline style', () => {
    expect(judgeElement('img', { onError: 'x', ONLOAD: 'y', style: 'color: red' })).toEqual([
      { ruleId: 'unsafe-html', message: 'HTML attribute `onerror` runs script, which the site does not allow', hint: 'remove it; pages carry content, not behaviour' },
      { ruleId: 'unsafe-html', message: 'HTML attribute `onload` runs script, which the site does not allow', hint: 'remove it; pages carry content, not behaviour' },
      { ruleId: 'unsafe-html', message: 'HTML attribute `style` is blocked by the site\'s Content-Security-Policy', hint: 'remove it; the site\'s stylesheet styles pages' },
    ]);
  });

  it('judges the addresses in URL attributes, each candidate of a srcset included', () => {
    expect(judgeElement('img', { srcSet: 'a.png 1x, javascript:alert(1) 2x,  ,b.png' })).toEqual([linkIssue('javascript')]);
    expect(judgeElement('blockquote', { cite: 'data:text/html,x' })).toEqual([linkIssue('data')]);
    expect(judgeElement('a', { xLinkHref: 'javascript:x' })).toEqual([linkIssue('javascript')]);
    expect(judgeElement('img', { poster: ['javascript:', 'x'] })).toEqual([linkIssue('javascript')]);
    expect(judgeElement('div', { data: 'vbscript:x', background: 'https://example.org/x.png' })).toEqual([linkIssue('vbscript')]);
    expect(judgeElement('img', { srcSet: '', cite: 7 })).toEqual([]);
    // `href` and `src` are links, judged as links where the page's links are read.
    expect(judgeElement('a', { href: 'javascript:x' })).toEqual([]);
  });

  it('reports a forbidden element and its forbidden attributes together, element first', () => {
    expect(judgeElement('form', { action: 'javascript:x', onSubmit: 'y' }).map((issue) => issue.message)).toEqual([
      'HTML element `<form>` is not allowed in a page',
      'Link uses the `javascript:` scheme, which the site does not allow',
      'HTML attribute `onsubmit` runs script, which the site does not allow',
    ]);
  });
});

describe('MDX', () => {
  const esm = (...body: { type: string; source?: { value: string } }[]) => ({ body });
  const allowed = ['src/components/mdx/', 'src/lib/exact.ts'];
  const importHint = 'import components from `src/components/mdx/` or `src/lib/exact.ts` only (`check.mdx.allowed_imports`)';

  it('allows imports of the project’s components, relative or not, and nothing else', () => {
    expect(judgeEsm(esm({ type: 'ImportDeclaration', source: { value: '../../src/components/mdx/Callout.astro' } }), 'content/playbooks/a.mdx', allowed)).toEqual([]);
    expect(judgeEsm(esm({ type: 'ImportDeclaration', source: { value: 'src/components/mdx/Callout.astro' } }), 'content/playbooks/a.mdx', allowed)).toEqual([]);
    expect(judgeEsm(esm({ type: 'ImportDeclaration', source: { value: 'src/lib/exact.ts' } }), 'content/playbooks/a.mdx', allowed)).toEqual([]);
    expect(judgeEsm(esm({ type: 'ImportDeclaration', source: { value: 'src/lib/exact.tsx' } }), 'content/playbooks/a.mdx', allowed)).toEqual([
      { ruleId: 'mdx-code', message: 'MDX imports `src/lib/exact.tsx`, which is not one of the project\'s components', hint: importHint },
    ]);
    expect(judgeEsm(esm({ type: 'ImportDeclaration', source: { value: 'node:child_process' } }), 'content/playbooks/a.mdx', allowed)[0]?.message).toBe('MDX imports `node:child_process`, which is not one of the project\'s components');
    expect(judgeEsm(esm({ type: 'ImportDeclaration', source: { value: '../src/components/mdx/X.astro' } }), 'content/playbooks/a.mdx', allowed)).toHaveLength(1);
  });

  it('refuses every export, and any other statement', () => {
    expect(judgeEsm(esm({ type: 'ExportNamedDeclaration' }, { type: 'ExportDefaultDeclaration' }, { type: 'ExpressionStatement' }), 'content/playbooks/a.mdx', allowed)).toEqual([
      { ruleId: 'mdx-code', message: 'MDX `export` runs code when the site is built', hint: 'remove it; put data in the frontmatter' },
      { ruleId: 'mdx-code', message: 'MDX `export` runs code when the site is built', hint: 'remove it; put data in the frontmatter' },
      { ruleId: 'mdx-code', message: 'MDX statement `ExpressionStatement` runs code when the site is built', hint: 'remove it' },
    ]);
  });

  const expression = (node: Record<string, unknown>) => ({ body: [{ type: 'ExpressionStatement', expression: node }] });
  const identifier = (name: string) => ({ type: 'Identifier', name });
  const member = (object: Record<string, unknown>, property: Record<string, unknown>, computed = false) => ({ type: 'MemberExpression', object, property, computed });
  const codeIssue = (shown: string) => ({ ruleId: 'mdx-code', message: `MDX expression \`{${shown}}\` runs code when the site is built`, hint: 'use plain text, a literal, or a `frontmatter` field' });

  it('allows literals, names, plain template strings, frontmatter fields and comments', () => {
    expect(judgeExpression(null, '')).toBeUndefined();
    expect(judgeExpression({ body: [] }, '/* note */')).toBeUndefined();
    expect(judgeExpression(expression({ type: 'Literal', value: 1 }), '1')).toBeUndefined();
    expect(judgeExpression(expression(identifier('title')), 'title')).toBeUndefined();
    expect(judgeExpression(expression({ type: 'TemplateLiteral', expressions: [] }), '`x`')).toBeUndefined();
    expect(judgeExpression(expression(member(identifier('frontmatter'), identifier('title'))), 'frontmatter.title')).toBeUndefined();
    expect(judgeExpression(expression(member(member(identifier('frontmatter'), identifier('ip')), identifier('background'))), 'frontmatter.ip.background')).toBeUndefined();
  });

  it('refuses anything that computes, calls or reaches beyond the frontmatter, shortening long code', () => {
    expect(judgeExpression(expression({ type: 'TemplateLiteral', expressions: [identifier('x')] }), '`${x}`')).toEqual(codeIssue('`${x}`'));
    expect(judgeExpression(expression(member(identifier('process'), identifier('env'))), ' process.env ')).toEqual(codeIssue('process.env'));
    expect(judgeExpression(expression(member(identifier('frontmatter'), identifier('x'), true)), 'frontmatter[x]')).toEqual(codeIssue('frontmatter[x]'));
    expect(judgeExpression(expression(member(identifier('frontmatter'), { type: 'Literal', value: 'x' })), 'frontmatter."x"')).toEqual(codeIssue('frontmatter."x"'));
    expect(judgeExpression(expression(member({ type: 'CallExpression' }, identifier('x'))), 'f().x')).toEqual(codeIssue('f().x'));
    expect(judgeExpression(expression({ type: 'CallExpression' }), 'x'.repeat(40))).toEqual(codeIssue('x'.repeat(40)));
    expect(judgeExpression(expression({ type: 'CallExpression' }), 'y'.repeat(41))).toEqual(codeIssue(`${'y'.repeat(37)}...`));
    expect(judgeExpression({ body: [{ type: 'ExpressionStatement', expression: identifier('a') }, { type: 'ExpressionStatement', expression: identifier('b') }] }, 'a; b')).toEqual(codeIssue('a; b'));
    expect(judgeExpression({ body: [{ type: 'VariableDeclaration' }] }, 'let x')).toEqual(codeIssue('let x'));
  });

  it('judges attribute expressions from their text with the same allow-list', () => {
    for (const inert of ['"a \\" b"', "'x'", '-1.5', '42', 'true', 'false', 'null', 'frontmatter.title', ' $name_1 ']) expect(judgeAttributeExpression(inert), inert).toBeUndefined();
    for (const code of ['fetch("x")', 'a + b', '"a" + "b"', 'x[0]', '1.', '`x`', 'frontmatter.', '']) expect(judgeAttributeExpression(code), code).toEqual(codeIssue(code.trim()));
  });
});
