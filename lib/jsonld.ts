import { modifiedAt, type Story } from './content/stories';
import { absoluteUrl, site } from './site';

/** schema.org NewsArticle for a story; what search engines read as its facts. */
export function newsArticle(story: Story) {
  const url = absoluteUrl(`/stories/${story.slug}/`);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.title,
    description: story.dek,
    image: [absoluteUrl(shareImagePath(story.slug))],
    datePublished: story.published,
    dateModified: modifiedAt(story),
    author: story.byline.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'NewsMediaOrganization', name: site.publisher.name, logo: { '@type': 'ImageObject', url: absoluteUrl(site.publisher.logo) } },
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    keywords: story.tags,
    inLanguage: site.locale,
    wordCount: story.wordCount,
  };
}

export function shareImagePath(slug: string): string {
  return `/og/stories/${slug}.png`;
}

/**
 * JSON for a <script type="application/ld+json">: "<" is escaped so no text from frontmatter
 * can close the script element, and the two line separators JavaScript dislikes are escaped too.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
