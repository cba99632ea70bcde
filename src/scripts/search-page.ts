/**
 * The search page in the browser. Results come as the reader types (a short pause after the last
 * keystroke, or at once on Enter), with highlighted excerpts, badges for the page's type and review
 * state, and sub-results that link to the matching heading. Each filter value shows how many pages it
 * would give with the current query and the other filters. The arrow keys move between results. A
 * search that finds nothing says what to try; one that finds little, with a word the handbook's
 * titles, names and terms do not hold, offers "did you mean" from those words when that finds more.
 * The query and filters live in the URL, so what is on screen can be shared as a link.
 */
import { countOf, formatCount, nounFor } from '../lib/printing/wording.ts';
import { suggestQuery, type SearchVocabulary } from '../site/search-vocabulary.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

type FilterCounts = Record<string, Record<string, number>>;
type FilterSelection = Record<string, { any: string[] }>;

interface PagefindResults {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters: FilterCounts;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  preload(term: string, options?: { filters?: FilterSelection }): Promise<void>;
  search(term: string | null, options?: { filters?: FilterSelection }): Promise<PagefindResults | null>;
}

/** What the page tells the script: filter headings, the class of each review state, where the vocabulary is. */
interface PageSettings {
  labels: Record<string, string>;
  reviewClasses: Record<string, string>;
  vocabulary: string;
}

const PAGE_SIZE = 20;
/** A search with this many results or fewer is checked for words the handbook's vocabulary lacks, for "did you mean". */
const SUGGEST_UP_TO = 5;
/** The pause after a keystroke before searching: long enough to skip most keystrokes of a word, short enough to feel instant. */
const TYPING_PAUSE_MS = 60;
/** While typing, a word is searched for once it has this many letters. */
const SHORTEST_PREFIX = 3;
/**
 * Ranking: an exact match on a title (a page, a person's name, a glossary term) or a partner's name
 * ranks first. Pagefind boosts a page by the weight of each metadata field the query matches, in
 * proportion to how much of the field it covers, so a query that is the whole title counts in full.
 */
const RANKING = { metaWeights: { title: 10, partner: 8, type: 0 } };

/** Wires the search form, builds the filters and runs the search the URL describes. */
export async function runSearchPage(): Promise<void> {
  const element = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector);
  const form = element<HTMLFormElement>('#search-form');
  const input = element<HTMLInputElement>('#search-query');
  const filterBox = element<HTMLElement>('#search-filters');
  const filterFold = element<HTMLDetailsElement>('#search-filters-fold');
  const chosen = element<HTMLElement>('#search-filters-chosen');
  const status = element<HTMLElement>('#search-status');
  const suggestion = element<HTMLElement>('#search-suggestion');
  const list = element<HTMLOListElement>('#search-results');
  const more = element<HTMLButtonElement>('#search-more');
  const empty = element<HTMLElement>('#search-empty');
  if (!form || !input || !filterBox || !filterFold || !chosen || !status || !suggestion || !list || !more || !empty) return;

  const settings = JSON.parse(filterBox.dataset.settings ?? '{}') as PageSettings;
  input.value = new URLSearchParams(location.search).get('q') ?? '';

  // The index is written after the build, so it is loaded at run time rather than bundled.
  const pagefindUrl = '/pagefind/pagefind.js';
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
  } catch (error) {
    if (!import.meta.env.DEV) throw error;
    // The preview builds its index in the background; say plainly why it is missing and how to get search.
    const reason = await fetch(pagefindUrl).then((response) => response.text(), () => 'the preview server did not answer');
    status.textContent = `Search is not available in this preview. ${reason}. The terminal running \`npm run dev\` says more; \`npm run build && npm run preview\` builds the full site with its index.`;
    return;
  }
  await pagefind.options({ excerptLength: 24, ranking: RANKING });
  const index = new OneAtATime(pagefind);
  const totals = await pagefind.filters();
  const filters = new FilterPanel(filterBox, settings.labels, totals, new URLSearchParams(location.search));

  let vocabulary: Promise<SearchVocabulary> | undefined;
  let results: PagefindResults['results'] = [];
  let shown = 0;
  let searchId = 0;
  let pause: ReturnType<typeof setTimeout> | undefined;

  const run = async ({ push = false }: { push?: boolean } = {}) => {
    clearTimeout(pause);
    const id = ++searchId;
    const query = input.value.trim();
    const selection = filters.selection();
    if (push) syncUrl(query, selection, true);
    chosen.textContent = filters.chosenCount() === 0 ? '' : `(${formatCount(filters.chosenCount())} chosen)`;
    if (!query && Object.keys(selection).length === 0) {
      syncUrl(query, selection, false);
      status.textContent = 'Type a word to search, or pick a filter.';
      results = [];
      showResults(id, [], '');
      filters.showCounts(totals, selection);
      return;
    }
    list.setAttribute('aria-busy', 'true');
    const term = query || null;
    const search = await index.search(term, { filters: selection }, () => id !== searchId);
    if (id !== searchId || !search) return;
    results = search.results;
    shown = 0;
    // Every fragment of the first page is asked for at once; each result shows as soon as it and those above it have come.
    const pending = results.slice(0, PAGE_SIZE).map((result) => result.data());
    const first = await pending[0];
    if (id !== searchId) return;
    showResults(id, first ? [first] : [], query);
    // The address follows what is on screen (replaced, not pushed: typing is not navigation).
    syncUrl(query, selection, false);
    for (const next of pending.slice(1)) {
      const data = await next;
      if (id !== searchId) return;
      list.append(renderResult(data, settings.reviewClasses));
      shown += 1;
    }
    more.hidden = shown >= results.length;
    const described = query ? `“${query}”${filters.chosenCount() > 0 ? ' with the chosen filters' : ''}` : 'the chosen filters';
    // Announced once the results are on the page, so a screen reader can move straight to them.
    status.textContent = results.length === 0 ? `No pages match ${described}.` : `${countOf(results.length, 'page')} ${nounFor(results.length, { one: 'matches', other: 'match' })} ${described}.`;
    const counts = await countsFor(index, term, selection, search.filters, () => id !== searchId);
    if (id !== searchId) return;
    filters.showCounts(counts, selection);
    if (query && results.length <= SUGGEST_UP_TO) await offerSuggestion(id, query, selection, results.length);
  };

  const showResults = (id: number, batch: PagefindResultData[], query: string) => {
    list.replaceChildren(...batch.map((result) => renderResult(result, settings.reviewClasses)));
    list.dataset.query = query;
    list.removeAttribute('aria-busy');
    shown = batch.length;
    more.hidden = shown >= results.length;
    empty.hidden = !(id === searchId && results.length === 0 && (query !== '' || filters.chosenCount() > 0));
    suggestion.hidden = true;
  };

  const showMore = async () => {
    const id = searchId;
    const batch = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    if (id !== searchId) return;
    list.append(...batch.map((result) => renderResult(result, settings.reviewClasses)));
    shown += batch.length;
    more.hidden = shown >= results.length;
  };

  const offerSuggestion = async (id: number, query: string, selection: FilterSelection, found: number) => {
    vocabulary ??= fetch(settings.vocabulary).then((response) => response.json() as Promise<SearchVocabulary>);
    const words = await vocabulary.catch(() => undefined);
    const better = words && suggestQuery(query, words);
    if (!better || id !== searchId) return;
    // Offered only when it finds more: a word the vocabulary lacks may be right, just not in any title.
    const alternative = await index.search(better, { filters: selection }, () => id !== searchId);
    if (!alternative || alternative.results.length <= found || id !== searchId) return;
    const link = document.createElement('a');
    link.href = shareableUrl(better, selection);
    link.textContent = better;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = better;
      void run({ push: true });
    });
    suggestion.replaceChildren('Did you mean ', link, `? (${countOf(alternative.results.length, 'page')})`);
    suggestion.hidden = false;
  };

  input.addEventListener('input', () => {
    clearTimeout(pause);
    const query = input.value.trim();
    // A word of one or two letters matches a great part of the index: searching for it would keep the
    // search busy for longer than the next keystroke takes. Enter still searches for it.
    if (query !== '' && (query.split(/\s+/).at(-1) ?? '').length < SHORTEST_PREFIX) return;
    // Fetching the index chunks for the words typed so far starts at once; the search waits for a pause.
    if (query) index.preload(query, { filters: filters.selection() });
    pause = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run({ push: true });
  });
  filterBox.addEventListener('change', () => void run());
  more.addEventListener('click', () => void showMore());
  listenForArrowKeys(input, list);
  window.addEventListener('popstate', () => {
    const current = new URLSearchParams(location.search);
    input.value = current.get('q') ?? '';
    filters.select(current);
    void run();
  });
  // Folded on a small screen unless a filter is chosen; a wide screen shows the filters beside the results whatever the fold says.
  if (filters.chosenCount() > 0) filterFold.open = true;
  await run();
}

/**
 * Pagefind's searches, one at a time, the latest first. Its worker answers searches in the order they
 * were asked, and a search of a large handbook takes longer than a keystroke: asked at every pause in
 * typing, they would queue up, and the last one would wait for all the others. Here a search waits
 * for the one under way, and is dropped if a newer one has been asked for meanwhile.
 */
class OneAtATime {
  private busy: Promise<unknown> | undefined;
  private readonly pagefind: Pagefind;

  constructor(pagefind: Pagefind) {
    this.pagefind = pagefind;
  }

  /** Searches once the search under way is done; null when `stale()` says it is no longer wanted by then. */
  async search(term: string | null, options: { filters?: FilterSelection }, stale: () => boolean): Promise<PagefindResults | null> {
    while (this.busy) await this.busy;
    if (stale()) return null;
    const search = this.pagefind.search(term, options);
    this.busy = search.finally(() => (this.busy = undefined));
    return search;
  }

  /** Starts loading the index chunks of `term`, unless a search is under way (it would only queue behind it). */
  preload(term: string, options: { filters?: FilterSelection }): void {
    if (!this.busy) void this.pagefind.preload(term, options);
  }
}

/** Counts per filter value for the current query: for a filter with values chosen, as if the others were chosen instead. */
async function countsFor(index: OneAtATime, term: string | null, selection: FilterSelection, counts: FilterCounts, stale: () => boolean): Promise<FilterCounts> {
  const result: FilterCounts = { ...counts };
  // Values of one filter widen the search (any of them), so each value's count is the pages it would add: the search without this filter's own choice.
  for (const name of Object.keys(selection)) {
    const { [name]: _own, ...others } = selection;
    const without = await index.search(term, { filters: others }, stale);
    if (!without) return result;
    result[name] = without.filters[name] ?? {};
  }
  return result;
}

function syncUrl(query: string, selection: FilterSelection, push: boolean): void {
  const url = shareableUrl(query, selection);
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function shareableUrl(query: string, selection: FilterSelection): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [name, { any }] of Object.entries(selection)) for (const value of any) params.append(name, value);
  return `${location.pathname}${params.size > 0 ? `?${params}` : ''}`;
}

/** The filters: one group of checkboxes per filter, each value with its count, checked as the URL says. */
class FilterPanel {
  private readonly boxes: HTMLInputElement[] = [];
  private readonly counts = new Map<HTMLInputElement, HTMLElement>();
  private readonly container: HTMLElement;

  constructor(container: HTMLElement, labels: Record<string, string>, totals: FilterCounts, params: URLSearchParams) {
    this.container = container;
    const names = Object.keys(labels).filter((name) => totals[name] && Object.keys(totals[name]!).length > 0);
    container.replaceChildren(...names.map((name) => this.group(name, labels[name]!, totals[name]!, params)));
  }

  private group(name: string, label: string, values: Record<string, number>, params: URLSearchParams): HTMLFieldSetElement {
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'search-filter';
    fieldset.dataset.filter = name;
    const legend = document.createElement('legend');
    legend.textContent = label;
    const options = document.createElement('div');
    options.className = 'search-filter-options';
    options.append(
      ...Object.keys(values)
        .sort((a, b) => a.localeCompare(b))
        .map((value) => {
          const option = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = name;
          box.value = value;
          box.checked = params.getAll(name).includes(value);
          const count = document.createElement('span');
          count.className = 'search-filter-count';
          this.boxes.push(box);
          this.counts.set(box, count);
          option.append(box, ` ${value} `, count);
          return option;
        }),
    );
    fieldset.append(legend, options);
    return fieldset;
  }

  /** The chosen values, as Pagefind takes them: any of a filter's values, and every filter. */
  selection(): FilterSelection {
    const selection: FilterSelection = {};
    for (const box of this.boxes) if (box.checked) (selection[box.name] ??= { any: [] }).any.push(box.value);
    return selection;
  }

  chosenCount(): number {
    return this.boxes.filter((box) => box.checked).length;
  }

  select(params: URLSearchParams): void {
    for (const box of this.boxes) box.checked = params.getAll(box.name).includes(box.value);
  }

  /** Shows each value's count; a value that would give nothing is hidden unless chosen, and so is a filter with nothing left to offer. */
  showCounts(counts: FilterCounts, selection: FilterSelection): void {
    for (const box of this.boxes) {
      const count = counts[box.name]?.[box.value] ?? 0;
      this.counts.get(box)!.textContent = `(${formatCount(count)})`;
      box.closest('label')!.hidden = count === 0 && !box.checked;
    }
    for (const fieldset of this.container.querySelectorAll<HTMLFieldSetElement>('fieldset')) {
      fieldset.hidden = !selection[fieldset.dataset.filter!] && [...fieldset.querySelectorAll('label')].every((label) => label.hidden);
    }
  }
}

/** ↓ from the search box goes to the first result; ↓ and ↑ move between results; ↑ from the first, and Escape, go back to the box. */
function listenForArrowKeys(input: HTMLInputElement, list: HTMLOListElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('.search-result h2 a')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    if (event.key === 'ArrowDown' && at < all.length - 1) all[at + 1]!.focus();
    else if (event.key === 'ArrowUp') (at === 0 ? input : all[at - 1]!).focus();
    else if (event.key === 'Escape') input.focus();
    else return;
    event.preventDefault();
  });
}

function renderResult(result: PagefindResultData, reviewClasses: Record<string, string>): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const badges = document.createElement('p');
  badges.className = 'badges';
  const type = result.filters.type?.[0];
  const review = result.filters.review?.[0];
  if (type) badges.append(badge(type, 'badge'));
  if (review) badges.append(badge(review, `badge ${reviewClasses[review] ?? ''}`.trim()));
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  // Pagefind's excerpts are escaped page text with <mark> around the matched words.
  excerpt.innerHTML = result.excerpt;
  item.append(heading, badges, excerpt);
  const sections = result.sub_results.filter((sub) => sub.url.includes('#')).slice(0, 3);
  if (sections.length > 0) {
    const subList = document.createElement('ul');
    subList.className = 'search-sub-results';
    subList.append(
      ...sections.map((sub) => {
        const subItem = document.createElement('li');
        const subLink = document.createElement('a');
        subLink.href = sub.url;
        subLink.textContent = sub.title;
        const subExcerpt = document.createElement('p');
        subExcerpt.innerHTML = sub.excerpt;
        subItem.append(subLink, subExcerpt);
        return subItem;
      }),
    );
    item.append(subList);
  }
  return item;
}

function badge(text: string, className: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}
