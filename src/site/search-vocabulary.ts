/**
 * "Did you mean" for search. Pagefind matches words exactly (and by prefix), so a misspelt word finds
 * nothing; the build writes the words of the handbook's titles, names and terms, most used first,
 * and the search page offers the closest of them for each word of a query that found little. The
 * same suggester as the checker's (`did-you-mean.ts`) picks the word.
 */
import { closestMatch } from '../lib/printing/did-you-mean.ts';

/** What `/search/vocabulary.json` holds. */
export interface SearchVocabulary {
  /** Lower-case words of at least three letters, the most used first. */
  words: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const SHORTEST = 3;

/** The words of `texts` (titles, names, terms), each once, the most frequent first. */
export function vocabularyOf(texts: Iterable<string>): SearchVocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { words: [...counts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b)).map(([word]) => word) };
}

/** `query` with each word the vocabulary does not hold replaced by its closest word, or undefined when nothing changes. */
export function suggestQuery(query: string, vocabulary: SearchVocabulary): string | undefined {
  const known = new Set(vocabulary.words);
  let changed = false;
  const suggestion = query.replace(WORD, (word) => {
    const lower = word.toLocaleLowerCase('en');
    if (lower.length < SHORTEST || known.has(lower)) return word;
    const match = closestMatch(lower, vocabulary.words);
    if (match === undefined || match === lower) return word;
    changed = true;
    return match;
  });
  return changed ? suggestion : undefined;
}

function wordsOf(text: string): string[] {
  return (text.toLocaleLowerCase('en').match(WORD) ?? []).filter((word) => word.length >= SHORTEST);
}
