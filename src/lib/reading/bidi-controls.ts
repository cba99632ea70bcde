/**
 * Bidirectional control characters: invisible, and able to make text display in another order than
 * it is stored (the "Trojan Source" trick), so a reviewer reads one thing and the site publishes
 * another. Right-to-left text needs none of them; the browser orders Arabic and Hebrew by itself.
 */
import { RULES } from '../rules.ts';
import type { ReadProblem } from './read-entry.ts';
import { positionOfOffset } from './source-text.ts';

const NAMES: Record<number, string> = {
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
};

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const EVERY_BIDI_CONTROL = new RegExp(BIDI_CONTROL.source, 'g');

/** Whether `text` holds a bidi control character at all: the cheap test before looking for where. */
export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/**
 * A problem for every bidi control character in `text[start, end)`, at its place in the file: `text`
 * starts on file line `firstLine`, and `where` says what the text is (`Frontmatter`, `Heading`).
 */
export function bidiControlProblems(text: string, firstLine: number, where: string, start = 0, end = text.length): ReadProblem[] {
  const problems: ReadProblem[] = [];
  for (const match of text.slice(start, end).matchAll(EVERY_BIDI_CONTROL)) {
    const codePoint = match[0].codePointAt(0)!;
    const at = positionOfOffset(text, start + match.index);
    problems.push({
      line: at.line + firstLine - 1,
      column: at.column,
      severity: 'error',
      ruleId: RULES.bidiControl.id,
      message: `${where} holds the invisible bidi control character \`U+${codePoint.toString(16).toUpperCase()}\` (${NAMES[codePoint]}), which shows text in another order than it is written`,
      hint: 'delete it; right-to-left words display in the right order without it',
    });
  }
  return problems;
}
