/**
 * A published page that links to a draft or confidential one: the site leaves the target out, so the
 * link would lead to a 404 whose address still names the page. The checker reports it
 * (`link-to-unpublished`) and the site build refuses it, in the same words.
 */

/** Why a page is not published, as the message says it. */
export type UnpublishedReason = 'a draft' | 'confidential';

/** The reason for an entry with this validated frontmatter. */
export function unpublishedReason(data: Record<string, unknown>): UnpublishedReason {
  return data.status === 'draft' ? 'a draft' : 'confidential';
}

/** The message and fix for a link, as written, to an unpublished page. */
export function unpublishedLinkProblem(writtenUrl: string, reason: UnpublishedReason): { message: string; hint: string } {
  return {
    message: `Link target \`${writtenUrl}\` is ${reason}, so the site does not publish it and the link would lead nowhere`,
    hint: 'remove the link, or publish the page it points to first',
  };
}
