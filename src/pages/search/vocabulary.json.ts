/**
 * `/search/vocabulary.json`: the words of the handbook's titles, names, partners, teams, tags and the
 * other names a reader types whole (contacts, record numbers), for the search page's "did you mean".
 * Fetched only when a search finds nothing.
 */
import { loadHandbookModel } from '../../site/handbook-model.ts';
import { SEARCH_NAME_WEIGHT, searchRecord } from '../../site/search-facts.ts';
import { vocabularyOf } from '../../site/search-vocabulary.ts';
import { config } from '../../site/settings.ts';

/** Builds the vocabulary. */
export async function GET(): Promise<Response> {
  const model = await loadHandbookModel();
  const entries = [...model.pages, ...model.people];
  const texts = [
    ...model.pages.map((entry) => entry.data.title),
    ...model.people.map((person) => person.data.name),
    ...Object.values(config.teams).map((team) => team.name),
    ...[...model.tags.keys()].map((tag) => tag.replaceAll('-', ' ')),
    ...entries.flatMap((entry) => searchRecord(model, entry).facts.filter((fact) => fact.weight >= SEARCH_NAME_WEIGHT).map((fact) => fact.value)),
  ];
  return new Response(JSON.stringify(vocabularyOf(texts)), { headers: { 'content-type': 'application/json' } });
}
