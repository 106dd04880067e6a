import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StoryPage } from '@/components/pages/StoryPage';
import { getStories } from '@/lib/content/stories';
import { storyPage } from '@/lib/editions';
import type { Lang } from '@/lib/i18n/lang';
import { storyMetadata } from '@/lib/metadata';
import { onlyChanged } from './changed';

/** The route's side: static params, metadata and the page, for one edition. */
export function storyRoute(lang: Lang) {
  type Params = { params: Promise<{ slug: string }> };
  const find = async ({ params }: Params) => {
    const { slug } = await params;
    return getStories({ lang }).find((s) => s.slug === slug);
  };
  return {
    generateStaticParams: () => onlyChanged(`story:${lang}`, getStories({ lang }).map((story) => ({ slug: story.slug }))),
    generateMetadata: async (props: Params): Promise<Metadata> => {
      const story = await find(props);
      return story ? storyMetadata(story, lang, storyPage(story)) : {};
    },
    Page: async (props: Params) => {
      const story = await find(props);
      if (!story) notFound();
      return <StoryPage story={story} />;
    },
  };
}
