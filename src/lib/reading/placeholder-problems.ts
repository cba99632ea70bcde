/**
 * Finds the template's placeholder sentences left in a page that readers will see: any page that is
 * not a `draft` (a person page is never one). Text the site leaves out is passed over: YAML comments in
 * the frontmatter, HTML comments (and MDX `{/* … *\/}` comments) in the body.
 */
import { RULES } from '../rules.ts';
import type { CollectionName } from '../../schemas/index.ts';
import type { ReadProblem } from './read-entry.ts';
import { positionOfOffset } from './source-text.ts';
import { findPlaceholders } from './template-placeholders.ts';

/** What a page is made of, as read. */
export interface PageText {
  collection: CollectionName;
  /** The frontmatter as written, when it could be parsed: its `status` says whether the page is a draft. */
  rawData: Record<string, unknown> | undefined;
  frontmatter: { yaml: string; firstLine: number } | undefined;
  body: string;
  bodyLine: number;
}

/** The placeholder sentences left in a page that is not a draft, each where it was written. */
export function placeholderProblems(page: PageText): ReadProblem[] {
  if (!page.rawData || (page.collection !== 'people' && page.rawData.status === 'draft')) return [];
  const hint = page.collection === 'people' ? 'write what it asks for, or delete it' : 'write what it asks for, or set `status: draft` until the page is ready';
  const problem = (sentence: string, at: { line: number; column: number }): ReadProblem => ({
    ...at,
    severity: 'error',
    ruleId: RULES.placeholderText.id,
    message: `Template placeholder \`${sentence}\` is still in the page`,
    hint,
  });
  const problems: ReadProblem[] = [];
  if (page.frontmatter) {
    const { yaml, firstLine } = page.frontmatter;
    for (const found of findPlaceholders(yaml)) {
      if (inYamlComment(yaml, found.index)) continue;
      const at = positionOfOffset(yaml, found.index);
      problems.push(problem(found.sentence, { line: at.line + firstLine - 1, column: at.column }));
    }
  }
  const found = findPlaceholders(page.body);
  if (found.length > 0) {
    const hidden = commentRanges(page.body);
    for (const { index, sentence } of found) {
      if (hidden.some(([start, end]) => index >= start && index < end)) continue;
      const at = positionOfOffset(page.body, index);
      problems.push(problem(sentence, { line: at.line + page.bodyLine - 1, column: at.column }));
    }
  }
  return problems;
}

/** Whether `index` falls after a `#` that starts a YAML comment on its line. */
function inYamlComment(yaml: string, index: number): boolean {
  const lineStart = yaml.lastIndexOf('\n', index - 1) + 1;
  return /(?:^|\s)#/.test(yaml.slice(lineStart, index));
}

/** Where the body's HTML and MDX comments are: `[start, end)` offsets. */
function commentRanges(body: string): [number, number][] {
  return [...body.matchAll(/<!--[\s\S]*?(?:-->|$)|\{\s*\/\*[\s\S]*?\*\/\s*\}/g)].map((match) => [match.index, match.index + match[0].length]);
}
