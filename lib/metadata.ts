import type { Metadata } from 'next';
import { modifiedAt, type Story } from './content/stories';
import { feedsOf } from './feed-paths';
import { colon, LOCALE, otherLang, type Lang } from './i18n/lang';
import { paths } from './i18n/paths';
import { siteText, tagName } from './i18n/site';
import { site } from './site';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** A page's address in each edition that has it. */
export type Editions = Partial<Record<Lang, string>>;

type Page = {
  lang: Lang;
  title?: string;
  description: string;
  path: string;
  /** The page in both editions, when it has a counterpart: written as reciprocal hreflang links. */
  editions?: Editions;
  image?: { url: string; alt: string };
  noindex?: boolean;
};

/** "Title: text", with French's no-break space before the colon. */
const titled = (lang: Lang, title: string, text: string) => `${title}${colon(lang)}${text}`;

const ogLocale = (lang: Lang) => LOCALE[lang].replace('-', '_');

/**
 * hreflang alternates: each edition by its tag, and x-default to the English page, which a reader
 * whose language is neither lands on. Only when both editions exist: a lone page has no alternate.
 */
export function languageAlternates(editions: Editions | undefined): Record<string, string> | undefined {
  if (!editions?.en || !editions.fr) return undefined;
  return { [LOCALE.en]: editions.en, [LOCALE.fr]: editions.fr, 'x-default': editions.en };
}

/** Title, description, canonical URL, hreflang, Open Graph and Twitter tags for any page but a story. */
export function pageMetadata({ lang, title, description, path, editions, image, noindex }: Page): Metadata {
  const name = siteText(lang).name;
  const img = { ...SHARE_IMAGE, ...(image ?? { url: paths(lang).siteCard(), alt: titled(lang, name, siteText(lang).description) }) };
  const languages = languageAlternates(editions);
  // Feeds are announced on every page; Next replaces `alternates` wholesale, so each page sets them all.
  const types = Object.fromEntries(Object.values(feedsOf(lang)).map((f) => [f.type, [{ url: f.path, title: f.title }]]));
  // Without SITE_URL the only address known is localhost. A canonical link or og:url there would
  // send crawlers and share previews (Facebook re-reads the page at og:url) to a page no one can
  // reach, which is worse than naming none: then the address a page was found at is its own.
  // og:image stays absolute (a relative one is invalid), and works where npm start serves the site.
  const canonical = site.hasPublicUrl ? { canonical: path } : {};
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { ...canonical, types, ...(languages ? { languages } : {}) },
    openGraph: {
      type: 'website',
      siteName: name,
      locale: ogLocale(lang),
      ...(languages ? { alternateLocale: [ogLocale(otherLang(lang))] } : {}),
      title: title ?? name,
      description,
      ...(site.hasPublicUrl ? { url: path } : {}),
      images: [img],
    },
    twitter: { card: 'summary_large_image', title: title ?? name, description, images: [{ url: img.url, alt: img.alt }] },
    robots: noindex ? { index: false, follow: true } : undefined,
  };
}

export function storyMetadata(story: Story, lang: Lang, editions?: Editions): Metadata {
  const path = paths(lang).story(story.slug);
  const image = { url: paths(lang).storyCard(story.slug), alt: titled(lang, story.title, story.dek), ...SHARE_IMAGE };
  const base = pageMetadata({ lang, title: story.title, description: story.dek, path, editions, image, noindex: story.draft });
  return {
    ...base,
    authors: story.byline.map((name) => ({ name })),
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: story.published,
      modifiedTime: modifiedAt(story),
      section: tagName(story.tags[0] ?? 'explainers', lang),
      tags: story.tags.map((tag) => tagName(tag, lang)),
      authors: story.byline,
      images: [image],
    },
  };
}
