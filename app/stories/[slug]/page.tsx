import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StoryFooter } from '@/components/StoryFooter';
import { StoryHeader } from '@/components/StoryHeader';
import { TableOfContents } from '@/components/TableOfContents';
import { getStories, getStory } from '@/lib/content/stories';

type Params = { params: Promise<{ slug: string }> };

// Only stories that exist at build time have pages; drafts are not among them in production.
export const dynamicParams = false;

export function generateStaticParams() {
  return getStories().map((story) => ({ slug: story.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const story = getStory((await params).slug);
  if (!story) return {};
  return {
    title: story.title,
    description: story.dek,
    authors: story.byline.map((name) => ({ name })),
    alternates: { canonical: `/stories/${story.slug}/` },
    robots: story.draft ? { index: false } : undefined,
  };
}

export default async function StoryPage({ params }: Params) {
  const { slug } = await params;
  const story = getStory(slug);
  if (!story) notFound();
  const { default: Body } = await import(`@/content/stories/${slug}.mdx`);
  return (
    <article>
      <StoryHeader story={story} />
      <TableOfContents toc={story.toc} />
      <div className="prose prose-lg mx-auto max-w-prose font-serif prose-headings:font-sans prose-headings:tracking-tight prose-a:text-red-800 prose-blockquote:font-normal prose-blockquote:not-italic dark:prose-invert dark:prose-a:text-red-300">
        <Body />
      </div>
      <StoryFooter story={story} />
    </article>
  );
}
