/** A language a person works in: a BCP 47 code and how well they use it. */
import { z } from 'zod';

/** How well someone uses a language, from best to least. */
export const LANGUAGE_LEVELS = ['native', 'fluent', 'working', 'basic'] as const;

/** Whether `tag` is a well-formed BCP 47 language tag (`de`, `pt-BR`, `zh-Hant`), by the runtime's own parser. */
function isLanguageTag(tag: string): boolean {
  // BCP 47 allows a 5 to 8 letter language subtag that no registry uses; `english` is a mistake, not a language.
  if (!/^[A-Za-z]{2,3}(?:-|$)/.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** A BCP 47 language tag such as `en`, `de` or `pt-BR`. */
export const languageCode = z.string().refine(isLanguageTag, { message: 'must be a BCP 47 language tag such as `en`, `de` or `pt-BR`' });

/** One language and its level. */
export const languageSkill = z.strictObject({
  /** The language, as a BCP 47 tag: `en`, `de`, `pt-BR`. */
  code: languageCode,
  /** `native`, `fluent`, `working` or `basic`. */
  level: z.enum(LANGUAGE_LEVELS),
});

/** A language and level after validation. */
export type LanguageSkill = z.infer<typeof languageSkill>;
