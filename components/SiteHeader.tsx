import { site } from '@/lib/site';
import { SearchForm } from './SearchForm';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader() {
  return (
    <header className="border-b border-gray-200 dark:border-gray-800">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2 dark:focus:bg-gray-900">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <a href="/" className="font-serif text-xl font-bold tracking-tight text-gray-950 no-underline dark:text-white">
          {site.name}
        </a>
        <nav aria-label="Site" className="no-print flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <a href="/" className="text-gray-700 hover:underline dark:text-gray-300">Stories</a>
          <a href="/tags/" className="text-gray-700 hover:underline dark:text-gray-300">Topics</a>
          <a href="/about/" className="text-gray-700 hover:underline dark:text-gray-300">About</a>
          <SearchForm id="site-search" />
          <ThemeToggle />
        </nav>
      </div>
    </header>
  );
}
