/**
 * Runs the examples in a rule's documentation page as tests. Each example is a set of files
 * (fenced blocks with `file=<path>`, and `escapes` when `\u{XXXX}` stands for an invisible
 * character) added to the base handbook in `test/fixtures/rule-base/`; a
 * not-OK example also has the exact output it must produce (a fenced `text output` block). The docs
 * and the tests cannot disagree, because they are the same text.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { markdownToMdast, type MdastNode } from 'satteri';
import { runCheck, type CheckOptions } from '../../scripts/checker/run-check.ts';
import { ruleDocsPath as docsPath } from '../../src/lib/rules.ts';
import type { Diagnostic } from '../../src/lib/diagnostic.ts';
import { projectRoot, TEST_TODAY } from './project.ts';

/** One example of a rule doc. */
export interface RuleExample {
  verdict: 'ok' | 'not-ok';
  /** The heading the example sits under, for the test name. */
  title: string;
  /** The files of the example; empty when it can only be described (a symlink, raw bytes). */
  files: Record<string, string>;
  /** For not-OK examples: the expected output lines. */
  output: string[];
}

/** The group, kind and default severity a rule's documentation page states. */
export function ruleFacts(id: string): { group: string | undefined; kind: string | undefined; severity: string | undefined } {
  const doc = readFileSync(join(projectRoot, docsPath(id)), 'utf8');
  return {
    group: /^- \*\*Group:\*\* `([a-z]+)`$/m.exec(doc)?.[1],
    kind: /^- \*\*Kind:\*\* ([a-z]+)/m.exec(doc)?.[1],
    severity: /^- \*\*Default severity:\*\* ([a-z]+)/m.exec(doc)?.[1],
  };
}

/** The examples of rule `id`, read from its documentation page. */
export function ruleExamples(id: string): RuleExample[] {
  const doc = readFileSync(join(projectRoot, docsPath(id)), 'utf8');
  const tree = markdownToMdast(doc) as { children: MdastNode[] };
  const examples: RuleExample[] = [];
  let verdict: RuleExample['verdict'] | undefined;
  let current: RuleExample | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = textOf(node);
      if (node.depth === 2) verdict = /^not ok/i.test(text) ? 'not-ok' : /^ok/i.test(text) ? 'ok' : undefined;
      if (verdict && (node.depth === 2 || node.depth === 3)) {
        current = { verdict, title: text, files: {}, output: [] };
        examples.push(current);
      }
    }
    if (node.type === 'code' && current) {
      const meta = /(?:^|\s)file=(?:"([^"]+)"|(\S+))/.exec(node.meta ?? '');
      const file = meta?.[1] ?? meta?.[2];
      // `escapes` writes invisible characters visibly in the docs: `\u{202E}` stands for the character itself.
      const value = /(?:^|\s)escapes(?:\s|$)/.test(node.meta ?? '') ? node.value.replace(/\\u\{([0-9A-Fa-f]{1,6})\}/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16))) : node.value;
      if (file) current.files[file] = `${value}\n`;
      else if (node.lang === 'text' && node.meta === 'output') current.output = node.value.split('\n').filter(Boolean);
    }
  }
  // A section heading with nothing under it but sub-headings is not an example of its own.
  return examples.filter((example) => Object.keys(example.files).length > 0 || example.output.length > 0);
}

/** Runs one example: its files on top of the base handbook, judged on the test day. */
export async function runExample(example: RuleExample, only: string[], extra: Partial<CheckOptions> = {}): Promise<Diagnostic[]> {
  const root = mkdtempSync(join(tmpdir(), 'baton-rule-'));
  cpSync(join(projectRoot, 'test/fixtures/rule-base'), root, { recursive: true });
  for (const [path, text] of Object.entries(example.files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const { diagnostics } = await runCheck({ root, paths: ['content'], only, today: TEST_TODAY, cachePath: false, ...extra });
  return diagnostics;
}

/** A diagnostic as the text format prints it, without colour or indentation. */
export function asLine(diagnostic: Diagnostic): string {
  const message = diagnostic.hint ? `${diagnostic.message}; ${diagnostic.hint}` : diagnostic.message;
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}  ${diagnostic.severity}  ${message}  ${diagnostic.ruleId}`;
}

function textOf(node: MdastNode): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node && Array.isArray(node.children)) return (node.children as MdastNode[]).map(textOf).join('');
  return '';
}
