import type { Metadata } from 'next';
import { SiteChrome } from '@/components/SiteChrome';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

export default function NotFound() {
  return (
    <SiteChrome>
      <div className="mx-auto max-w-prose py-12">
        <p className="text-sm font-bold uppercase tracking-wide text-red-700 dark:text-red-400">Error 404</p>
        <h1 className="mt-2 font-serif text-4xl font-bold tracking-tight">We can’t find that page</h1>
        <p className="mt-4 text-lg text-gray-700 dark:text-gray-300">
          The address may be mistyped, or the page may have moved. Every story we publish is listed on the home page.
        </p>
        <p className="mt-6">
          <a href="/" className="font-semibold text-red-800 underline dark:text-red-300">Go to all stories</a>
        </p>
      </div>
    </SiteChrome>
  );
}
