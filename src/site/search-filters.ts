/**
 * The facets search filters on: type, owner, team, tag, review state and, for people, the languages they speak. Each page carries its own
 * values as Pagefind filters; the search page offers every value Pagefind has seen.
 */
import { REVIEW_STATE_LABELS, type ReviewStanding } from '../lib/judging/review-status.ts';

/** A page's values for each search filter (readers see these words in the filter lists). */
export interface SearchFilters {
  type: string;
  owner?: string;
  team: string[];
  tag: string[];
  review?: string;
  /** The languages a person works in, by name: the people directory's language filter. */
  speaks?: string[];
}

/** The filter names, in the order the search page shows them, with their headings. */
export const SEARCH_FILTER_LABELS: Record<keyof SearchFilters, string> = {
  type: 'Type',
  owner: 'Owner',
  team: 'Team',
  tag: 'Tag',
  review: 'Review',
  speaks: 'Speaks',
};

/** The review filter's value for a state. */
export function reviewFilterValue(state: ReviewStanding): string {
  return REVIEW_STATE_LABELS[state];
}
