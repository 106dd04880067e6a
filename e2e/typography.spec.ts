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
