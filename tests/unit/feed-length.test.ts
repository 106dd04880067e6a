/**
 * An archive's feeds: each carries the newest stories only, newest first, so a feed reader does not
 * download every story of the archive at each poll, and the build renders only those bodies.
 */
import { describe, expect, test } from 'vitest';
import type { Story } from '@/lib/content/stories';
import { atomFeed, FEED_LENGTH, jsonFeed, rssFeed } from '@/lib/feeds';
import { LANGS } from '@/lib/i18n/lang';
import { parseXml } from '../xml';

const day = (n: number) => `2025-${String(1 + Math.floor(n / 28)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}T09:00:00-05:00`;

/** 60 stories published a day apart, given in an order that is not the date's. */
const ARCHIVE = Array.from({ length: 60 }, (_, i) => (i * 37) % 60).map((n) => ({
  slug: `story-${n}`,
  draft: false,
  title: `Story ${n}`,
  dek: `Dek ${n}`,
  byline: ['Jane Doe'],
  tags: ['trade'],
  published: day(n),
  corrections: [] as { date: string; text: string }[],
}));
/** The 20 newest, newest first: story-59 down to story-40. */
const NEWEST = Array.from({ length: FEED_LENGTH }, (_, i) => `story-${59 - i}`);
/** A draft dated after them all, and an old story corrected after them all. */
const DRAFT = { ...ARCHIVE[0], slug: 'draft', draft: true, published: '2026-01-01T09:00:00Z' };
const CORRECTED = { ...ARCHIVE.find((s) => s.slug === 'story-3')!, corrections: [{ date: '2026-02-01', text: 'A figure was corrected.' }] };
const stories = (lang: string) => [DRAFT, ...ARCHIVE.map((s) => (s.slug === 'story-3' ? CORRECTED : s))].map((s) => ({ ...s, lang })) as unknown as Story[];

describe.each(LANGS)('the %s feeds of a 60-story archive', (lang) => {
  test('carry the 20 newest stories, newest first, and render only their bodies', () => {
    expect(FEED_LENGTH).toBe(20);
    const rendered: string[] = [];
    const body = (story: Story) => {
      rendered.push(story.slug);
      return `<p>${story.slug}</p>`;
    };
    const rss = rssFeed(stories(lang), lang, body);
    expect(parseXml(rss).errors).toEqual([]);
    const links = [...rss.matchAll(/<guid isPermaLink="true">[^<]*\/([^/<]+)\/<\/guid>/g)].map((m) => m[1]);
    expect(links).toEqual(NEWEST);
    expect(rendered).toEqual(NEWEST);

    const atom = atomFeed(stories(lang), lang, body);
    expect([...atom.matchAll(/<entry><id>[^<]*\/([^/<]+)\/<\/id>/g)].map((m) => m[1])).toEqual(NEWEST);
    const json = JSON.parse(jsonFeed(stories(lang), lang, body)) as { items: { url: string }[] };
    expect(json.items.map((item) => item.url.split('/').at(-2))).toEqual(NEWEST);
  });

  test('date themselves by their own entries: an old story corrected later changes nothing in them', () => {
    const rss = rssFeed(stories(lang), lang, () => '');
    // story-59's day, not the correction of story-3 (1 February 2026) nor the draft.
    expect(/<lastBuildDate>([^<]+)<\/lastBuildDate>/.exec(rss)?.[1]).toBe(new Date(day(59)).toUTCString());
    const atom = atomFeed(stories(lang), lang, () => '');
    expect(/<updated>([^<]+)<\/updated>/.exec(atom)?.[1]).toBe(new Date(day(59)).toISOString());
  });
});
