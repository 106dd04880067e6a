import type { Metadata } from 'next';
import { StoryCard } from '@/components/StoryCard';
import { getStories } from '@/lib/content/stories';
import { pageMetadata } from '@/lib/metadata';
import { site } from '@/lib/site';

export const metadata: Metadata = pageMetadata({ description: site.description, path: '/' });

export default function HomePage() {
  const [lead, ...rest] = getStories();
  return (
    <>
      <h1 className="sr-only">{site.name}</h1>
      {lead ? <StoryCard story={lead} lead /> : <p>No stories have been published yet.</p>}
      {rest.length ? (
        <section aria-labelledby="more-heading" className="mt-8">
          <h2 id="more-heading" className="text-sm font-bold uppercase tracking-wide text-gray-600 dark:text-gray-400">More explainers</h2>
          <div className="divide-y divide-gray-200 dark:divide-gray-800">
            {rest.map((story) => (
              <StoryCard key={story.slug} story={story} />
            ))}
          </div>
        </section>
      ) : null}
    </>
  );
}
