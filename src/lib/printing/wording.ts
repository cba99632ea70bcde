/**
 * Counts and relative days in words, for every message, report and page. English plurals come from
 * `Intl.PluralRules` and numbers from `Intl.NumberFormat`, so `1 page`, `2 pages` and `1,204 pages`
 * are decided in one place.
 */

const pluralRules = new Intl.PluralRules('en');
const numbers = new Intl.NumberFormat('en');

/** A noun's two English forms; the plural defaults to the singular plus `s`. */
export type Noun = string | { one: string; other: string };

/** `count` with its noun in the right form: `1 page`, `3 pages`, `2 responsibilities`. */
export function countOf(count: number, noun: Noun): string {
  return `${numbers.format(count)} ${nounFor(count, noun)}`;
}

/** The form of `noun` that goes with `count`, without the number: `page` or `pages`. */
export function nounFor(count: number, noun: Noun): string {
  const forms = typeof noun === 'string' ? { one: noun, other: `${noun}s` } : noun;
  return pluralRules.select(count) === 'one' ? forms.one : forms.other;
}

/** A number as readers read it: `1,204`. */
export function formatCount(count: number): string {
  return numbers.format(count);
}

/** Days from today in words: `in 3 days`, `today`, `1 day ago`. */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  const span = countOf(Math.abs(days), 'day');
  return days > 0 ? `in ${span}` : `${span} ago`;
}
