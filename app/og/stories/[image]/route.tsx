import { getStories, getStory } from '@/lib/content/stories';
import { tagLabel } from '@/lib/format';
import { shareImageResponse } from '@/lib/share-image/render';
import { site } from '@/lib/site';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Params = { params: Promise<{ image: string }> };

/** One share card per story, at /og/stories/<slug>.png: a real file name a static host serves as PNG. */
export function generateStaticParams() {
  return getStories().map((story) => ({ image: `${story.slug}.png` }));
}

export async function GET(_request: Request, { params }: Params) {
  const story = getStory((await params).image.replace(/\.png$/, ''))!;
  return shareImageResponse({
    kicker: tagLabel(story.tags[0] ?? 'explainer'),
    title: story.title,
    dek: story.dek,
    // The story's first chart is its lead chart.
    chart: story.datasets[0],
    footer: new URL(site.url).host,
  });
}
