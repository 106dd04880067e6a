import { getPublishedChart, getPublishedCharts, getStories } from '@/lib/content/stories';
import { chartText } from '@/lib/i18n/charts';
import type { Lang } from '@/lib/i18n/lang';
import { siteText, storyKicker } from '@/lib/i18n/site';
import { shareImageResponse } from '@/lib/share-image/render';
import { site } from '@/lib/site';

const host = () => new URL(site.url).host;

/** The card of an edition's pages that have none of their own: home, topics, about. */
export const siteCard = (lang: Lang) => () =>
  shareImageResponse({ kicker: siteText(lang).cards.site, title: siteText(lang).name, dek: siteText(lang).description, footer: host(), lang });

type Params = { params: Promise<{ image: string }> };

/** One share card per story of an edition, at og/stories/<slug>.png: a real file name a static host serves as PNG. */
export function storyCards(lang: Lang) {
  return {
    generateStaticParams: () => getStories({ lang }).map((story) => ({ image: `${story.slug}.png` })),
    GET: async (_request: Request, { params }: Params) => {
      const slug = (await params).image.replace(/\.png$/, '');
      const story = getStories({ lang }).find((s) => s.slug === slug)!;
      return shareImageResponse({
        kicker: storyKicker(story.tags, lang),
        title: story.title,
        dek: story.dek,
        // The story's first chart is its lead chart.
        chart: story.datasets[0],
        footer: host(),
        lang,
      });
    },
  };
}

/** One share card per chart of an edition, at og/charts/<id>.png (under /fr/ in French), for its embed page and share links. */
export function chartCards(lang: Lang) {
  return {
    generateStaticParams: () => getPublishedCharts({ lang }).map(({ id }) => ({ image: `${id}.png` })),
    GET: async (_request: Request, { params }: Params) => {
      const dataset = getPublishedChart((await params).image.replace(/\.png$/, ''), { lang })!;
      return shareImageResponse({
        kicker: chartText(lang).cardKicker,
        title: dataset.title,
        dek: dataset.sourceLine,
        chart: dataset,
        footer: host(),
        lang,
      });
    },
  };
}
