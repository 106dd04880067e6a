import type { MetadataRoute } from 'next';
import { getStories, lastModified, modifiedAt } from '@/lib/content/stories';
import { pageNumbers } from '@/app/_routes/pages';
import { editionTags, pageCount, sitePage, storyPage, tagPage } from '@/lib/editions';
import { LANGS } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';
import { languageAlternates, type Editions } from '@/lib/metadata';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** Every page of both editions; a page with a counterpart lists both, and x-default, as hreflang links. */
export default function sitemap(): MetadataRoute.Sitemap {
  const entry = (path: string, editions: Editions, lastModified?: string) => {
    const languages = languageAlternates(editions);
    return {
      url: absoluteUrl(path),
      ...(lastModified ? { lastModified } : {}),
      ...(languages ? { alternates: { languages: Object.fromEntries(Object.entries(languages).map(([tag, p]) => [tag, absoluteUrl(p)])) } } : {}),
    };
  };
  return LANGS.flatMap((lang) => {
    const stories = getStories({ preview: false, lang });
    const to = paths(lang);
    // A list's later pages have no counterpart: the other edition's hold other stories. Nor a date:
    // each changes whenever a newer story is published or taken down, which its own stories' dates miss.
    const later = (count: number, address: (page: number) => string) => pageNumbers(count).slice(1).map((page) => entry(address(page), { [lang]: address(page) }));
    return [
      entry(to.home(), sitePage('home'), lastModified(stories)),
      ...later(pageCount(stories.length), to.home),
      ...stories.map((story) => entry(to.story(story.slug), storyPage(story), modifiedAt(story))),
      ...editionTags(lang).flatMap(({ tag, stories: tagged }) => [
        entry(to.tag(tag), tagPage(tag), lastModified(tagged)),
        ...later(pageCount(tagged.length), (page) => to.tag(tag, page)),
      ]),
      entry(to.tags(), sitePage('tags')),
      entry(to.about(), sitePage('about')),
      entry(to.corrections(), sitePage('corrections')),
    ];
  });
}
