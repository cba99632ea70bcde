/** Line and column of an offset in a text, for findings found by scanning the text rather than parsing it. */

/** The offset at which each line of `text` starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** The file position of an offset into a text whose first line is file line `lineOffset + 1`. */
export function pointAt(starts: readonly number[], offset: number, lineOffset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1 + lineOffset, column: offset - starts[low]! + 1 };
}
