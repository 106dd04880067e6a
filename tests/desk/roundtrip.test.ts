import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { deskSession, source, textOf } from './harness';

/**
 * The round trip in the browser: what tests/unit/desk/roundtrip.test.ts proves of the desk's
 * functions, here through next dev, the page's props and CodeMirror's view. A file with the hard
 * cases in it (a byte-order mark, U+2028 and U+2029, NEL, NUL and other control characters, tabs,
 * trailing spaces, non-ASCII, no final line end), and one with CR line ends, are opened and saved
 * untouched: no byte changes. A file that is not UTF-8 is not opened.
 */

const { ORIGIN, site, tab } = deskSession();
const HARD = 'tests/fixtures/roundtrip/stories';

/** The hard cases in one story: a BOM first, then every other fixture's body, and no line end at the end. */
function hardText(): Buffer {
  const bodies = ['line-separators.mdx', 'control-characters.mdx', 'non-ascii.mdx', 'tabs-and-trailing-spaces.mdx'].map((f) => {
    const text = fs.readFileSync(path.join(HARD, f), 'utf8');
    return text.slice(text.indexOf('\n---\n') + 5);
  });
  const head = fs.readFileSync(path.join(HARD, 'bom.mdx'), 'utf8');
  return Buffer.from(`${head}${bodies.join('')}`.replace(/\n$/, ''), 'utf8');
}

describe('opening and saving in the desk changes no byte', () => {
  const cases: [string, () => Buffer][] = [
    ['stories/rt-hard-cases.mdx', hardText],
    ['stories/rt-cr-only.mdx', () => fs.readFileSync(path.join(HARD, 'cr-only.mdx'))],
  ];
  for (const [rel, bytesOf] of cases) {
    test(rel, async () => {
      const bytes = bytesOf();
      const file = site.file(`content/${rel}`);
      fs.writeFileSync(file, bytes);
      try {
        const page = await tab();
        await page.goto(`${ORIGIN}/desk/edit/?file=${rel}`);
        expect(Buffer.from(await textOf(page), 'utf8').equals(bytes)).toBe(true);
        // Every character an editor could not see is drawn as a mark named on hover: the no-break
        // spaces as such, control characters, separators, zero-width marks and the BOM otherwise.
        const text = bytes.toString('utf8');
        const marks = await page.locator('.cm-content .cm-noBreak, .cm-content .cm-specialChar').evaluateAll((els) => els.map((e) => e.getAttribute('title')));
        // (A carriage return is a line end here: these files have no other.)
        const unseen = [...text].filter((c) => /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00a0\u00ad\u061c\u200b\u200e\u200f\u2028-\u202f\u2060\u2066-\u2069\ufeff\ufff9-\ufffc\ufffe\uffff]/.test(c));
        expect(marks).toHaveLength(unseen.length);
        expect(marks.filter((t) => t === 'no-break space (U+00A0)')).toHaveLength(unseen.filter((c) => c === '\u00a0').length);
        // Each other mark is a dot, whatever the fonts: a picture of the character (␀, ␛) drew an empty box where the font had none.
        expect((await page.locator('.cm-content .cm-specialChar').allTextContents()).filter((t) => t !== '\u2022')).toEqual([]);
        // A control or bidi character is an error wherever it is: its dot carries the error's wavy
        // line, and once the check has answered no line is drawn under the character after it.
        const forbidden = [...text].filter((c) => /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/.test(c));
        const dots = page.locator('.cm-content .cm-specialChar.cm-forbidden');
        expect(await dots.count()).toBe(forbidden.length);
        expect(await dots.evaluateAll((els) => els.filter((e) => !getComputedStyle(e).backgroundImage.startsWith('url(')).length)).toBe(0);
        // The allowed ones (zero-width marks, separators, the BOM) are marked, in another colour than an error's and with no line.
        const allowed = page.locator('.cm-content .cm-specialChar:not(.cm-forbidden)');
        expect(await allowed.count()).toBe(marks.length - forbidden.length - unseen.filter((c) => c === '\u00a0' || c === '\u202f').length);
        const colourOf = (els: Element[]) => [...new Set(els.map((e) => getComputedStyle(e).color))];
        if (forbidden.length && (await allowed.count())) {
          const [errorColours, allowedColours] = [await dots.evaluateAll(colourOf), await allowed.evaluateAll(colourOf)];
          expect(errorColours).toHaveLength(1);
          expect(allowedColours).not.toContain(errorColours[0]);
          expect(await allowed.evaluateAll((els) => els.filter((e) => getComputedStyle(e).backgroundImage !== 'none').length)).toBe(0);
        }
        if (forbidden.length) {
          await expect.poll(() => page.getByRole('region', { name: 'Problems' }).innerText(), { timeout: 10_000 }).toContain('(a control character)');
          const afterDots = (els: Element[]) =>
            els.filter((e) => {
              let before = e.previousSibling;
              while (before?.nodeName === 'IMG') before = before.previousSibling;
              return before instanceof Element && before.classList.contains('cm-specialChar');
            }).length;
          expect(await page.locator('.cm-content .cm-lintRange-error').evaluateAll(afterDots)).toBe(0);
        }
        // Saved as opened: the file's mtime moves, its bytes do not.
        fs.utimesSync(file, new Date(0), new Date(0));
        await page.getByRole('button', { name: 'Save' }).click();
        await expect.poll(() => page.getByRole('status').innerText(), { timeout: 15_000 }).toBe(`Saved ${rel}.`);
        expect(fs.statSync(file).mtimeMs).toBeGreaterThan(0);
        expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      } finally {
        fs.rmSync(file, { force: true });
      }
    });
  }

  test('Find and replace, from the keyboard, reaches a line far below the screen and changes only the word replaced', async () => {
    const rel = 'stories/rt-find.mdx';
    const head = fs.readFileSync(path.join(HARD, 'bom.mdx'), 'utf8').replace(/\r?\n/g, '\r\n');
    const filler = Array.from({ length: 120 }, (_, i) => `Paragraph ${i + 1}, with a no-break\u00a0space.\r\n`).join('\r\n');
    const bytes = Buffer.from(`${head}\r\n${filler}\r\nThe ship sailed for Zanzibar on Monday.\r\n`, 'utf8');
    const file = site.file(`content/${rel}`);
    fs.writeFileSync(file, bytes);
    try {
      const page = await tab();
      await page.goto(`${ORIGIN}/desk/edit/?file=${rel}`);
      await source(page).focus();
      await page.keyboard.press('Control+f');
      const find = page.getByRole('textbox', { name: 'Find' });
      await expect.poll(() => find.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('Zanzibar');
      await page.keyboard.press('Enter');
      // Found and shown: the line was not drawn before, since the editor draws only what is on screen.
      const found = page.locator('.cm-searchMatch-selected');
      await expect.poll(() => found.innerText()).toBe('Zanzibar');
      expect(await found.isVisible()).toBe(true);
      // The panel says how many places it found, and which one is selected.
      await expect.poll(() => page.locator('.cm-search').getByRole('status').innerText()).toBe('1 of 1 match');
      await page.getByRole('textbox', { name: 'Replace' }).focus();
      await page.keyboard.type('Mombasa');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+s');
      await expect.poll(() => page.getByRole('status').innerText(), { timeout: 15_000 }).toBe(`Saved ${rel}.`);
      expect(fs.readFileSync(file).equals(Buffer.from(bytes.toString('utf8').replace('Zanzibar', 'Mombasa'), 'utf8'))).toBe(true);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  test('a file that is not UTF-8 is not opened, and says why', async () => {
    const rel = 'stories/rt-not-utf8.mdx';
    const bytes = fs.readFileSync(path.join(HARD, 'not-utf8.mdx'));
    const file = site.file(`content/${rel}`);
    fs.writeFileSync(file, bytes);
    try {
      const page = await tab();
      await page.goto(`${ORIGIN}/desk/edit/?file=${rel}`);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Not opened');
      expect(await page.locator('main').innerText()).toContain(`${rel} is not valid UTF-8 text, so the desk cannot keep its bytes`);
      expect(await page.getByRole('textbox', { name: 'Story source' }).count()).toBe(0);
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });
});
