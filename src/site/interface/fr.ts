/** The site's interface in French. */
import type { InterfaceLabels } from './en.ts';

const dates = new Intl.DateTimeFormat('fr', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const fr: InterfaceLabels = {
  name: 'Français',
  formatDate: (date) => dates.format(new Date(`${date}T00:00:00Z`)),
  home: 'Accueil',
  sections: 'Rubriques',
  dashboard: 'Tableau de bord',
  portfolio: 'Portefeuille',
  skipToContent: 'Aller au contenu',
  quickSearch: 'Recherche rapide',
  searchPlaceholder: 'Rechercher  /',
  darkTheme: 'Thème sombre',
  browse: 'Parcourir',
  breadcrumb: "Fil d'Ariane",
  tags: 'Mots-clés',
  teams: 'Équipes',
  recentChanges: 'Modifications récentes',
  calendarFeeds: 'Flux de calendrier',
  feed: 'Flux',
  sitemap: 'Plan du site',
  collections: { playbooks: 'Playbooks', roles: 'Rôles', handovers: 'Passations', partners: 'Accords de partenariat', people: 'Personnes', glossary: 'Glossaire' },
  languages: 'Langues',
  originalChanged: (date) => `L’original anglais a été modifié le ${date}`,
  originalChangedUndated: 'L’original anglais a été modifié depuis cette traduction',
  behindAdvice: 'Cette traduction n’est peut-être plus à jour ; l’original dit ce qui a changé.',
  readOriginal: 'Lire l’original anglais',
  translatedOn: (date) => `Traduit de l’original anglais le ${date}.`,
  notTranslated: 'Cette page n’est pas encore traduite en français ; voici l’original anglais.',
};
