/** `file-encoding`: Files must be UTF-8 text with LF line endings: no UTF-16, NUL bytes, lone carriage returns (a BOM or CRLF is a warning). */
import { readProblemRule } from './read-problems.ts';

export const fileEncoding = readProblemRule('file-encoding', 'schema', 'Files must be UTF-8 text with LF line endings: no UTF-16, NUL bytes, lone carriage returns (a BOM or CRLF is a warning).');
