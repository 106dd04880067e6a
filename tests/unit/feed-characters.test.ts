/**
 * The feeds' second line of defence: a character XML forbids, should the check ever miss one,
 * is dropped from the feed instead of making every reader drop the whole feed.
 */
import type { Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { storyBody } from '@/lib/content/body';
import type { Story } from '@/lib/content/stories';
import { atomFeed, jsonFeed, rssFeed } from '@/lib/feeds';
import { feedHtml } from '@/components/feed-html';
import { LANGS } from '@/lib/i18n/lang';
import { parseXml, textsOf } from '../xml';

/** Each character XML 1.0 forbids, from each class: C0 controls, U+FFFE/U+FFFF, lone surrogates. */
const FORBIDDEN = ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u000E', '\u001B', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF'];
/** "Masks" then a forbidden character, and so on; tab, a whole emoji (a surrogate pair) and accents stay. */
const hostile = (words: string) => words.split(' ').map((word, i) => `${word}${FORBIDDEN[i % FORBIDDEN.length]}`).join(' ');
const TITLE = 'Masks and\tmandates 😷 in Québec, then exports to the south of the border';
const DEK = 'One sentence that sums up what happened to the masks';
const BYLINE = 'Jane Doe';
const TAG = 'trade';
const BODY = 'Body text with every forbidden character between its words, one by one';

const body: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: hostile(BODY) }] }] };

/** A story as the loader would give it, with text the check should have refused in every field a feed writes. */
const story = (lang: (typeof LANGS)[number]) =>
  ({
    slug: 'hostile',
    lang,
    draft: false,
    title: hostile(TITLE),
    dek: hostile(DEK),
    byline: [hostile(BYLINE)],
    tags: [hostile(TAG)],
    published: '2026-11-20T09:00:00-05:00',
    corrections: [],
    charts: [],
    datasets: [],
    Body: storyBody(body),
  }) as unknown as Story;

test('the fixture does hold every forbidden character, and the strict parser refuses each', () => {
  for (const char of FORBIDDEN) {
    expect(hostile(TITLE)).toContain(char);
    expect(parseXml(`<title>a${char}b</title>`).errors, JSON.stringify(char)).not.toEqual([]);
  }
});

describe.each(LANGS)('%s feeds drop the characters XML forbids and keep the rest', (lang) => {
  test('RSS parses with a strict parser, every text intact but for them', () => {
    const xml = rssFeed([story(lang)], lang, feedHtml);
    expect(parseXml(xml).errors).toEqual([]);
    expect(textsOf(xml, 'title').at(-1)).toBe(TITLE);
    expect(textsOf(xml, 'description').at(-1)).toBe(DEK);
    expect(textsOf(xml, 'dc:creator')).toEqual([BYLINE]);
    expect(textsOf(xml, 'category')).toEqual([TAG]);
    expect(textsOf(xml, 'content:encoded')).toEqual([`<p>${BODY}</p>`]);
  });

  test('Atom parses with a strict parser, every text intact but for them', () => {
    const xml = atomFeed([story(lang)], lang, feedHtml);
    expect(parseXml(xml).errors).toEqual([]);
    expect(textsOf(xml, 'title').at(-1)).toBe(TITLE);
    expect(textsOf(xml, 'summary')).toEqual([DEK]);
    expect(textsOf(xml, 'name')).toContain(BYLINE);
    expect(parseXml(xml).elements.filter((el) => el.name === 'category').map((el) => el.attributes.term)).toEqual([TAG]);
    expect(textsOf(xml, 'content')).toEqual([`<p>${BODY}</p>`]);
  });

  test('JSON Feed carries none of them either (its content_html is HTML, where they are errors too)', () => {
    const item = JSON.parse(jsonFeed([story(lang)], lang, feedHtml)).items[0];
    expect(item).toMatchObject({ title: TITLE, summary: DEK, authors: [{ name: BYLINE }], tags: [TAG], content_html: `<p>${BODY}</p>` });
  });
});
