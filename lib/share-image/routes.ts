import { getStories } from '../content/stories';
import type { Lang } from '../i18n/lang';
import { siteText, storyKicker } from '../i18n/site';
import { site } from '../site';
import { shareImageResponse } from './render';

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
