import type { MetadataRoute } from 'next';
import { getStories, lastModified, modifiedAt } from '@/lib/content/stories';
import { editionTags, sitePage, storyPage, tagPage } from '@/lib/editions';
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
    return [
      entry(to.home(), sitePage('home'), lastModified(stories)),
      ...stories.map((story) => entry(to.story(story.slug), storyPage(story), modifiedAt(story))),
      ...editionTags(lang).map(({ tag, stories: tagged }) => entry(to.tag(tag), tagPage(tag), lastModified(tagged))),
      entry(to.tags(), sitePage('tags')),
      entry(to.about(), sitePage('about')),
      entry(to.corrections(), sitePage('corrections')),
    ];
  });
}
