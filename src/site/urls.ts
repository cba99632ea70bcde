/** The site's URLs, in one place, so a page never spells another page's address by hand. */
import { entryHref } from '../lib/judging/link-target.ts';
import type { CollectionName } from '../schemas/index.ts';

/** An entry's page: `/playbooks/freedom-to-operate-check/`. */
export function entryUrl(collection: CollectionName, id: string): string {
  return entryHref(collection, id);
}

/** A collection's index page: `/playbooks/`. */
export function collectionUrl(collection: CollectionName): string {
  return `/${collection}/`;
}

/** A team's page: `/teams/ip-legal/`. */
export function teamUrl(id: string): string {
  return `/teams/${encodeURIComponent(id)}/`;
}

/** A tag's page: `/tags/portfolio/`. */
export function tagUrl(tag: string): string {
  return `/tags/${encodeURIComponent(tag)}/`;
}

/** A team's calendar feed: `/calendar/teams/ip-legal.ics`. */
export function teamCalendarUrl(id: string): string {
  return `/calendar/teams/${encodeURIComponent(id)}.ics`;
}

/** A person's calendar feed: `/calendar/people/ada-okafor.ics`. */
export function personCalendarUrl(id: string): string {
  return `/calendar/people/${encodeURIComponent(id)}.ics`;
}

/** Pages about the whole handbook. */
export const SITE_PAGES = {
  home: '/',
  dashboard: '/dashboard/',
  portfolio: '/portfolio/',
  calendars: '/calendar/',
  calendar: '/calendar/all.ics',
  tags: '/tags/',
  teams: '/teams/',
  /** Find the hours people share, in the reader's own time zone. */
  planner: '/planner/',
  changes: '/changes/',
  feed: '/feed.xml',
  search: '/search/',
  /** The words "did you mean" suggests from. */
  searchVocabulary: '/search/vocabulary.json',
  sitemap: '/sitemap-index.xml',
} as const;

/** The search page with a query and filters: `/search/?q=licence&owner=Ada+Okafor`. */
export function searchUrl(query: string, filters: Readonly<Record<string, readonly string[]>> = {}): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(name, value);
  return params.size === 0 ? SITE_PAGES.search : `${SITE_PAGES.search}?${params}`;
}

