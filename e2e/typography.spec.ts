import { expect, test } from './fixtures';

/**
 * A French line never breaks inside a name such as « États-Unis » (lib/i18n/french.ts): at 320 px,
 * every compound name in the fixture paragraph that lists them lies on one line. The paragraph
 * names them often enough that, breakable, some would fall at a line's end.
 */
test.describe('French typography on a phone', () => {
  test.use({ viewport: { width: 320, height: 800 } });

  test('no line breaks inside « États-Unis », « COVID-19 » or another hyphenated name', async ({ page }) => {
    await page.goto('/fr/articles/une-note-sur-les-commandes/');
    const paragraph = page.locator('p', { hasText: 'Nouveau' });
    await expect(paragraph).toHaveCount(1);
    const names = await paragraph.evaluate((p) => {
      const text = p.firstChild as Text;
      const found: { name: string; lines: number }[] = [];
      for (const match of text.data.matchAll(/\p{Lu}[\p{L}\d]*(?:[-\u2011][\p{L}\d]+)+/gu)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        // One box per line the name covers (a box per line fragment, whatever the font).
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        found.push({ name: match[0], lines: tops.size });
      }
      return found;
    });
    expect(names.filter((n) => n.name.startsWith('États')).length).toBeGreaterThanOrEqual(5);
    expect(names.filter((n) => n.lines !== 1)).toEqual([]);
  });
});

/**
 * No headline, dek or paragraph of a story ends on a short word alone on its last line ("…lean on
 * each / other."), and no line of a headline, a dek or a chart's title ends on an article, a preposition
 * or a conjunction ("won a / reprieve"), at the widths of common phones; nor do the headlines and
 * deks of the home pages' cards, their lead chart's title, or the footer's blurb. One load a page;
 * the width changes in place. A story's headline takes no more lines at 320 px than at 360 px.
 */
const LEANING = ['a', 'an', 'the', 'of', 'to', 'in', 'on', 'by', 'and', 'or', 'le', 'la', 'les', 'un', 'une', 'de', 'des', 'du', 'à', 'au', 'aux', 'en', 'et', 'ou'];
// The footer's blurb, on every page, is read with each.
const BLURB = 'footer .page-column > p:first-child';
const STORY_HEADLINES = `h1, h1 + p, .chart-title, ${BLURB}`;
const STORY = { blocks: `${STORY_HEADLINES}, .prose p:not(.not-prose, .not-prose *)`, headlines: STORY_HEADLINES, leaning: LEANING };
// A card's headline is smaller than a story's, and holds longer runs (JOIN_LIMIT.cardHeadline): « sur les commandes », "what the fixture".
const CARD_HEADLINES = `main article :is(h2, h3), main article :is(h2, h3) + p, .chart-title, ${BLURB}`;
const CARDS = { blocks: CARD_HEADLINES, headlines: CARD_HEADLINES, leaning: [...LEANING, 'sur', 'que', 'what'] };
const PAGES: [string, typeof STORY][] = [
  ...['/stories/the-widget-standoff/', '/stories/widgets-by-the-numbers/', '/fr/articles/le-bras-de-fer-des-gadgets/', '/fr/articles/une-note-sur-les-commandes/'].map((story): [string, typeof STORY] => [story, STORY]),
  ['/', CARDS],
  ['/fr/', CARDS],
];

test.describe('headlines and paragraphs on a phone', () => {
  for (const [story, selectors] of PAGES) {
    test(`${story}: no short word alone on a last line, no headline line ending on “a” or « de », at 320 to 430 px`, async ({ page }) => {
      await page.setViewportSize({ width: 430, height: 800 });
      await page.goto(story);
      const lonely: string[] = [];
      const headlineLines = new Map<number, number>();
      for (const width of [320, 360, 375, 390, 414, 430]) {
        await page.setViewportSize({ width, height: 800 });
        const found = await page.evaluate(({ blocks: blockSelector, headlines, leaning }) => {
          const blocks = [...document.querySelectorAll(blockSelector)];
          const out: string[] = [];
          let h1Lines = 0;
          for (const block of blocks) {
            // Each word's line (its box's top), from a range over the word in its text node.
            const words: { word: string; top: number; width: number }[] = [];
            const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
              for (const m of node.data.matchAll(/\S+/g)) {
                const range = document.createRange();
                range.setStart(node, m.index);
                range.setEnd(node, m.index + m[0].length);
                const rects = [...range.getClientRects()];
                if (rects.length) words.push({ word: m[0], top: Math.round(rects[rects.length - 1].top), width: rects[rects.length - 1].width });
              }
            }
            const lines = new Set(words.map((w) => w.top)).size;
            if (block.tagName === 'H1') h1Lines = lines;
            // A headline's line never ends on an article, a preposition or a conjunction.
            if (block.matches(headlines))
              for (const [k, w] of words.entries())
                if (k < words.length - 1 && words[k + 1].top !== w.top && leaning.includes(w.word.toLowerCase())) out.push(`${block.tagName} ends a line on “${w.word}”`);
            const last = words.filter((w) => w.top === words.at(-1)?.top);
            // A word alone that fills less than a quarter of the line: a long word alone reads as a line.
            if (lines > 1 && last.length === 1 && last[0].width < block.clientWidth / 4) out.push(`${block.tagName} “…${last[0].word}”`);
          }
          return { out, h1Lines };
        }, selectors);
        lonely.push(...found.out.map((f) => `${width} px: ${f}`));
        headlineLines.set(width, found.h1Lines);
      }
      expect(lonely).toEqual([]);
      // The narrowest phone sets the headline smaller (globals.css, --text-headline), in no more lines than a 360 px one.
      if (selectors === STORY) expect(headlineLines.get(320)).toBeLessThanOrEqual(headlineLines.get(360)!);
    });
  }
});

/**
 * The header's search box on a phone: its placeholder is either whole or not shown ("Recl" was
 * « Rechercher » cut short beside the French nav at 320 px, « Recherch » at 360 px).
 */
test.describe('the search box on a phone', () => {
  for (const home of ['/', '/fr/']) {
    test(`${home}: the placeholder fits the box or is not shown, at 320 to 430 px`, async ({ page }) => {
      await page.setViewportSize({ width: 430, height: 800 });
      await page.goto(home);
      const cut: string[] = [];
      let shown = 0;
      for (const width of [320, 340, 360, 375, 390, 414, 430]) {
        await page.setViewportSize({ width, height: 800 });
        const box = await page.locator('header input[type="search"]').evaluate((input: HTMLInputElement) => {
          const style = getComputedStyle(input);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = style.font;
          // Chrome keeps a few pixels of the box's inside for itself: the text needs that much to spare.
          const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 4;
          const colour = getComputedStyle(input, '::placeholder').color;
          const visible = !/^rgba\(.*, 0\)$|transparent/.test(colour) && !/\/ 0\)$/.test(colour);
          return { text: input.placeholder, width: context.measureText(input.placeholder).width, room, visible };
        });
        if (box.visible) shown++;
        if (box.visible && box.width > box.room) cut.push(`${width} px: “${box.text}” is ${Math.round(box.width)} px in ${Math.round(box.room)} px`);
      }
      expect(cut).toEqual([]);
      // Not hidden everywhere: from some width up, the reader sees it.
      expect(shown).toBeGreaterThan(2);
    });
  }
});
