/** `secret`: a credential committed into content (frontmatter, body or HTML comment). */
import { readProblemRule } from './read-problems.ts';

export const secret = readProblemRule('secret', 'secrets', 'No credentials in content: API keys, tokens, private keys, passwords in URLs or fields, live payment keys. The message never shows the value.');
