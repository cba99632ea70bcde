/**
 * The site's interface labels, one table per language (`en.ts` is the model the others follow, key
 * for key, so a missing label is a type error). The site's languages are the ones with a table here;
 * a page is published in each of them, translated or, where it has no translation yet, in English
 * under a note that says so.
 */
import { de } from './de.ts';
import { en, type InterfaceLabels } from './en.ts';
import { fr } from './fr.ts';

/** The language pages are written in. */
export const SOURCE_LANGUAGE = 'en';

/** Every language the interface speaks, the source language first. */
export const INTERFACE_LABELS: Readonly<Record<string, InterfaceLabels>> = { en, de, fr };

/** The interface in `language`, or in English when it has no table. */
export function interfaceLabels(language: string): InterfaceLabels {
  return INTERFACE_LABELS[language] ?? en;
}

export type { InterfaceLabels } from './en.ts';
