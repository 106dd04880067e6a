import { getPublishedChart, getPublishedCharts, getStories } from '@/lib/content/stories';
import type { Lang } from '@/lib/i18n/lang';
import { chartCardInput, siteCardInput, storyCardInput } from '@/lib/share-image/cards';
import { shareImageResponse } from '@/lib/share-image/render';
import { onlyChanged } from './changed';

// The card routes sit in the route group (cards), app/(cards)/og/ and app/fr/(cards)/og/, for the
// build's speed alone (the URLs are the same): next build gives each of its page workers one
// contiguous run of the paths, sorted by route file, and app/og/ and app/fr/og/ sorted after every
// page, so one worker drew all the cards while the other rendered all the pages. Sorted as
// "(cards)" before "(site)", each half holds an edition's cards and its pages.

/** The card of an edition's pages that have none of their own: home, topics, about. */
export const siteCard = (lang: Lang) => () => shareImageResponse(siteCardInput(lang));

type Params = { params: Promise<{ image: string }> };

/** One share card per story of an edition, at og/stories/<slug>.png: a real file name a static host serves as PNG. */
export function storyCards(lang: Lang) {
  return {
    generateStaticParams: () => onlyChanged(`story-card:${lang}`, getStories({ lang }).map((story) => ({ image: `${story.slug}.png` }))),
    GET: async (_request: Request, { params }: Params) => {
      const slug = (await params).image.replace(/\.png$/, '');
      const story = getStories({ lang }).find((s) => s.slug === slug)!;
      return shareImageResponse(storyCardInput(story, lang));
    },
  };
}

/** One share card per chart of an edition, at og/charts/<id>.png (under /fr/ in French), for its embed page and share links. */
export function chartCards(lang: Lang) {
  return {
    generateStaticParams: () => onlyChanged(`chart-card:${lang}`, getPublishedCharts({ lang }).map(({ id }) => ({ image: `${id}.png` }))),
    GET: async (_request: Request, { params }: Params) => shareImageResponse(chartCardInput(getPublishedChart((await params).image.replace(/\.png$/, ''), { lang })!, lang)),
  };
}
