import { isScheduled, modifiedAt, type Story } from '@/lib/content/stories';
import { formatDate, formatList, tagLabel } from '@/lib/format';
import { absoluteUrl } from '@/lib/site';
import { ShareBar } from './ShareBar';

export function StoryHeader({ story }: { story: Story }) {
  const modified = modifiedAt(story);
  const showUpdated = modified !== story.published && formatDate(modified) !== formatDate(story.published);
  return (
    <header className="mx-auto max-w-prose">
      {story.draft ? (
        <p className="mb-4 rounded bg-amber-100 px-3 py-2 text-sm font-semibold text-amber-950">
          Draft: visible in development only; it is left out of the published site.
        </p>
      ) : isScheduled(story) ? (
        <p className="mb-4 rounded bg-sky-100 px-3 py-2 text-sm font-semibold text-sky-950">
          Scheduled: a production build leaves it out until {formatDate(story.published)}.
        </p>
      ) : null}
      <ul className="flex flex-wrap gap-x-3 text-sm font-semibold uppercase tracking-wide" aria-label="Topics">
        {story.tags.map((tag) => (
          <li key={tag}>
            <a href={`/tags/${tag}/`} className="text-red-700 hover:underline dark:text-red-400">{tagLabel(tag)}</a>
          </li>
        ))}
      </ul>
      <h1 data-pagefind-meta="title" className="mt-3 font-serif text-4xl font-bold tracking-tight text-gray-950 sm:text-5xl dark:text-white">{story.title}</h1>
      <p className="mt-4 font-serif text-xl text-gray-700 dark:text-gray-300">{story.dek}</p>
      <div className="mt-6 border-y border-gray-200 py-3 text-sm text-gray-700 dark:border-gray-800 dark:text-gray-300">
        <p>By {formatList(story.byline)}</p>
        <p className="mt-1 text-gray-600 dark:text-gray-400">
          Published <time dateTime={story.published}>{formatDate(story.published)}</time>
          {showUpdated ? (
            <>
              <span aria-hidden="true"> · </span>Updated <time dateTime={modified}>{formatDate(modified)}</time>
            </>
          ) : null}
          <span aria-hidden="true"> · </span>
          {story.readingMinutes} min read
        </p>
      </div>
      <div className="mt-3">
        <ShareBar url={absoluteUrl(`/stories/${story.slug}/`)} title={story.title} summary={story.dek} />
      </div>
    </header>
  );
}
