type Pagefind = {
  search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }> }[] }>;
};

/** Built into out/pagefind/ after next build; fetched only on the search page, only with a query. */
const PAGEFIND_URL = '/pagefind/pagefind.js';

/**
 * The search page's words, in its language (components/pages/SearchPage.tsx), with {n} and {q} to
 * fill in: one template per plural category, chosen by the page language's own rule (French says
 * "0 résultat", English "0 results"), as lib/i18n/intl.ts does on the server.
 */
function countText(status: HTMLElement, n: number, query: string): string {
  const category = new Intl.PluralRules(document.documentElement.lang || undefined).select(n);
  const { resultsOne, resultsOther } = status.dataset;
  const template = (category === 'one' && resultsOne) || resultsOther || '{n}';
  return template.replace('{n}', String(n)).replace('{q}', query);
}

/** The search page: runs the query in ?q= with Pagefind and lists titles with excerpts. */
export async function enhanceSearch(root: ParentNode = document) {
  const results = root.querySelector<HTMLOListElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  if (!results || !status || !query) return;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  if (input) input.value = query;
  status.textContent = status.dataset.searching ?? '';
  try {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    const found = await Promise.all((await pagefind.search(query)).results.slice(0, 20).map((r) => r.data()));
    status.textContent = countText(status, found.length, query);
    results.replaceChildren(
      ...found.map((r) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = r.url;
        link.className = 'font-serif text-xl font-bold text-gray-950 underline-offset-2 hover:underline dark:text-white';
        link.textContent = r.meta.title ?? r.url;
        const excerpt = document.createElement('p');
        excerpt.className = 'mt-1 text-gray-700 dark:text-gray-300';
        // Pagefind escapes the page text; its only markup is <mark> around the matched words.
        excerpt.innerHTML = r.excerpt;
        item.append(link, excerpt);
        return item;
      }),
    );
  } catch {
    status.textContent = status.dataset.unavailable ?? '';
  }
}
