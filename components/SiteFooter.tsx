import { site } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="no-print mt-16 border-t border-gray-200 text-sm text-gray-600 dark:border-gray-800 dark:text-gray-400">
      <div className="mx-auto flex max-w-5xl flex-wrap justify-between gap-4 px-4 py-6">
        <p>
          {site.name}: explainers built from the reporting of April 2020. Every figure names its source.
        </p>
        <p>
          <a href="/corrections/" className="underline">Corrections</a>
          <span aria-hidden="true"> · </span>
          <a href="/about/#corrections" className="underline">Corrections policy</a>
        </p>
      </div>
    </footer>
  );
}
