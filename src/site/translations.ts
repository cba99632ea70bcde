/**
 * The published translations as pages see them: each page's translations by language, the URL of a
 * page in a language, the language switcher's links, and the translations behind their source.
 * Whether a translation is behind is the one judgement's verdict, stored with it by the loader.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { TRANSLATIONS_FOLDER } from '../lib/reading/translation-path.ts';
import { handbookRoot } from './settings.ts';
import type { CollectionName } from '../schemas/index.ts';
import { INTERFACE_LABELS, SOURCE_LANGUAGE } from './interface/index.ts';
import { entryUrl } from './urls.ts';

/** A published translation. */
export type TranslationEntry = CollectionEntry<'translations'>;

/** One language of the switcher. */
export interface LanguageLink {
  lang: string;
  /** The language's own name: `Deutsch`. */
  name: string;
  href: string;
  current: boolean;
  /** False where the page is shown in the source language under a note, for want of a translation. */
  translated: boolean;
}

let loading: Promise<TranslationEntry[]> | undefined;

/** Every published translation, loaded once per build. */
export function loadTranslations(): Promise<TranslationEntry[]> {
  // Astro warns about every empty collection it is asked for, and most handbooks have no translations.
  loading ??= hasTranslationFiles() ? getCollection('translations').then((entries) => entries.sort((a, b) => a.id.localeCompare(b.id))) : Promise.resolve([]);
  return loading;
}

function hasTranslationFiles(): boolean {
  const folder = join(handbookRoot, 'content', TRANSLATIONS_FOLDER);
  return existsSync(folder) && readdirSync(folder, { recursive: true, encoding: 'utf8' }).some((file) => /\.mdx?$/.test(file));
}

/** A page's address in `language`: `/de/playbooks/x/`, or the page itself in the source language. */
export function localizedUrl(language: string, collection: CollectionName, id: string): string {
  return language === SOURCE_LANGUAGE ? entryUrl(collection, id) : `/${encodeURIComponent(language)}${entryUrl(collection, id)}`;
}

/** The translations of one page, by language. */
export function translationsOf(translations: readonly TranslationEntry[], collection: CollectionName, id: string): Map<string, TranslationEntry> {
  return new Map(translations.filter((entry) => entry.data.collection === collection && entry.data.source_id === id).map((entry) => [entry.data.language, entry]));
}

/**
 * The switcher of a page with translations: the source language, then every language of the
 * interface and every language the page is translated into. A language without a translation leads
 * to the page in the source language under a note. Empty for a page with no translation.
 */
export function languageLinks(translations: readonly TranslationEntry[], collection: CollectionName, id: string, current: string): LanguageLink[] {
  const of = translationsOf(translations, collection, id);
  if (of.size === 0) return [];
  const languages = [...new Set([SOURCE_LANGUAGE, ...Object.keys(INTERFACE_LABELS), ...of.keys()])];
  return languages.map((lang) => ({
    lang,
    name: INTERFACE_LABELS[lang]?.name ?? new Intl.DisplayNames(lang, { type: 'language' }).of(lang) ?? lang,
    href: localizedUrl(lang, collection, id),
    current: lang === current,
    translated: lang === SOURCE_LANGUAGE || of.has(lang),
  }));
}
