import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getStories, readContent } from '@/lib/content/disk';
import { LANGS } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';
import { storyCardInput } from '@/lib/share-image/cards';
import { cardCacheName } from '@/lib/share-image/render';
import { FIXTURE_CONTENT } from '../../fixture-site';
import { pagePlan } from '../../../scripts/lib/page-plan';
import { changedPagesOf } from '../../../scripts/lib/incremental.mjs';

/**
 * The fingerprints that decide which pages a correction build generates again
 * (scripts/lib/page-plan.ts), on a copy of the fixture site: an edit must reach every page that
 * shows what it changed, and no other.
 */

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'page-plan-'));
const before = process.env.CONTENT_DIR;
beforeAll(() => {
  fs.cpSync(FIXTURE_CONTENT, root, { recursive: true });
  process.env.CONTENT_DIR = root;
});
afterAll(() => {
  process.env.CONTENT_DIR = before;
  fs.rmSync(root, { recursive: true, force: true });
});

const plan = () => pagePlan(new Map(readContent().input.files.map((file) => [file.path, file.text]))).pages;
const fingerprints = (pages: ReturnType<typeof plan>) => Object.fromEntries(pages.map((p) => [p.file, p.fingerprint]));

/** The files of the pages an edit changes, and those it removes; the edit is undone after. */
function afterEdit(file: string, edit: (text: string) => string) {
  const previous = fingerprints(plan());
  const full = path.join(root, file);
  const text = fs.readFileSync(full, 'utf8');
  if (edit(text) === text) throw new Error(`the edit of ${file} changes nothing`);
  fs.writeFileSync(full, edit(text));
  try {
    const { changed, removed } = changedPagesOf(previous, plan());
    return { changed: changed.map((p) => p.file).sort(), removed: removed.sort() };
  } finally {
    fs.writeFileSync(full, text);
  }
}

describe('which pages an edit reaches', () => {
  test('the same content twice: no page to generate', () => {
    const pages = plan();
    expect(pages.length).toBeGreaterThan(40);
    expect(changedPagesOf(fingerprints(pages), plan())).toEqual({ changed: [], removed: [], selection: {} });
  });

  test('a sentence of one story: its page, and the page of each list that shows it', () => {
    const { changed } = afterEdit('stories/a-note-on-orders.mdx', (t) => t.replace('An order is not a delivery.', 'An order is not yet a delivery.'));
    // Two stories on a list's first page (LIST_LENGTH): it is third on the home page's list and on trade's, first on data's.
    expect(changed).toEqual(['page/2/index.html', 'stories/a-note-on-orders/index.html', 'tags/data/index.html', 'tags/trade/page/2/index.html']);
  });

  test('a value in a data file: the stories that draw or cite it in both editions, its embeds, CSVs and cards', () => {
    const { changed } = afterEdit('data/widget-orders.json', (t) => t.replace('"value": 12000000', '"value": 12500000'));
    const stories = changed.filter((f) => /(stories|articles)\//.test(f) && !f.includes('og/'));
    expect(stories).toEqual([
      'fr/articles/les-gadgets-en-chiffres/index.html',
      'fr/articles/une-note-sur-les-commandes/index.html',
      'stories/a-note-on-orders/index.html',
      'stories/widgets-by-the-numbers/index.html',
    ]);
    for (const file of ['embed/widget-orders/index.html', 'fr/graphiques/widget-orders/index.html', 'data/widget-orders.csv', 'fr/donnees/widget-orders.csv', 'og/charts/widget-orders.png', 'fr/og/charts/widget-orders.png']) expect(changed).toContain(file);
    // No other chart's pages.
    expect(changed.filter((f) => /^(fr\/)?(embed|graphiques|data|donnees|og\/charts)\//.test(f) && !f.includes('widget-orders'))).toEqual([]);
  });

  test('a French data file: French pages only', () => {
    const { changed } = afterEdit('data/fr/widget-orders.json', (t) => t.replace(/"title": "/, '"title": "Titre : '));
    expect(changed).toContain('fr/graphiques/widget-orders/index.html');
    expect(changed).toContain('fr/og/charts/widget-orders.png');
    expect(changed.filter((f) => !f.startsWith('fr/'))).toEqual([]);
  });

  test('a headline: the story, its card, its topics, and the embeds that link to it; not its translation', () => {
    const { changed } = afterEdit('stories/the-widget-standoff.mdx', (t) => t.replace('title: "The widget standoff:', 'title: "The long widget standoff:'));
    expect(changed).toContain('stories/the-widget-standoff/index.html');
    expect(changed).toContain('og/stories/the-widget-standoff.png');
    expect(changed).toContain('tags/trade/index.html');
    expect(changed.filter((f) => f.startsWith('fr/') || /stories\/(?!the-widget-standoff)/.test(f) || f.endsWith('.csv'))).toEqual([]);
  });

  test('a story taken down: its page and card are removed, the topics that listed it change', () => {
    const { changed, removed } = afterEdit('stories/an-untranslated-note.mdx', (t) => t.replace(/^---\n/, '---\ndraft: true\n'));
    expect(removed).toEqual(['og/stories/an-untranslated-note.png', 'stories/an-untranslated-note/index.html']);
    expect(changed.every((f) => f.startsWith('tags/') || f.includes('og/stories/') || f.startsWith('embed/') || f === 'page/2/index.html')).toBe(true);
    // The last of the home page's list: its page changes, the first (and the number of pages) does not.
    expect(changed).toContain('page/2/index.html');
  });

  test('a new story, the newest: every page of the lists it joins shifts, and a full list gains a page', () => {
    const previous = fingerprints(plan());
    const file = path.join(root, 'stories', 'a-newer-note.mdx');
    const text = fs.readFileSync(path.join(root, 'stories', 'a-note-on-orders.mdx'), 'utf8');
    fs.writeFileSync(file, text.replace(/^title: .*$/m, 'title: "A newer note"').replace(/^published: .*$/m, 'published: 2021-06-25T09:00:00-04:00').replace(/^tags:\n(?: {2}- .*\n)+/m, 'tags:\n  - canada\n'));
    try {
      const { changed, removed } = changedPagesOf(previous, plan());
      expect(removed).toEqual([]);
      // Two stories on a list's first page, ten on each later one: the home page's two pages both
      // shift; canada (two stories, one page) gains a second page.
      expect(changed.map((p) => p.file).filter((f) => !f.startsWith('stories/') && !f.includes('og/') && !f.startsWith('embed/')).sort()).toEqual(['index.html', 'page/2/index.html', 'tags/canada/index.html', 'tags/canada/page/2/index.html']);
    } finally {
      fs.rmSync(file);
    }
  });

  test('a translation taken down: its page, and its original, whose language switch no longer leads to it', () => {
    const { changed, removed } = afterEdit('stories/fr/une-note-sur-les-commandes.mdx', (t) => t.replace(/^---\n/, '---\ndraft: true\n'));
    expect(removed).toContain('fr/articles/une-note-sur-les-commandes/index.html');
    expect(changed).toContain('stories/a-note-on-orders/index.html');
    expect(changed.filter((f) => f.startsWith('stories/'))).toEqual(['stories/a-note-on-orders/index.html']);
  });

  test('a tag another story gives up: the card of the story left alone with it, whose eyebrow becomes that tag', () => {
    // the-widget-standoff (trade, canada) leads its card with the first tag no other story has:
    // none while an-untranslated-note is tagged canada too, so "Trade"; then "Canada".
    const { changed } = afterEdit('stories/an-untranslated-note.mdx', (t) => t.replace(/^tags:\n {2}- canada\n/m, 'tags:\n  - data\n'));
    expect(changed.filter((f) => f.startsWith('og/stories/')).sort()).toEqual(['og/stories/an-untranslated-note.png', 'og/stories/the-widget-standoff.png']);
  });
});

describe('the cards of the plan are the cards the site draws', () => {
  test("each story card's name in the card cache is that of the input its route draws (lib/share-image/cards.ts)", () => {
    const cards = new Map(plan().filter((p) => p.route.startsWith('story-card:')).map((p) => [p.file, p.fingerprint]));
    for (const lang of LANGS) {
      const stories = getStories({ lang });
      expect(stories.length).toBeGreaterThan(1);
      for (const story of stories) expect(cards.get(paths(lang).storyCard(story.slug).slice(1)), story.slug).toBe(cardCacheName(storyCardInput(story, lang, stories)));
    }
  });
});
