/** `undefined-link-reference`: A reference link (`[text][label]`, `[label][]`) must have its definition `[label]: address`, and a definition must be one Markdown reads; otherwise both are published as literal text. */
import { RULES } from '../../../src/lib/rules.ts';
import { readProblemRule } from './read-problems.ts';

export const undefinedLinkReference = readProblemRule(RULES.undefinedLinkReference);
