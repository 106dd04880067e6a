import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Story } from '@/lib/content/stories';
import { bodyCache } from '../../../scripts/lib/feed-bodies';

/**
 * The feeds' bodies kept between builds (scripts/lib/feed-bodies.ts): a body is rendered again
 * only when its story's fingerprint changed, and the cache keeps only what the last feeds used.
 * (That a correction build's feeds are the full build's, byte for byte: tests/build/editor-path.test.ts, its last test.)
 */

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const story = (lang: 'en' | 'fr', slug: string) => ({ lang, slug }) as Story;
const stories = [story('en', 'a'), story('en', 'b'), story('fr', 'a')];

/** One feed-writing pass: each story's body, and the stories it had to render. */
function pass(dir: string, fingerprints: Record<string, string>, words: Record<string, string>) {
  const cache = bodyCache(dir, fingerprints);
  const drawn: string[] = [];
  const html = stories.map((s) => cache.html(s, (t) => (drawn.push(`${t.lang}/${t.slug}`), `<p>${words[`${t.lang}/${t.slug}`]}</p>`)));
  const { pruned } = cache.finish();
  return { html, drawn, pruned };
}

describe('feed bodies kept between builds', () => {
  test('unchanged stories are read back, a changed one is rendered again, and the cache keeps only what is used', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feed-bodies-'));
    dirs.push(dir);
    const words = { 'en/a': 'first', 'en/b': 'second', 'fr/a': 'premier' };
    const first = pass(dir, { 'en/a': 'p1', 'en/b': 'p2', 'fr/a': 'p3' }, words);
    expect(first.drawn).toEqual(['en/a', 'en/b', 'fr/a']);

    const again = pass(dir, { 'en/a': 'p1', 'en/b': 'p2', 'fr/a': 'p3' }, { ...words, 'en/a': 'would be wrong' });
    expect(again).toMatchObject({ drawn: [], pruned: 0, html: ['<p>first</p>', '<p>second</p>', '<p>premier</p>'] });

    // A correction to en/b: a new fingerprint, its new words; the old body is removed.
    const corrected = pass(dir, { 'en/a': 'p1', 'en/b': 'p2-corrected', 'fr/a': 'p3' }, { ...words, 'en/b': 'second, corrected' });
    expect(corrected).toMatchObject({ drawn: ['en/b'], pruned: 1, html: ['<p>first</p>', '<p>second, corrected</p>', '<p>premier</p>'] });
    expect(fs.readdirSync(dir).sort()).toEqual(['p1.html', 'p2-corrected.html', 'p3.html']);
  });

  test('a story the plan has no fingerprint for is rendered every time and not kept', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feed-bodies-'));
    dirs.push(dir);
    const words = { 'en/a': 'first', 'en/b': 'second', 'fr/a': 'premier' };
    pass(dir, { 'en/a': 'p1' }, words);
    expect(pass(dir, { 'en/a': 'p1' }, words).drawn).toEqual(['en/b', 'fr/a']);
    expect(fs.readdirSync(dir)).toEqual(['p1.html']);
  });
});
