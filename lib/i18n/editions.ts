import { counterpartOf, getStories, type Story, type StoryMeta } from '../content/stories';
import type { Editions } from '../metadata';
import { LANGS, type Lang } from './lang';
import { paths } from './paths';
import { tagName } from './site';

/**
 * A page's address in each edition that has it: what the language switch, hreflang and the sitemap
 * share, so the three always agree.
 */
type Fixed = 'home' | 'tags' | 'about' | 'corrections' | 'search';

/** The site's own pages exist in both editions. */
export const sitePage = (page: Fixed): Editions => Object.fromEntries(LANGS.map((lang) => [lang, paths(lang)[page]()]));

/** A topic's page exists in an edition when one of its published stories carries the tag. */
export function tagPage(tag: string): Editions {
  return Object.fromEntries(LANGS.filter((lang) => getStories({ lang }).some((s) => s.tags.includes(tag))).map((lang) => [lang, paths(lang).tag(tag)]));
}

/** A story and its translation (or original), when that is published. */
export function storyPage(story: StoryMeta): Editions {
  const other = counterpartOf(story);
  const published = other && getStories({ lang: other.lang }).some((s) => s.slug === other.slug);
  return { [story.lang]: paths(story.lang).story(story.slug), ...(other && published ? { [other.lang]: paths(other.lang).story(other.slug) } : {}) };
}

/** Where this page's language switch leads: the same page in the other edition, if there is one. */
export const otherEdition = (editions: Editions, lang: Lang) => editions[lang === 'en' ? 'fr' : 'en'];

/** Every tag an edition's published stories carry, with those stories (newest first), sorted by name in that language. */
export function editionTags(lang: Lang): { tag: string; stories: Story[] }[] {
  const byTag = new Map<string, Story[]>();
  for (const story of getStories({ lang })) for (const tag of story.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), story]);
  return [...byTag].map(([tag, stories]) => ({ tag, stories })).sort((a, b) => tagName(a.tag, lang).localeCompare(tagName(b.tag, lang), lang));
}
