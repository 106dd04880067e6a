import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StoryFooter } from '@/components/StoryFooter';
import { StoryHeader } from '@/components/StoryHeader';
import { TableOfContents } from '@/components/TableOfContents';
import { getStories, getStory } from '@/lib/content/stories';
import { newsArticle, serializeJsonLd } from '@/lib/jsonld';
import { storyMetadata } from '@/lib/metadata';
import { mdxComponents } from '@/mdx-components';

type Params = { params: Promise<{ slug: string }> };

// Only stories that exist at build time have pages; drafts are not among them in production.
export const dynamicParams = false;

export function generateStaticParams() {
  return getStories().map((story) => ({ slug: story.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const story = getStory((await params).slug);
  return story ? storyMetadata(story) : {};
}

export default async function StoryPage({ params }: Params) {
  const { slug } = await params;
  const story = getStory(slug);
  if (!story) notFound();
  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(newsArticle(story)) }} />
      <StoryHeader story={story} />
      <TableOfContents toc={story.toc} />
      <div data-pagefind-body className="prose mx-auto max-w-prose font-serif prose-headings:font-sans prose-headings:tracking-tight prose-a:text-red-800 prose-blockquote:font-normal prose-blockquote:not-italic dark:prose-invert dark:prose-a:text-red-300">
        <story.Body components={mdxComponents(story)} />
      </div>
      <StoryFooter story={story} />
    </article>
  );
}
