import type { Metadata } from 'next';
import { modifiedAt, type Story } from './content/stories';
import { FEEDS } from './feed-paths';
import { tagLabel } from './format';
import { shareImagePath } from './jsonld';
import { site } from './site';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;
export const SITE_IMAGE = '/og/site.png';

type Page = {
  title?: string;
  description: string;
  path: string;
  image?: { url: string; alt: string };
  noindex?: boolean;
};

/** Feeds are announced on every page; Next replaces `alternates` wholesale, so each page sets them all. */
const feedLinks = Object.fromEntries(Object.values(FEEDS).map((f) => [f.type, [{ url: f.path, title: f.title }]]));

/** Title, description, canonical URL, Open Graph and Twitter tags for any page but a story. */
export function pageMetadata({ title, description, path, image, noindex }: Page): Metadata {
  const img = { ...SHARE_IMAGE, ...(image ?? { url: SITE_IMAGE, alt: `${site.name}: ${site.description}` }) };
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: path, types: feedLinks },
    openGraph: { type: 'website', siteName: site.name, locale: site.locale.replace('-', '_'), title: title ?? site.name, description, url: path, images: [img] },
    twitter: { card: 'summary_large_image', title: title ?? site.name, description, images: [{ url: img.url, alt: img.alt }] },
    robots: noindex ? { index: false, follow: true } : undefined,
  };
}

export function storyMetadata(story: Story): Metadata {
  const path = `/stories/${story.slug}/`;
  const image = { url: shareImagePath(story.slug), alt: `${story.title}: ${story.dek}`, ...SHARE_IMAGE };
  const base = pageMetadata({ title: story.title, description: story.dek, path, image, noindex: story.draft });
  return {
    ...base,
    authors: story.byline.map((name) => ({ name })),
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: story.published,
      modifiedTime: modifiedAt(story),
      section: tagLabel(story.tags[0] ?? 'explainers'),
      tags: story.tags.map(tagLabel),
      authors: story.byline,
      images: [image],
    },
  };
}
