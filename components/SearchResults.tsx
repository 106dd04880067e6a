'use client';

import { useEffect, useState } from 'react';

type Result = { url: string; title: string; excerpt: string };
type State = { query: string; status: 'idle' | 'loading' | 'done' | 'error'; results: Result[] };

type Pagefind = {
  search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }> }[] }>;
};

/** Built into out/pagefind/ after `next build`; loaded only on this page, only when there is a query. */
const PAGEFIND_URL = '/pagefind/pagefind.js';

async function runSearch(query: string): Promise<Result[]> {
  const pagefind = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_URL)) as Pagefind;
  const { results } = await pagefind.search(query);
  const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
  return data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt }));
}

export function SearchResults() {
  const [state, setState] = useState<State>({ query: '', status: 'idle', results: [] });

  useEffect(() => {
    const query = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
    if (!query) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setState({ query, status: 'loading', results: [] });
    runSearch(query).then(
      (results) => setState({ query, status: 'done', results }),
      () => setState({ query, status: 'error', results: [] }),
    );
  }, []);

  return (
    <div className="mt-6">
      <form role="search" action="/search/" method="get" className="flex gap-2">
        <label htmlFor="search-page-q" className="sr-only">Search stories</label>
        <input
          id="search-page-q"
          type="search"
          name="q"
          defaultValue={state.query}
          key={state.query}
          className="min-w-0 flex-1 rounded-md border border-gray-400 bg-white px-3 py-2 text-gray-900 dark:border-gray-600 dark:bg-gray-900 dark:text-gray-100"
        />
        <button type="submit" className="rounded-md bg-gray-900 px-4 py-2 font-medium text-white dark:bg-gray-100 dark:text-gray-900">Search</button>
      </form>
      <div role="status" className="mt-4 text-gray-700 dark:text-gray-300">
        {state.status === 'loading' ? 'Searching…' : null}
        {state.status === 'error' ? 'Search is not available right now. Every story is listed on the home page.' : null}
        {state.status === 'done' ? `${state.results.length} ${state.results.length === 1 ? 'result' : 'results'} for “${state.query}”` : null}
      </div>
      <noscript>
        <p className="mt-4">Search needs JavaScript. Every story is listed on the home page.</p>
      </noscript>
      <ol className="mt-4 space-y-6">
        {state.results.map((r) => (
          <li key={r.url}>
            <a href={r.url} className="font-serif text-xl font-bold text-gray-950 underline-offset-2 hover:underline dark:text-white">{r.title}</a>
            {/* Pagefind escapes the page text; the only markup is <mark> around the matched words. */}
            <p className="mt-1 text-gray-700 dark:text-gray-300" dangerouslySetInnerHTML={{ __html: r.excerpt }} />
          </li>
        ))}
      </ol>
    </div>
  );
}
