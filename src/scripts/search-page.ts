/**
 * The search page in the browser. Reads the query and filters from the URL, asks Pagefind, and shows
 * results with highlighted excerpts and sub-results that link to the matching heading. Changing the
 * query or a filter updates the URL, so what is on screen can be shared as a link.
 */

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string };
  sub_results: PagefindSubResult[];
}

type FilterSelection = Record<string, { any: string[] }>;

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: { filters?: FilterSelection }): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

const PAGE_SIZE = 20;

/** Wires the search form, builds the filters and runs the search the URL describes. */
export async function runSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-query');
  const filterBox = document.querySelector<HTMLElement>('#search-filters');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  if (!form || !input || !filterBox || !status || !list || !more) return;

  const labels = JSON.parse(filterBox.dataset.labels ?? '{}') as Record<string, string>;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';

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
  await pagefind.options({ excerptLength: 24 });
  renderFilters(filterBox, labels, await pagefind.filters(), params);

  let shown = 0;
  let results: { data(): Promise<PagefindResultData> }[] = [];
  let searchId = 0;

  const run = async () => {
    const id = ++searchId;
    const query = input.value.trim();
    const filters = selectedFilters(filterBox);
    if (!query && Object.keys(filters).length === 0) {
      status.textContent = 'Type a word to search, or pick a filter.';
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    status.textContent = 'Searching…';
    const search = await pagefind.search(query || null, { filters });
    if (id !== searchId || !search) return;
    results = search.results;
    shown = 0;
    list.replaceChildren();
    await showMore(id);
    if (id !== searchId) return;
    // Announced once the results are on the page, so a screen reader can move straight to them.
    const described = query ? `“${query}”` : 'the filters';
    status.textContent = results.length === 0 ? `No pages match ${described}.` : `${results.length} page${results.length === 1 ? '' : 's'} match ${described}.`;
  };

  const showMore = async (id: number) => {
    const batch = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    if (id !== searchId) return;
    list.append(...batch.map(renderResult));
    shown += batch.length;
    more.hidden = shown >= results.length;
  };

  const syncUrl = (push: boolean) => {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    for (const [name, { any }] of Object.entries(selectedFilters(filterBox))) for (const value of any) next.append(name, value);
    const url = `${location.pathname}${next.size > 0 ? `?${next}` : ''}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    syncUrl(true);
    void run();
  });
  filterBox.addEventListener('change', () => {
    syncUrl(false);
    void run();
  });
  more.addEventListener('click', () => void showMore(searchId));
  window.addEventListener('popstate', () => {
    const current = new URLSearchParams(location.search);
    input.value = current.get('q') ?? '';
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = current.getAll(box.name).includes(box.value);
    void run();
  });
  await run();
}

/** One fieldset of checkboxes per filter, with counts, checked as the URL says. */
function renderFilters(container: HTMLElement, labels: Record<string, string>, available: Record<string, Record<string, number>>, params: URLSearchParams): void {
  const names = Object.keys(labels).filter((name) => available[name] && Object.keys(available[name]!).length > 0);
  container.replaceChildren(
    ...names.map((name) => {
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'search-filter';
      const legend = document.createElement('legend');
      legend.textContent = labels[name]!;
      const options = document.createElement('div');
      options.className = 'search-filter-options';
      const values = Object.entries(available[name]!).sort(([a], [b]) => a.localeCompare(b));
      options.append(
        ...values.map(([value, count]) => {
          const label = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = name;
          box.value = value;
          box.checked = params.getAll(name).includes(value);
          const count_ = document.createElement('span');
          count_.className = 'muted';
          count_.textContent = ` (${count})`;
          label.append(box, ` ${value}`, count_);
          return label;
        }),
      );
      fieldset.append(legend, options);
      return fieldset;
    }),
  );
}

function selectedFilters(container: HTMLElement): FilterSelection {
  const selection: FilterSelection = {};
  for (const box of container.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) (selection[box.name] ??= { any: [] }).any.push(box.value);
  return selection;
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  if (result.meta.type) {
    const type = document.createElement('span');
    type.className = 'badge';
    type.textContent = result.meta.type;
    heading.append(' ', type);
  }
  const excerpt = document.createElement('p');
  // Pagefind's excerpts are escaped page text with <mark> around the matched words.
  excerpt.innerHTML = result.excerpt;
  item.append(heading, excerpt);
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
