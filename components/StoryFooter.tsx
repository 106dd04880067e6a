import type { Story } from '@/lib/content/stories';
import { formatDate } from '@/lib/format';

/** Sources and corrections close every story, in print too. */
export function StoryFooter({ story }: { story: Story }) {
  return (
    <footer className="mx-auto mt-12 max-w-prose space-y-8 border-t border-gray-200 pt-8 text-sm dark:border-gray-800">
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="font-sans text-base font-bold">Sources</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-gray-700 dark:text-gray-300">
          {story.sources.map((source) => (
            <li key={`${source.name}-${source.date}`}>
              {source.url ? <a href={source.url} rel="noopener noreferrer" className="underline">{source.name}</a> : source.name},{' '}
              <time dateTime={source.date}>{formatDate(source.date)}</time>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="corrections-heading">
        <h2 id="corrections-heading" className="font-sans text-base font-bold">Corrections</h2>
        {story.corrections.length ? (
          <ul className="mt-2 space-y-2 text-gray-700 dark:text-gray-300">
            {story.corrections.map((c) => (
              <li key={`${c.date}-${c.text}`}>
                <time dateTime={c.date} className="font-semibold">{formatDate(c.date)}</time>: {c.text}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-gray-700 dark:text-gray-300">No corrections have been made to this story.</p>
        )}
        <p className="mt-2 text-gray-600 dark:text-gray-400">
          Spotted an error? Read our <a href="/about/#corrections" className="underline">corrections policy</a>.
        </p>
      </section>
    </footer>
  );
}
