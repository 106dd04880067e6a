import type { Metadata } from 'next';
import { getTags } from '@/lib/content/stories';
import { tagLabel } from '@/lib/format';
import { pageMetadata } from '@/lib/metadata';

export const metadata: Metadata = pageMetadata({ title: 'Topics', description: 'Every topic our explainers cover.', path: '/tags/' });

export default function TagsPage() {
  const tags = getTags();
  return (
    <>
      <h1 className="font-serif text-4xl font-bold tracking-tight">Topics</h1>
      <ul className="mt-6 grid gap-3 sm:grid-cols-2">
        {tags.map(({ tag, stories }) => (
          <li key={tag}>
            <a href={`/tags/${tag}/`} className="block rounded-md border border-gray-200 p-4 hover:border-gray-400 dark:border-gray-800 dark:hover:border-gray-600">
              <span className="font-semibold">{tagLabel(tag)}</span>
              <span className="ml-2 text-sm text-gray-600 dark:text-gray-400">{stories.length} {stories.length === 1 ? 'story' : 'stories'}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
