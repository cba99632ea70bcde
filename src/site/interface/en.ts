/** The site's interface in English: the table every other language's table follows, key for key. */
import { COLLECTION_LABELS } from '../../lib/collections.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { formatDate } from '../../lib/calendar.ts';

export const en = {
  /** The language's own name, as the language switcher shows it. */
  name: 'English',
  formatDate,
  home: 'Home',
  sections: 'Sections',
  dashboard: 'Dashboard',
  portfolio: 'Portfolio',
  skipToContent: 'Skip to content',
  quickSearch: 'Quick search',
  searchPlaceholder: 'Search  /',
  darkTheme: 'Dark theme',
  browse: 'Browse',
  breadcrumb: 'Breadcrumb',
  tags: 'Tags',
  teams: 'Teams',
  recentChanges: 'Recent changes',
  calendarFeeds: 'Calendar feeds',
  feed: 'Feed',
  sitemap: 'Sitemap',
  /** Section names, from the one table of collection names. */
  collections: Object.fromEntries(Object.entries(COLLECTION_LABELS).map(([name, labels]) => [name, labels.plural])) as Record<CollectionName, string>,
  languages: 'Languages',
  /** The banner of a translation whose source changed since it was made. */
  originalChanged: (date: string) => `The English original changed on ${date}`,
  originalChangedUndated: 'The English original has changed since this translation was made',
  behindAdvice: 'This translation may be out of date; read the original for what changed.',
  readOriginal: 'Read the English original',
  translatedOn: (date: string) => `Translated from the English original on ${date}.`,
  /** The note on a page shown in English because it has no translation into the reader's language. */
  notTranslated: 'This page has not been translated into English yet; here is the original.',
};

/** The shape every language's table has. */
export type InterfaceLabels = typeof en;
