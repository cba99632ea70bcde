/** The site's interface in German. */
import type { InterfaceLabels } from './en.ts';

const dates = new Intl.DateTimeFormat('de', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const de: InterfaceLabels = {
  name: 'Deutsch',
  formatDate: (date) => dates.format(new Date(`${date}T00:00:00Z`)),
  home: 'Start',
  sections: 'Bereiche',
  dashboard: 'Übersicht',
  portfolio: 'Portfolio',
  skipToContent: 'Zum Inhalt springen',
  quickSearch: 'Schnellsuche',
  searchPlaceholder: 'Suchen  /',
  darkTheme: 'Dunkles Design',
  browse: 'Stöbern',
  breadcrumb: 'Brotkrümelnavigation',
  tags: 'Schlagwörter',
  teams: 'Teams',
  recentChanges: 'Letzte Änderungen',
  calendarFeeds: 'Kalender-Feeds',
  feed: 'Feed',
  sitemap: 'Sitemap',
  collections: { playbooks: 'Playbooks', roles: 'Rollen', handovers: 'Übergaben', partners: 'Partnerverträge', people: 'Personen', glossary: 'Glossar' },
  languages: 'Sprachen',
  originalChanged: (date) => `Das englische Original wurde am ${date} geändert`,
  originalChangedUndated: 'Das englische Original wurde seit dieser Übersetzung geändert',
  behindAdvice: 'Diese Übersetzung ist vielleicht nicht mehr aktuell; was sich geändert hat, steht im Original.',
  readOriginal: 'Das englische Original lesen',
  translatedOn: (date) => `Aus dem englischen Original übersetzt am ${date}.`,
  notTranslated: 'Diese Seite ist noch nicht ins Deutsche übersetzt; hier ist das englische Original.',
};
