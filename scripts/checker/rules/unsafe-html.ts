/** `unsafe-html`: Raw HTML (and lower-case JSX) may use only content elements: no `<script>`, `<iframe>`, `<svg>`, forms or embeds, no `on*` event handlers, no inline `style`. */
import { RULES } from '../../../src/lib/rules.ts';
import { readProblemRule } from './read-problems.ts';

export const unsafeHtml = readProblemRule(RULES.unsafeHtml);
