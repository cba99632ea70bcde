/** `link-outside-handbook`: A relative link must not climb out of the repository with `../`, even to a file that exists. */
import { RULES } from '../../../src/lib/rules.ts';
import { linkRule } from './link-analysis.ts';

export const linkOutsideHandbook = linkRule(RULES.linkOutsideHandbook);
