/**
 * Where the body of a foreign Markdown document starts: after YAML (`---`), YAML or other languages
 * named on the fence (`---toml`, `---js`, never run), TOML (`+++`) or Hugo's JSON object frontmatter.
 * The links-only check skips whatever frontmatter a document has, so a fence is never read as a
 * heading or a rule and every line keeps its number. Nothing here parses the frontmatter.
 */

/** The body of `text` and the file line it starts on. */
export function skipForeignFrontmatter(text: string): { body: string; bodyLine: number } {
  const whole = { body: text, bodyLine: 1 };
  const firstLineEnd = text.indexOf('\n');
  if (firstLineEnd === -1) return whole;
  const opening = text.slice(0, firstLineEnd).trimEnd();
  if (/^---[A-Za-z]*$/.test(opening) || opening === '+++') {
    const fence = opening === '+++' ? '+++' : '---';
    let lineStart = firstLineEnd + 1;
    let line = 2;
    while (lineStart <= text.length) {
      const lineEnd = text.indexOf('\n', lineStart);
      const content = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trimEnd();
      if (content === fence || (fence === '---' && content === '...')) return { body: lineEnd === -1 ? '' : text.slice(lineEnd + 1), bodyLine: line + 1 };
      if (lineEnd === -1) break;
      lineStart = lineEnd + 1;
      line += 1;
    }
    return whole;
  }
  if (opening.startsWith('{')) {
    const end = jsonObjectEnd(text);
    if (end === undefined) return whole;
    const lineEnd = text.indexOf('\n', end);
    if (lineEnd === -1) return { body: '', bodyLine: text.split('\n').length + 1 };
    if (text.slice(end, lineEnd).trim() !== '') return whole;
    return { body: text.slice(lineEnd + 1), bodyLine: text.slice(0, lineEnd + 1).split('\n').length };
  }
  return whole;
}

/** The offset just after the `}` that closes the JSON object opening `text`, or undefined. */
export function jsonObjectEnd(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (inString) {
      if (character === '\\') index += 1;
      else if (character === '"') inString = false;
    } else if (character === '"') inString = true;
    else if (character === '{') depth += 1;
    else if (character === '}') {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  return undefined;
}
