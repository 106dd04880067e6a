import type { Frame, FrameLocator, Page } from '@playwright/test';
import { describe, expect, test } from 'vitest';
import { readPng } from '../png';
import { deskSession, spellingAt, textOf, words } from './harness';

/**
 * The editor's live preview, in Chromium over `npm run desk` (the desk the other files share): the
 * page of the unsaved text at a phone's and a desktop's width, light and dark, its share card, a
 * French story's English original, and a data file's chart. Nothing here is saved: the files of
 * the copy stay as they are.
 */

const { ORIGIN, site, tab, get } = deskSession();
const ENGLISH = 'stories/widgets-by-the-numbers.mdx';
const FRENCH = 'stories/fr/les-gadgets-en-chiffres.mdx';
const CHART = 'data/widget-output.json';

/** Puts the editor's cursor at a character offset (then the test types, as an editor would). */
const placeCursor = (page: Page, offset: number) =>
  page.locator('.cm-content').evaluate((el, anchor) => {
    const view = (el as unknown as { cmTile: { root: { view: { dispatch(tr: unknown): void; focus(): void } } } }).cmTile.root.view;
    view.focus();
    view.dispatch({ selection: { anchor } });
  }, offset);

/** The frame's document, for facts only a script inside it can read (the iframe runs none of its own). */
const frameOf = async (page: Page, title: string): Promise<Frame> => (await page.locator(`iframe[title="${title}"]`).elementHandle())!.contentFrame().then((f) => f!);

/** The page's background as red, green, blue, whatever notation the CSS uses (Tailwind 4 writes oklch). */
const background = (frame: Frame) =>
  frame.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d')!;
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  });

/** Where the site header's name and its links are. */
const headerRows = () => [document.querySelector('header > div > a')!.getBoundingClientRect().toJSON(), document.querySelector('header nav')!.getBoundingClientRect().toJSON()] as { top: number; bottom: number }[];

/** The page's headline, with the site's curly apostrophes made straight, as the file has them. */
const heading = (frame: FrameLocator) => frame.getByRole('heading', { level: 1 }).innerText().then((h) => words(h).replace(/’/g, "'"), () => '');
const titleOf = (text: string) => /^title: "(.*)"$/m.exec(text)![1];
const pressed = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).getAttribute('aria-pressed');

describe('the preview', () => {
  test('a story at phone and desktop widths, light and dark, and its share card, all from the unsaved text', async () => {
    const page = await tab({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${ORIGIN}/desk/edit/?file=${ENGLISH}`);
    const preview = page.frameLocator('iframe[title="Preview"]');
    const saved = site.read(`content/${ENGLISH}`);
    await expect.poll(() => heading(preview), { timeout: 30_000 }).toBe(titleOf(saved));
    const frame = await frameOf(page, 'Preview');
    await expect.poll(() => page.getByText('Preview (as saved)', { exact: true }).isVisible()).toBe(true);
    // The desk's page is named by the story's headline, as typed.
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(titleOf(saved));

    // Phone: the page is laid out 375 px wide, at full size.
    expect(await pressed(page, 'Phone (375 px)')).toBe('true');
    expect(await frame.evaluate(() => [innerWidth, document.documentElement.clientWidth])).toEqual([375, 375]);
    expect((await page.locator('iframe[title="Preview"]').boundingBox())!.width).toBeCloseTo(375, 0);
    const [phoneName, phoneNav] = await frame.evaluate(headerRows);
    expect(phoneNav.top).toBeGreaterThanOrEqual(phoneName.bottom);

    // The preview shows the part the cursor is in: under a heading, that heading at its top; in the
    // frontmatter, the page's top. The desk's own page does not move.
    const part = (id: string) => frame.evaluate((h) => [Math.round(scrollY), Math.round(document.getElementById(h)!.getBoundingClientRect().top)], id);
    const deskScroll = await page.evaluate(() => scrollY);
    await placeCursor(page, saved.indexOf('\n', saved.indexOf('## What Homeland was buying')) + 1);
    await expect.poll(() => part('what-homeland-was-buying'), { timeout: 5000 }).toEqual([expect.any(Number), 16]);
    expect((await part('what-homeland-was-buying'))[0]).toBeGreaterThan(300);
    expect(await page.evaluate(() => scrollY)).toBe(deskScroll);
    await placeCursor(page, 5);
    await expect.poll(() => frame.evaluate(() => scrollY), { timeout: 5000 }).toBe(0);

    // Desktop, from the keyboard: laid out 1280 px wide, drawn smaller to fit the column.
    await page.getByRole('button', { name: 'Desktop (1280 px)' }).focus();
    await page.keyboard.press('Enter');
    expect(await pressed(page, 'Desktop (1280 px)')).toBe('true');
    expect(await pressed(page, 'Phone (375 px)')).toBe('false');
    await expect.poll(() => frame.evaluate(() => innerWidth)).toBe(1280);
    const drawn = (await page.locator('iframe[title="Preview"]').boundingBox())!.width;
    expect(drawn).toBeLessThan(700);
    expect(drawn).toBeGreaterThan(400);
    // The site's desktop layout: the header's links beside its name, where a phone has them below.
    const [name, nav] = await frame.evaluate(headerRows);
    expect(nav.top).toBeLessThan(name.bottom);

    // Beside the text on a wide screen, the preview stays in view as the page scrolls to the text's end.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    const kept = (await page.locator('iframe[title="Preview"]').boundingBox())!;
    expect([await page.evaluate(() => scrollY > 300), kept.y >= 0 && kept.y < 300]).toEqual([true, true]);
    await page.evaluate(() => scrollTo(0, 0));

    // Light, then dark: the site's own dark theme, as a reader who chose it sees it.
    const light = await background(frame);
    expect(Math.min(...light)).toBeGreaterThan(240);
    await page.getByRole('button', { name: 'Dark', exact: true }).focus();
    await page.keyboard.press('Space');
    expect(await pressed(page, 'Dark')).toBe('true');
    await expect.poll(async () => Math.max(...(await background(frame)))).toBeLessThan(40);

    // Typing: the preview follows (timed, as in desk.test.ts: measured, not held to a bound).
    await placeCursor(page, saved.length);
    await page.keyboard.type('\nZebra crossing, *unsaved*.\n');
    const typed = Date.now();
    await expect.poll(() => preview.locator('article').innerText().catch(() => ''), { timeout: 10_000, interval: 20 }).toContain('Zebra crossing, unsaved.');
    console.log(`preview: keystroke to preview ${Date.now() - typed} ms (fixture story, next dev)`);
    await expect.poll(() => page.getByText('Preview (unsaved changes)', { exact: true }).isVisible()).toBe(true);

    // A slip the page cannot be drawn with: the last page drawn stays, and a note says why it is not updated.
    const beforeSlip = await textOf(page);
    await page.keyboard.type('\n<Chart id="zebra-chart" />\n');
    const note = page.getByRole('note').filter({ hasText: 'Showing the last version the desk could draw.' });
    await expect.poll(() => note.innerText().catch(() => ''), { timeout: 10_000 }).toContain('"zebra-chart", which is not a chart with valid data');
    expect(await preview.locator('article').innerText()).toContain('Zebra crossing, unsaved.');
    for (let i = 0; i < 10 && (await textOf(page)) !== beforeSlip; i++) await page.keyboard.press('Control+z');
    expect(await textOf(page)).toBe(beforeSlip);
    await expect.poll(() => note.count(), { timeout: 10_000 }).toBe(0);

    // The share card: a 1200×630 PNG, drawn again when the headline changes.
    // Held until the page has said it is drawing it: a card takes seconds, and the box was blank.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/card\/\?v=/, async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Share card' }).click();
    // Width and theme are for the page, and say so while they are greyed out.
    expect(await page.getByRole('button', { name: /^Phone/ }).isDisabled()).toBe(true);
    expect(await page.getByText('Width and theme are for the page: the share card is one picture, the same on every screen.').isVisible()).toBe(true);
    const drawing = page.getByRole('status').filter({ hasText: 'Drawing the share card' });
    await expect.poll(() => drawing.count(), { timeout: 10_000 }).toBe(1);
    release();
    const card = page.getByRole('img', { name: /^Share card: Widgets by the numbers/ });
    await expect.poll(() => card.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 20_000 }).toBe(1200);
    await expect.poll(() => drawing.count(), { timeout: 5_000 }).toBe(0);
    const before = await get(new URL((await card.getAttribute('src'))!, ORIGIN)).then(async (r) => ({ type: r.headers.get('content-type'), bytes: new Uint8Array(await r.arrayBuffer()) }));
    expect(before.type).toBe('image/png');
    expect(readPng(before.bytes)).toMatchObject({ width: 1200, height: 630 });

    const text = await textOf(page);
    await placeCursor(page, text.indexOf('"\n', text.indexOf('title: "')));
    await page.keyboard.type(' for zebras');
    const renamed = page.getByRole('img', { name: /for zebras$/ });
    await expect.poll(() => renamed.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth).catch(() => 0), { timeout: 20_000 }).toBe(1200);
    const response = await get(new URL((await renamed.getAttribute('src'))!, ORIGIN));
    const after = new Uint8Array(await response.arrayBuffer());
    expect(readPng(after)).toMatchObject({ width: 1200, height: 630 });
    expect(Buffer.from(after).equals(Buffer.from(before.bytes))).toBe(false);
    expect(site.read(`content/${ENGLISH}`)).toBe(saved);
  });

  test('a French story shows its English original beside it on request', async () => {
    const page = await tab({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${ORIGIN}/desk/edit/?file=${FRENCH}`);
    const preview = page.frameLocator('iframe[title="Preview"]');
    await expect.poll(() => heading(preview), { timeout: 30_000 }).toMatch(/^Les gadgets en chiffres/);
    // Spelling is checked in French, in the headline and a source's name, not in a field name, a tag or a chart id.
    // (Polled: the marks follow CodeMirror's parse, which may still be under way.)
    const spelling = () => Promise.all(['ce que montrent', 'Patrie garde', 'sources:', 'trade', 'exports-vs-output'].map((w) => spellingAt(page, w)));
    await expect.poll(spelling, { timeout: 5000 }).toEqual(['true fr', 'true fr', 'false fr', 'false fr', 'false fr']);
    expect(await page.locator('iframe[title="English original"]').count()).toBe(0);
    await page.getByRole('button', { name: 'English original' }).focus();
    await page.keyboard.press('Enter');
    expect(await pressed(page, 'English original')).toBe('true');
    const original = page.frameLocator('iframe[title="English original"]');
    const english = titleOf(site.read(`content/${ENGLISH}`));
    await expect.poll(() => heading(original), { timeout: 10_000 }).toBe(english);
    expect(await heading(preview)).toMatch(/^Les gadgets en chiffres/);
    const englishFrame = await frameOf(page, 'English original');
    expect(await englishFrame.evaluate(() => document.documentElement.lang)).toBe('en-CA');

    // The cursor in the French story's second part: the original shows its own second part, whose id differs.
    const french = site.read(`content/${FRENCH}`);
    await placeCursor(page, french.indexOf('\n', french.indexOf('## Ce que Patrie achetait')) + 1);
    const top = (frame: typeof englishFrame, id: string) => frame.evaluate((h) => Math.round(document.getElementById(h)?.getBoundingClientRect().top ?? -1), id);
    await expect.poll(() => top(englishFrame, 'what-homeland-was-buying'), { timeout: 5000 }).toBe(16);
    expect(await top(await frameOf(page, 'Preview'), 'ce-que-patrie-achetait')).toBe(16);
    await placeCursor(page, 5);
    await expect.poll(() => englishFrame.evaluate(() => scrollY), { timeout: 5000 }).toBe(0);
  });

  test('a data file shows its chart, follows an edit of its title, and says so when the text is not JSON', async () => {
    const page = await tab({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${ORIGIN}/desk/edit/?file=${CHART}`);
    const preview = page.frameLocator('iframe[title="Preview"]');
    const saved = site.read(`content/${CHART}`);
    await expect.poll(() => heading(preview), { timeout: 30_000 }).toMatch(/^Fixture Co raised its widget output/);
    expect(await preview.locator('figure svg').count()).toBeGreaterThan(0);
    // In English, in the title's words; not in a property name or the id.
    await expect.poll(() => Promise.all(['Fixture Co raised', '"title"', 'widget-output'].map((w) => spellingAt(page, w))), { timeout: 5000 }).toEqual(['true en', 'false en', 'false en']);

    await placeCursor(page, saved.indexOf('",\n  "chart"'));
    await page.keyboard.type(' (zebra edition)');
    await expect.poll(() => heading(preview), { timeout: 10_000 }).toMatch(/\(zebra edition\)$/);
    expect(await preview.locator('figure svg').count()).toBeGreaterThan(0);

    await page.getByRole('textbox', { name: 'Chart source' }).focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(',');
    // The chart last drawn stays, and a note says why it is not updated.
    const note = page.getByRole('note').filter({ hasText: 'Showing the last version the desk could draw.' });
    await expect.poll(() => note.innerText().catch(() => ''), { timeout: 10_000 }).toContain('The chart cannot be drawn: the text is not valid JSON (see Problems).');
    expect(await heading(preview)).toMatch(/\(zebra edition\)$/);
    expect(site.read(`content/${CHART}`)).toBe(saved);
  });
});
