/**
 * Frontmatter of a translation: `content/translations/<language>/<collection>/<id>.md` translates
 * `content/<collection>/<id>.md` (see `src/lib/reading/translation-path.ts`). Everything else about
 * the page (owner, reviews, status) is the source's; a translation says only what it translates and
 * from which revision. `npm run translate` writes these fields.
 */
import { z } from 'zod';
import { isoDate, personId, text } from './fields.ts';
import { collectionNames } from './index.ts';

/** Frontmatter of a translated page. */
export const translationSchema = z.strictObject({
  /** The page's title in the translation's language. */
  title: text,
  /** Its one-sentence summary in that language. */
  summary: text,
  /** The revision of the source this translates: 16 hex digits that `npm run translate` records (a hash of the source's title, summary and body). */
  source_revision: z.string().regex(/^[0-9a-f]{16}$/, { message: 'must be the 16 hex digits `npm run translate` records' }),
  /** The source's headings at that revision, so a check can say which were added, removed or renamed since. */
  source_headings: z.array(z.string()).default([]),
  /** The day the translation was made or last brought up to date. */
  translated_on: isoDate,
  /** Who translated it, from the people directory. */
  translators: z.array(personId).default([]),
});

/** A translation's frontmatter after validation. */
export type Translation = z.infer<typeof translationSchema>;

/** A translation as the site stores it: its frontmatter, what it translates, and whether it is behind (the one judgement's verdict, from the loader). */
export const publishedTranslationSchema = translationSchema.extend({
  /** The translation's language, from its folder. */
  language: z.string(),
  /** The source page's collection and id. */
  collection: z.enum(collectionNames),
  source_id: z.string(),
  /** Whether the source changed since `source_revision`, and how its headings changed, in words. */
  behind: z.boolean(),
  changes: z.string(),
});
