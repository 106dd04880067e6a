import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/metadata';

export const metadata: Metadata = pageMetadata({ title: 'Search', description: 'Search every story.', path: '/search/', noindex: true });

/** The results come from Pagefind, run by components/enhance/search.ts with the query in ?q=. */
export default function SearchPage() {
  return (
    <div className="mx-auto max-w-prose">
      <h1 className="font-serif text-4xl font-bold tracking-tight">Search</h1>
      <form role="search" aria-label="Search stories" action="/search/" method="get" className="mt-6 flex gap-2">
        <label htmlFor="search-page-q" className="sr-only">Search stories</label>
        <input
          id="search-page-q"
          type="search"
          name="q"
          data-search-input
          className="min-w-0 flex-1 rounded-md border border-gray-400 bg-white px-3 py-2 text-gray-900 dark:border-gray-600 dark:bg-gray-900 dark:text-gray-100"
        />
        <button type="submit" className="rounded-md bg-gray-900 px-4 py-2 font-medium text-white dark:bg-gray-100 dark:text-gray-900">Search</button>
      </form>
      <div role="status" data-search-status className="mt-4 text-gray-700 dark:text-gray-300" />
      <noscript>
        <p className="mt-4">Search needs JavaScript. Every story is listed on the home page.</p>
      </noscript>
      <ol data-search-results className="mt-4 space-y-6" />
    </div>
  );
}
