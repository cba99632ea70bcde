/** `file-encoding`: Files must be UTF-8 text with LF line endings: no UTF-16, NUL bytes, lone carriage returns (a BOM or CRLF is a warning). */
import { RULES } from '../../../src/lib/rules.ts';
import { readProblemRule } from './read-problems.ts';

export const fileEncoding = readProblemRule(RULES.fileEncoding);
