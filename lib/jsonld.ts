import { modifiedAt, type Story } from './content/stories';
import { LOCALE, type Lang } from './i18n/lang';
import { paths } from './i18n/paths';
import { siteText, tagName } from './i18n/site';
import { absoluteUrl, site } from './site';

/**
 * schema.org NewsArticle for a story; what search engines read as its facts. A translation names
 * its original (translationOfWork), and an original its translation (workTranslation).
 */
export function newsArticle(story: Story, lang: Lang, counterpart?: { url: string; lang: Lang }) {
  const url = absoluteUrl(paths(lang).story(story.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.title,
    description: story.dek,
    image: [absoluteUrl(paths(lang).storyCard(story.slug))],
    datePublished: story.published,
    dateModified: modifiedAt(story),
    author: story.byline.map((name) => ({ '@type': 'Person', name })),
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: siteText(lang).name,
      logo: { '@type': 'ImageObject', url: absoluteUrl(site.publisher.logo) },
      correctionsPolicy: absoluteUrl(`${paths(lang).about()}#corrections`),
    },
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    keywords: story.tags.map((tag) => tagName(tag, lang)),
    inLanguage: LOCALE[lang],
    wordCount: story.wordCount,
    ...(counterpart ? { [lang === 'en' ? 'workTranslation' : 'translationOfWork']: { '@type': 'NewsArticle', '@id': absoluteUrl(counterpart.url), inLanguage: LOCALE[counterpart.lang] } } : {}),
  };
}


/**
 * JSON for a <script type="application/ld+json">: "<" is escaped so no text from frontmatter
 * can close the script element, and the two line separators JavaScript dislikes are escaped too.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
