import type { Metadata } from 'next';
import { SearchResults } from '@/components/SearchResults';
import { pageMetadata } from '@/lib/metadata';

export const metadata: Metadata = pageMetadata({ title: 'Search', description: 'Search every story.', path: '/search/', noindex: true });

export default function SearchPage() {
  return (
    <div className="mx-auto max-w-prose">
      <h1 className="font-serif text-4xl font-bold tracking-tight">Search</h1>
      <SearchResults />
    </div>
  );
}
