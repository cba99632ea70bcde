/**
 * Where translations live: `content/translations/<language>/<collection>/<id>.md` is the translation
 * into `<language>` (a BCP 47 tag) of `content/<collection>/<id>.md`. A language folder keeps a
 * translation out of its source's collection (so it is never read as a page of its own), keeps each
 * language's pages together for its translators, and mirrors the source, so a translation's relative
 * links are the source's links unchanged.
 */
import { collectionNames, type CollectionName } from '../../schemas/index.ts';

/** The folder under `content/` that holds every translation. */
export const TRANSLATIONS_FOLDER = 'translations';

/** What a translation's path says: its language, and the source page it translates. */
export interface TranslationPath {
  language: string;
  collection: CollectionName;
  id: string;
  /** The source page's file: `content/playbooks/x.md`. */
  sourcePath: string;
}

/** The language and source of a file under `content/translations/`, or undefined when it is not a translation's path. */
export function parseTranslationPath(path: string): TranslationPath | undefined {
  const match = /^content\/translations\/([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\/([a-z]+)\/([^/]+)\.(mdx?)$/.exec(path);
  if (!match || !(collectionNames as readonly string[]).includes(match[2]!)) return undefined;
  const collection = match[2] as CollectionName;
  return { language: match[1]!, collection, id: match[3]!, sourcePath: `content/${collection}/${match[3]}.${match[4]}` };
}

/** The path of the translation of `sourcePath` (`content/playbooks/x.md`) into `language`. */
export function translationPathOf(sourcePath: string, language: string): string {
  return sourcePath.replace(/^content\//, `content/${TRANSLATIONS_FOLDER}/${language}/`);
}
