/**
 * Turns a file's bytes into text the way every Baton tool reads it, and says what is wrong with the
 * bytes: an encoding other than UTF-8, NUL bytes, a byte-order mark, line endings other than `\n`.
 * Tools judge the text only after this step, so the site and the checker see the same characters.
 */
import type { Finding } from '../diagnostic.ts';

/** What decoding found: the text (LF line endings, no BOM) and problems with the bytes. */
export interface DecodedSource {
  /** The text with a BOM removed and CRLF line endings turned into LF; undefined when unreadable. */
  text: string | undefined;
  /** Problems that stop the file being read at all. */
  errors: Finding[];
  /** Problems that leave the file readable. */
  warnings: Finding[];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a content file's bytes, reporting anything that is not plain UTF-8 text. */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    errors.push({
      line: 1,
      column: 1,
      message: 'File is encoded as UTF-16',
      hint: 'save it as UTF-8 without a byte-order mark',
    });
    return { text: undefined, errors, warnings };
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const position = positionOfByte(bytes, offset);
    errors.push({
      ...position,
      message: `File is not valid UTF-8 (byte \`0x${bytes[offset]!.toString(16).padStart(2, '0')}\` at offset ${offset})`,
      hint: 'save it as UTF-8',
    });
    return { text: undefined, errors, warnings };
  }
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    warnings.push({ line: 1, column: 1, message: 'File starts with a byte-order mark', hint: 'save it as UTF-8 without a BOM' });
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    errors.push({
      ...positionOfOffset(text, nul),
      message: 'File contains a NUL byte',
      hint: 'remove it; a Markdown file must be plain text',
    });
    return { text: undefined, errors, warnings };
  }
  if (text.includes('\r')) {
    const loneCarriageReturn = /\r(?!\n)/.exec(text);
    if (loneCarriageReturn) {
      errors.push({
        ...positionOfOffset(text, loneCarriageReturn.index),
        message: 'File uses carriage returns (`\\r`) alone as line endings',
        hint: 'save it with LF (`\\n`) line endings',
      });
      return { text: undefined, errors, warnings };
    }
    warnings.push({
      ...positionOfOffset(text, text.indexOf('\r')),
      message: 'File uses CRLF line endings',
      hint: 'save it with LF (`\\n`) line endings; `* text=auto eol=lf` in `.gitattributes` keeps it so',
    });
    text = text.replaceAll('\r\n', '\n');
  }
  return { text, errors, warnings };
}

/** Line and column (from 1) of a character offset in a text. */
export function positionOfOffset(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index += 1) {
    if (bytes[index] === 0x0a) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Finds the first byte that is not valid UTF-8: the first replacement character the bytes did not spell. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const encoder = new TextEncoder();
  let byteOffset = 0;
  let charOffset = 0;
  for (let index = lossy.indexOf('\uFFFD'); index !== -1; index = lossy.indexOf('\uFFFD', index + 1)) {
    byteOffset += encoder.encode(lossy.slice(charOffset, index)).length;
    charOffset = index;
    const spelled = bytes[byteOffset] === 0xef && bytes[byteOffset + 1] === 0xbf && bytes[byteOffset + 2] === 0xbd;
    if (!spelled) return byteOffset;
    byteOffset += 3;
    charOffset += 1;
  }
  return 0;
}
