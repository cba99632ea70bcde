/** `link-to-unpublished`: A published page must not link to a draft or confidential page: the site leaves those out, so the link leads nowhere. */
import { RULES } from '../../../src/lib/rules.ts';
import { linkRule } from './link-analysis.ts';

export const linkToUnpublished = linkRule(RULES.linkToUnpublished);
