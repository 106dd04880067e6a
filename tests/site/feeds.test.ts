/**
 * Every built feed, as a feed reader gets it: the bytes in out/, decoded as UTF-8 and read by a
 * strict XML parser (tests/xml.ts), which stops where a reader would ("not well-formed").
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LANGS } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';
import { parseXml } from '../xml';
import { OUT } from './out';

/** Decoded strictly: bytes that are not UTF-8 fail here rather than turn into U+FFFD. */
const read = (urlPath: string) => new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(path.join(OUT, urlPath)));

describe.each(LANGS)('the %s feeds', (lang) => {
  const feed = paths(lang).feed;

  test('RSS is well-formed XML with an item per story', () => {
    const { errors, elements } = parseXml(read(feed('rss')));
    expect(errors).toEqual([]);
    expect(elements[0].name).toBe('rss');
    expect(elements.filter((el) => el.name === 'item').length).toBeGreaterThan(0);
  });

  test('Atom is well-formed XML with an entry per story, as many as RSS has items', () => {
    const { errors, elements } = parseXml(read(feed('atom')));
    expect(errors).toEqual([]);
    expect(elements[0]).toMatchObject({ name: 'feed', attributes: { xmlns: 'http://www.w3.org/2005/Atom' } });
    const items = parseXml(read(feed('rss'))).elements.filter((el) => el.name === 'item');
    expect(elements.filter((el) => el.name === 'entry')).toHaveLength(items.length);
  });

  test('JSON Feed parses, as many items as RSS, with no character XML or HTML forbids in any text', () => {
    const json = JSON.parse(read(feed('json')));
    const items = parseXml(read(feed('rss'))).elements.filter((el) => el.name === 'item');
    expect(json.items).toHaveLength(items.length);
    // Any text of the feed, as an XML text node: the strict parser says whether a reader could take it.
    const texts: string[] = [];
    JSON.stringify(json, (_key, value: unknown) => {
      if (typeof value === 'string') texts.push(value);
      return value;
    });
    for (const text of texts) expect(parseXml(`<t>${text.replace(/[<&]/g, ' ')}</t>`).errors, text.slice(0, 80)).toEqual([]);
  });
});
