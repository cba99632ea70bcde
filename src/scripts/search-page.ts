/** The search page in the browser: reads `?q=`, asks Pagefind, shows the results. */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface Pagefind {
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

/** Wires the search form and runs the query in the page's URL, if any. */
export async function runSearchPage(): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('#search-query');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!input || !status || !list) return;
  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  if (!query.trim()) return;
  status.textContent = 'Searching…';
  // The index is written after the build, so it is loaded at run time rather than bundled.
  const pagefindUrl = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
  status.textContent = results.length === 0 ? `No pages match “${query}”.` : `${search.results.length} page${search.results.length === 1 ? '' : 's'} match “${query}”.`;
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      const excerpt = document.createElement('p');
      // Pagefind's excerpt is escaped text with <mark> around matches.
      excerpt.innerHTML = result.excerpt;
      item.append(link, excerpt);
      return item;
    }),
  );
}
