import { lastModified, modifiedAt, type Story } from './content/stories';
import { feedsOf } from './feed-paths';
import { LOCALE, type Lang } from './i18n/lang';
import { paths } from './i18n/paths';
import { siteText } from './i18n/site';
import { absoluteUrl } from './site';

/*
 * The feeds carry each story's full body, as HTML. Rendering it takes the components
 * (components/feed-html.tsx), which sit above this module, so the caller passes the renderer:
 * scripts/write-feeds.tsx, after `next build`, since React renders to a string only outside
 * React Server Components.
 */

/** A story's body as HTML for feed readers. */
export type BodyHtml = (story: Story) => string;

type Entry = { story: Story; url: string; html: string; modified: string };

/**
 * How many stories a feed carries: the newest. A feed reader polls the feed again and again and
 * keeps what it has seen, so only a new subscriber would ever get more; each entry carries its
 * whole story, and with every story an archive of 1,000 made each English feed about 9 MB and each
 * French one 13 MB, which every reader downloaded at each poll (and the build rendered). Twenty is
 * weeks of an explainer desk's work; the archive is on the site, its list pages and its sitemap.
 */
export const FEED_LENGTH = 20;

/** Feed entries: the FEED_LENGTH newest stories (by publication; the caller's order breaks ties), newest first; drafts never appear, whatever the caller passes. */
function entries(stories: Story[], lang: Lang, bodyHtml: BodyHtml): Entry[] {
  const published = stories.filter((story) => !story.draft);
  const newest = published.sort((a, b) => Date.parse(b.published) - Date.parse(a.published)).slice(0, FEED_LENGTH);
  return newest.map((story) => ({
    story,
    url: absoluteUrl(paths(lang).story(story.slug)),
    html: bodyHtml(story),
    modified: modifiedAt(story),
  }));
}

/** The feed's own date: when its newest entry last changed, so rebuilding alone changes nothing. */
const lastChange = (list: Entry[]) => lastModified(list.map((e) => e.story)) ?? '1970-01-01T00:00:00Z';

/**
 * Characters XML 1.0 allows nowhere, not even escaped: C0 controls other than tab, LF and CR,
 * U+FFFE and U+FFFF, and surrogates without their other half. One of them makes a feed reader
 * drop the whole feed ("not well-formed (invalid token)"), every story in it.
 */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text without the characters XML cannot hold. The check refuses them in stories and data; each
 * feed strips them again from its whole text, as a second line, so one that got past the check
 * costs a character, not the feed.
 */
export const stripXmlInvalid = (text: string): string => text.replace(XML_INVALID, '');

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const rfc822 = (iso: string) => new Date(iso).toUTCString();
const iso = (date: string) => new Date(date).toISOString();

/** Each edition has its own feeds: `lang` picks the stories' addresses, the feed's title and its language. */
export function rssFeed(stories: Story[], lang: Lang, bodyHtml: BodyHtml): string {
  const list = entries(stories, lang, bodyHtml);
  const { name, description } = siteText(lang);
  const FEEDS = feedsOf(lang);
  const items = list.map(({ story, url, html }) =>
    [
      '<item>',
      `<title>${escapeXml(story.title)}</title>`,
      `<link>${escapeXml(url)}</link>`,
      `<guid isPermaLink="true">${escapeXml(url)}</guid>`,
      `<pubDate>${rfc822(story.published)}</pubDate>`,
      ...story.byline.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`),
      ...story.tags.map((tag) => `<category>${escapeXml(tag)}</category>`),
      `<description>${escapeXml(story.dek)}</description>`,
      `<content:encoded>${escapeXml(html)}</content:encoded>`,
      '</item>',
    ].join(''),
  );
  return stripXmlInvalid(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>${escapeXml(name)}</title>
<link>${escapeXml(absoluteUrl(paths(lang).home()))}</link>
<description>${escapeXml(description)}</description>
<language>${LOCALE[lang]}</language>
<lastBuildDate>${rfc822(lastChange(list))}</lastBuildDate>
<atom:link href="${escapeXml(absoluteUrl(FEEDS.rss.path))}" rel="self" type="${FEEDS.rss.type}"/>
${items.join('\n')}
</channel>
</rss>
`);
}

export function atomFeed(stories: Story[], lang: Lang, bodyHtml: BodyHtml): string {
  const list = entries(stories, lang, bodyHtml);
  const { name, description } = siteText(lang);
  const FEEDS = feedsOf(lang);
  const home = absoluteUrl(paths(lang).home());
  const items = list.map(({ story, url, html, modified }) =>
    [
      '<entry>',
      `<id>${escapeXml(url)}</id>`,
      `<title type="text">${escapeXml(story.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `<published>${iso(story.published)}</published>`,
      `<updated>${iso(modified)}</updated>`,
      ...story.byline.map((name) => `<author><name>${escapeXml(name)}</name></author>`),
      ...story.tags.map((tag) => `<category term="${escapeXml(tag)}"/>`),
      `<summary type="text">${escapeXml(story.dek)}</summary>`,
      `<content type="html">${escapeXml(html)}</content>`,
      '</entry>',
    ].join(''),
  );
  return stripXmlInvalid(`<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${LOCALE[lang]}">
<id>${escapeXml(home)}</id>
<title>${escapeXml(name)}</title>
<subtitle>${escapeXml(description)}</subtitle>
<updated>${iso(lastChange(list))}</updated>
<link rel="self" type="${FEEDS.atom.type}" href="${escapeXml(absoluteUrl(FEEDS.atom.path))}"/>
<link rel="alternate" type="text/html" href="${escapeXml(home)}"/>
<author><name>${escapeXml(name)}</name></author>
${items.join('\n')}
</feed>
`);
}

export function jsonFeed(stories: Story[], lang: Lang, bodyHtml: BodyHtml): string {
  const list = entries(stories, lang, bodyHtml);
  const { name, description } = siteText(lang);
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: name,
      home_page_url: absoluteUrl(paths(lang).home()),
      feed_url: absoluteUrl(feedsOf(lang).json.path),
      description,
      language: LOCALE[lang],
      items: list.map(({ story, url, html, modified }) => ({
        id: url,
        url,
        title: story.title,
        summary: story.dek,
        content_html: html,
        date_published: iso(story.published),
        date_modified: iso(modified),
        authors: story.byline.map((name) => ({ name })),
        tags: story.tags,
      })),
    },
    // JSON could carry them escaped, but content_html is HTML, where they are errors too.
    (_key, value: unknown) => (typeof value === 'string' ? stripXmlInvalid(value) : value),
    2,
  );
}
