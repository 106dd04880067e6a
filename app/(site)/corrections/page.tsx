import type { Metadata } from 'next';
import { getStories } from '@/lib/content/stories';
import { formatDate } from '@/lib/format';
import { pageMetadata } from '@/lib/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Corrections',
  description: 'Every correction we have made to a published story, newest first.',
  path: '/corrections/',
});

export default function CorrectionsPage() {
  const corrections = getStories()
    .flatMap((story) => story.corrections.map((correction) => ({ story, ...correction })))
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
  return (
    <div className="mx-auto max-w-prose">
      <h1 className="font-serif text-4xl font-bold tracking-tight">Corrections</h1>
      <p className="mt-3 text-gray-700 dark:text-gray-300">
        When we get something wrong we fix it and say so, on the story and here. Read our{' '}
        <a href="/about/#corrections" className="underline">corrections policy</a>.
      </p>
      {corrections.length ? (
        <ol className="mt-8 space-y-6">
          {corrections.map(({ story, date, text }) => (
            <li key={`${story.slug}-${date}-${text}`} className="border-l-4 border-red-700 pl-4 dark:border-red-400">
              <p className="text-sm text-gray-600 dark:text-gray-400"><time dateTime={date}>{formatDate(date)}</time></p>
              <p className="mt-1 font-serif text-lg font-bold">
                <a href={`/stories/${story.slug}/#corrections-heading`} className="hover:underline">{story.title}</a>
              </p>
              <p className="mt-1 text-gray-800 dark:text-gray-200">{text}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-8 text-gray-700 dark:text-gray-300">No corrections have been made to any published story.</p>
      )}
    </div>
  );
}
