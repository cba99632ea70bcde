/** `broken-link`: Every link must lead to a page, file or section of the site that exists: relative `.md` links, site paths, images and files under `public/`. */
import { RULES } from '../../../src/lib/rules.ts';
import { linkRule } from './link-analysis.ts';

export const brokenLink = linkRule(RULES.brokenLink);
