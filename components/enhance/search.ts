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

/** How long typing must pause before a search runs: each keystroke would otherwise be a search and an announcement. */
const DEBOUNCE_MS = 250;

/**
 * The index was made from the pages with ’ written as ' (scripts/search-index.mjs), so Pagefind finds
 * "interdépendance" in « l’interdépendance »; the pages' text has no straight apostrophe, so each one
 * in a title or excerpt, escaped or not, is a ’ to give back.
 */
export function typographic(text: string, lang: string): string {
  const curly = text.replace(/'|&#0*39;|&#x0*27;|&apos;/gi, '\u2019');
  // Pagefind gives back plain spaces; French keeps « », ; : ! and ? with their word on one line.
  return lang.startsWith('fr') ? curly.replace(/« /g, '«\u00a0').replace(/ ([»;:!?])/g, '\u00a0$1') : curly;
}

/**
 * The words to look for. In French an elided article or pronoun is part of its word to Pagefind
 * (« l’interdépendance », indexed whole and as « interdépendance »): typed with the search, it would
 * find only the pages with that very pair, so it is left out, as a reader means the word.
 */
export function searchWords(query: string, lang: string): string {
  if (!lang.startsWith('fr')) return query;
  return query.replace(/(^|[\s(«"“])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{L})/giu, '$1');
}

function resultItem(r: { url: string; excerpt: string; meta: { title?: string } }, lang: string) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = r.url;
  link.className = 'font-serif text-xl font-bold text-ink-strong underline-offset-2 hover:underline';
  link.textContent = r.meta.title ? typographic(r.meta.title, lang) : r.url;
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-1 text-ink-soft';
  // Pagefind escapes the page text; its only markup is <mark> around the matched words.
  excerpt.innerHTML = typographic(r.excerpt, lang);
  item.append(link, excerpt);
  return item;
}

/**
 * The search page: searches with Pagefind as the reader types (after a short pause), on Enter, and
 * for the query in ?q= on arrival; lists titles with excerpts, and says the count in the page's
 * live region. The address follows the query, so a search can be shared or reloaded.
 */
export async function enhanceSearch(root: ParentNode = document) {
  const results = root.querySelector<HTMLOListElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  if (!results || !status || !input) return;
  let pagefind: Promise<Pagefind> | undefined;
  // Each search has a number; an answer that comes back after a newer search started is dropped.
  let latest = 0;

  async function run(query: string, announceSearching: boolean) {
    const id = ++latest;
    if (!query) {
      status!.textContent = '';
      results!.replaceChildren();
      return;
    }
    // On arrival the wait is worth saying; while typing, only the count is (a live region that spoke every keystroke would drown the reader).
    if (announceSearching) status!.textContent = status!.dataset.searching ?? '';
    try {
      pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>;
      const lang = document.documentElement.lang;
      const found = await Promise.all((await (await pagefind).search(searchWords(query, lang))).results.slice(0, 20).map((r) => r.data()));
      if (id !== latest) return;
      status!.textContent = countText(status!, found.length, query);
      results!.replaceChildren(...found.map((r) => resultItem(r, lang)));
    } catch {
      if (id === latest) status!.textContent = status!.dataset.unavailable ?? '';
    }
  }

  const follow = (query: string) => history.replaceState(history.state, '', query ? `?${new URLSearchParams({ q: query })}` : location.pathname);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const searchNow = (announceSearching: boolean) => {
    clearTimeout(timer);
    const query = input.value.trim();
    follow(query);
    return run(query, announceSearching);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void searchNow(false), DEBOUNCE_MS);
  });
  // Enter searches at once, in place: no reload.
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    void searchNow(false);
  });

  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  if (query) {
    input.value = query;
    await run(query, true);
  }
}
