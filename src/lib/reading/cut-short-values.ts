/**
 * Plain YAML values cut short by ` #`: in `title: Step #1 of the audit` YAML reads the title as `Step`
 * and the rest as a comment, and the site publishes "Step". Read from the YAML library's source
 * tokens, which keep each comment and where it starts, so only a comment that really follows an
 * unquoted value on its line is reported, never a `#` inside quotes or a comment line of its own.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar } from 'yaml';
import { RULES } from '../rules.ts';
import type { ReadProblem } from './read-entry.ts';
import { fieldName } from './schema-issues.ts';

/** A `#` after a space, following something on the same line: the only text that can hold such a comment. */
const MAYBE = /[^\s#][ \t]+#/;

/**
 * Every plain value in `yaml` (which starts on file line `firstLine`) followed on its line by a comment
 * that reads as the rest of the value. A one-word value followed by `# a comment` (a space after the
 * `#`) is taken as an intended comment: `review_every: 1y # yearly`.
 */
export function cutShortValues(yaml: string, firstLine: number): ReadProblem[] {
  if (!MAYBE.test(yaml)) return [];
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, keepSourceTokens: true, version: '1.2', uniqueKeys: false });
  if (document.errors.length > 0) return [];
  const problems: ReadProblem[] = [];
  const visit = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) if (isScalar(pair.key)) visit(pair.value, [...path, String(pair.key.value)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visit(item, [...path, index]));
    } else if (isScalar(node) && node.type === Scalar.PLAIN && node.srcToken?.type === 'scalar') {
      const { source, end = [] } = node.srcToken;
      const comment = end.find((token) => token.type === 'comment');
      // Only the tokens before the end of the line belong to the value's line.
      if (!comment || end.slice(0, end.indexOf(comment)).some((token) => token.type === 'newline')) return;
      const meant = !/\s/.test(source) && /^#\s/.test(comment.source);
      if (meant) return;
      const { line, col } = lineCounter.linePos(comment.offset);
      const written = `${source}${yaml.slice(node.srcToken.offset + source.length, comment.offset)}${comment.source.trimEnd()}`;
      problems.push({
        line: line + firstLine - 1,
        column: col,
        severity: 'warning',
        ruleId: RULES.valueCutByComment.id,
        message: `Field \`${fieldName(path)}\` reads as \`${source}\`: YAML takes \`${comment.source.trimEnd()}\` as a comment`,
        hint: `quote the value: \`${JSON.stringify(written)}\``,
      });
    }
  };
  visit(document.contents, []);
  return problems;
}
