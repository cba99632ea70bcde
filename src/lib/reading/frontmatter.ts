/**
 * Splits a content file into its YAML frontmatter and its Markdown body. The site's loader and the
 * checker both call this, so a file is split one way everywhere. It is stricter than Astro's own
 * splitter: anything Astro would read differently (a leading blank line, TOML, `---js`, a fence that is
 * not exactly `---`) is reported instead of guessed at.
 */
import type { Finding } from '../diagnostic.ts';

/** A content file cut at its frontmatter fences. Lines count from 1 in the original file. */
export interface SplitFile {
  /** The YAML between the fences, or undefined when the file has none (or it is unusable). */
  yaml: string | undefined;
  /** The file line on which the YAML starts (the line after the opening fence). */
  yamlLine: number;
  /** The Markdown after the closing fence. */
  body: string;
  /** The file line on which the body starts. */
  bodyLine: number;
  /** Problems with the fences themselves. */
  problems: Finding[];
}

const FENCE = '---';

/** Cuts text (already decoded, LF line endings) into frontmatter and body, reporting odd fences. */
export function splitFrontmatter(text: string): SplitFile {
  const firstLineEnd = text.indexOf('\n');
  const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
  const none = (problems: Finding[] = []): SplitFile => ({ yaml: undefined, yamlLine: 1, body: text, bodyLine: 1, problems });

  if (firstLine.trimEnd() !== FENCE) {
    const opening = describeOddOpening(text, firstLine);
    return none(opening ? [opening] : []);
  }

  let lineNumber = 1;
  let lineStart = firstLineEnd + 1;
  while (firstLineEnd !== -1 && lineStart <= text.length) {
    lineNumber += 1;
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    if (line.trimEnd() === FENCE) {
      return {
        yaml: text.slice(firstLineEnd + 1, lineStart),
        yamlLine: 2,
        body: lineEnd === -1 ? '' : text.slice(lineEnd + 1),
        bodyLine: lineNumber + 1,
        problems: [],
      };
    }
    if (line.trimEnd() === '...') {
      return none([
        {
          line: lineNumber,
          column: 1,
          message: 'Frontmatter ends with `...`, which the site does not read as a closing fence',
          hint: 'close the frontmatter with a line of exactly `---`',
        },
      ]);
    }
    if (line.startsWith(FENCE)) {
      return none([
        {
          line: lineNumber,
          column: 1,
          message: `Frontmatter closing fence \`${line.trimEnd()}\` is not exactly \`---\``,
          hint: 'close the frontmatter with a line of exactly `---`',
        },
      ]);
    }
    if (lineEnd === -1) break;
    lineStart = lineEnd + 1;
  }
  return none([
    {
      line: 1,
      column: 1,
      message: 'Frontmatter is never closed',
      hint: 'add a line of exactly `---` after the last frontmatter field',
    },
  ]);
}

/** Explains a first line that looks like a fence but is not one Baton reads, or returns undefined. */
function describeOddOpening(text: string, firstLine: string): Finding | undefined {
  const language = /^---\s*([A-Za-z]+)\s*$/.exec(firstLine);
  if (language) {
    return {
      line: 1,
      column: 4,
      message: `Frontmatter language \`${language[1]}\` is not supported; Baton reads YAML only and never runs code in frontmatter`,
      hint: 'start the file with a line of exactly `---`',
    };
  }
  if (/^-{4,}\s*$/.test(firstLine)) {
    return {
      line: 1,
      column: 1,
      message: `Frontmatter opening fence \`${firstLine.trimEnd()}\` is not exactly \`---\``,
      hint: 'start the file with a line of exactly `---`',
    };
  }
  if (firstLine.trimEnd() === '+++') {
    return {
      line: 1,
      column: 1,
      message: 'TOML frontmatter (`+++`) is not supported',
      hint: 'write the frontmatter as YAML between two lines of `---`',
    };
  }
  const leading = /^(?:[ \t]*\n)+(---|\+\+\+)[ \t]*(?:\n|$)/.exec(text);
  if (leading) {
    const fenceLine = leading[0].split('\n').length - (leading[0].endsWith('\n') ? 1 : 0);
    return {
      line: fenceLine,
      column: 1,
      message: 'Frontmatter does not start on the first line',
      hint: `remove the blank line${fenceLine > 2 ? 's' : ''} before \`${leading[1]}\``,
    };
  }
  return undefined;
}
