import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { getStories } from '@/lib/content/stories';
import { feedHtml } from '@/components/feed-html';
import { atomFeed, escapeXml, jsonFeed, rssFeed } from '@/lib/feeds';
import { newsArticle, serializeJsonLd } from '@/lib/jsonld';
import { shareLinks } from '@/lib/share';
import { storiesDir, storySource } from './content/helpers';

const HOSTILE = 'Masks & "mandates" </script><script>alert(1)</script> ]]> <b>bold</b>';
/** The title as readers get it: the same text, its quotes curled like a story body's (lib/content/reader-text.ts). */
const SHOWN = 'Masks & “mandates” </script><script>alert(1)</script> ]]> <b>bold</b>';
const dir = storiesDir({
  'hostile.mdx': storySource({ title: JSON.stringify(HOSTILE), dek: JSON.stringify(`Dek with ${HOSTILE}`) }, '\nBody with & a [link](/stories/hostile/) and [anchor](#part).\n\n<Chart id="fixture-line" />\n\n## Part\n'),
  'secret.mdx': storySource({ draft: 'true', title: '"Secret draft"' }),
});
// The content must pass the check to load: its link leads to a story that exists; the fixture charts quote no real report.
const stories = getStories({ lang: 'en', dir, dataDir: 'tests/unit/charts/fixtures/valid', sourcesDir: null, preview: true });

describe('text from frontmatter cannot break out of the markup it lands in', () => {
  test('JSON-LD: no closing script tag, and the title parses back unchanged', () => {
    const json = serializeJsonLd(newsArticle(stories.find((s) => s.slug === 'hostile')!, 'en'));
    expect(json).not.toMatch(/<\/?script/i);
    expect(json).not.toContain('<');
    expect(JSON.parse(json).headline).toBe(SHOWN);
  });

  test('RSS is well-formed and carries the title as text; drafts are left out', () => {
    const xml = rssFeed(stories, 'en', feedHtml);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseRssFeed(xml);
    expect(feed.items!.map((i) => i.title)).toEqual([SHOWN]);
    expect(feed.items![0].description).toBe(`Dek with ${SHOWN}`);
    expect(feed.items![0].content?.encoded).toMatch(/<p>Body with (&amp;|&#x26;) a /);
    expect(feed.items![0].content?.encoded).toMatch(/<a href="http[^"]+\/stories\/hostile\/#fixture-line">Chart: Output rose from 10\u00a0million in January to 16\u00a0million in April<\/a>/);
    expect(feed.items![0].content?.encoded).toMatch(/href="http[^"]+\/stories\/hostile\/"/);
    expect(feed.items![0].content?.encoded).toMatch(/href="http[^"]+\/stories\/hostile\/#part"/);
  });

  test('Atom is well-formed and carries the title as text', () => {
    const xml = atomFeed(stories, 'en', feedHtml);
    expect(XMLValidator.validate(xml)).toBe(true);
    const entry = parseAtomFeed(xml).entries![0] as { title: unknown };
    expect(typeof entry.title === 'string' ? entry.title : (entry.title as { value: string }).value).toBe(SHOWN);
  });

  test('JSON Feed carries the title as text', () => {
    expect(parseJsonFeed(JSON.parse(jsonFeed(stories, 'en', feedHtml))).items!.map((i) => i.title)).toEqual([SHOWN]);
  });

  test('escapeXml covers the five XML specials', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });
});

describe('share links', () => {
  test('every service gets the URL, encoded', () => {
    const links = shareLinks('https://example.org/stories/a&b/', 'Title & more', undefined, 'en');
    expect(links.map((l) => l.name)).toEqual(['Email', 'X', 'Facebook', 'LinkedIn', 'Bluesky', 'WhatsApp']);
    for (const link of links) expect(link.href).toContain(encodeURIComponent('https://example.org/stories/a&b/'));
  });
});
