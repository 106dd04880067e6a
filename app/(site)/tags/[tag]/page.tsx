import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StoryCard } from '@/components/StoryCard';
import { getTags } from '@/lib/content/stories';
import { tagLabel } from '@/lib/format';
import { pageMetadata } from '@/lib/metadata';

type Params = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getTags().map(({ tag }) => ({ tag }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { tag } = await params;
  return pageMetadata({ title: `Stories about ${tagLabel(tag)}`, description: `Every explainer on ${tagLabel(tag)}, newest first.`, path: `/tags/${tag}/` });
}

export default async function TagPage({ params }: Params) {
  const { tag } = await params;
  const entry = getTags().find((t) => t.tag === tag);
  if (!entry) notFound();
  return (
    <>
      <p className="text-sm font-bold uppercase tracking-wide text-red-700 dark:text-red-400">Topic</p>
      <h1 className="mt-1 font-serif text-4xl font-bold tracking-tight">{tagLabel(tag)}</h1>
      <p className="mt-2 text-gray-600 dark:text-gray-400">
        {entry.stories.length} {entry.stories.length === 1 ? 'story' : 'stories'}, newest first
      </p>
      <div className="mt-4 divide-y divide-gray-200 dark:divide-gray-800">
        {entry.stories.map((story) => (
          <StoryCard key={story.slug} story={story} level={2} />
        ))}
      </div>
    </>
  );
}
