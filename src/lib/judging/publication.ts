/**
 * Decides what may be published. It fails closed: only a page whose status and confidentiality are
 * known and allowed is published; anything else (a draft, a confidential page, a value nobody
 * recognises, data that is not an object) stays out of the site and the search index.
 */
import type { CollectionName } from '../../schemas/index.ts';

/** What a build may publish beyond `public` and `internal` pages that are `active` or `retired`. */
export interface PublicationPolicy {
  /** Publish `confidential` pages too (an explicit, deliberate setting). */
  includeConfidential: boolean;
  /** Show `draft` pages too: the author's preview under `npm run dev`, never a build. */
  includeDrafts?: boolean;
}

const PUBLISHED_STATUSES = new Set(['active', 'retired']);
const OPEN_LEVELS = new Set(['public', 'internal']);

/** Whether an entry of `collection` with this frontmatter may appear in the published site. */
export function isPublishable(collection: CollectionName, data: unknown, policy: PublicationPolicy): boolean {
  if (data === null || typeof data !== 'object') return false;
  // The people directory has no drafts or confidentiality: every person is listed, departed ones too.
  if (collection === 'people') return true;
  const { status, confidentiality } = data as { status?: unknown; confidentiality?: unknown };
  if (typeof status !== 'string' || !(PUBLISHED_STATUSES.has(status) || (status === 'draft' && policy.includeDrafts === true))) return false;
  if (typeof confidentiality !== 'string') return false;
  if (OPEN_LEVELS.has(confidentiality)) return true;
  return confidentiality === 'confidential' && policy.includeConfidential;
}
