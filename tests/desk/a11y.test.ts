import { describe, expect, test } from 'vitest';
import type { Page } from '@playwright/test';
import { WCAG_AA, axeViolations } from '../axe';
import { deskSession, problems, source, textOf } from './harness';

/**
 * "Usable by everyone. The whole path works from the keyboard; axe finds nothing." The desk's home
 * and its editor, light and dark, under axe (the rules the site's own pages pass, e2e/quality.spec.ts);
 * then the editor's path with the keyboard alone, each stop's focus visible.
 */

const { ORIGIN, tab } = deskSession();
/** A page of its own context, so its colour scheme and storage are its own. */
const STORY = 'stories/a-note-on-orders.mdx';

/**
 * axe's findings on the page as it is now, one line each: the rules the site's pages pass. Not inside
 * the preview (tests/axe.ts does not enter frames): it is the site's own story page, which
 * e2e/quality.spec.ts puts under axe. scrollable-region-focusable is off: CodeMirror's scroller holds
 * its text box (contenteditable, in the Tab order), which scrolls it from the keyboard; axe does not
 * count a contenteditable as focusable content.
 */
const axe = (page: Page) => axeViolations(page, { ...WCAG_AA, rules: { ...WCAG_AA.rules, 'scrollable-region-focusable': { enabled: false } } });

/** The relative luminance (WCAG) of what an element is seen on: its own background or, if it has none, the nearest one around it. 0 is black, 1 white. */
const groundOf = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    let channels = [255, 255, 255];
    for (let at: Element | null = el; at; at = at.parentElement) {
      const [r, g, b, a = 1] = getComputedStyle(at).backgroundColor.match(/\d+(\.\d+)?/g)!.map(Number);
      if (a > 0) {
        channels = [r, g, b];
        break;
      }
    }
    const [r, g, b] = channels.map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  });

/**
 * Light, then dark (the desk follows the system's scheme, as the site does without its toggle): one
 * page load, two passes. Where there is a text box, it follows the scheme too, without a reload.
 */
async function axeBothSchemes(page: Page) {
  const found: Record<string, string[]> = {};
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // CodeMirror follows the scheme by a listener, a moment later, redrawing its text: axe run in
    // between named nodes being replaced (":root") as failing contrast, one run in two.
    if (scheme === 'dark' && (await page.locator('.cm-content').count())) {
      await expect.poll(() => page.locator('.cm-content').evaluate((el) => getComputedStyle(el).caretColor)).toBe('rgb(243, 244, 246)');
    }
    found[scheme] = await axe(page);
    // The preview's theme follows the system's scheme until the editor picks one.
    const dark = page.getByRole('button', { name: 'Dark', exact: true });
    if (await dark.count()) found[`${scheme} preview`] = [`Dark pressed: ${await dark.getAttribute('aria-pressed')}`];
    if (await page.locator('.cm-editor').count()) {
      found[`${scheme} text box`] = [(await groundOf(page, '.cm-editor')) > 0.5 ? 'light' : 'dark'];
      // A quoted value (a chart's id) and an escape in one (the title's \") are not drawn in the errors' red: their marks are wavy lines under the words.
      const colours = await page.locator('.cm-content').evaluate((content) => [...content.querySelectorAll('span')].filter((s) => /^"[^"]+"$|^\\.$/.test(s.textContent!)).map((s) => [s.textContent!, getComputedStyle(s).color]));
      const escapes = colours.filter(([words]) => words.startsWith('\\')).length;
      found[`${scheme} red values`] = colours.length > escapes && escapes ? colours.filter(([, colour]) => reddish(colour)).map(([words]) => words) : ['no quoted value or escape in the text'];
      // The Find panel's fields, named only by their placeholder: it at 4.5:1 on the field, the field's edge at 3:1.
      if (await page.locator('.cm-textfield').count()) found[`${scheme} find fields`] = await page.locator('.cm-textfield').first().evaluate(findFieldContrast);
      // A heading in the text is bold, not underlined as a link is.
      found[`${scheme} heading`] = await page.locator('.cm-line', { hasText: /^## / }).first().evaluate((line) =>
        [...line.querySelectorAll('span')].filter((s) => s.textContent!.trim().length > 3).map((s) => `${Number(getComputedStyle(s).fontWeight) >= 600 ? 'bold' : 'regular'}, ${getComputedStyle(s).textDecorationLine}`),
      );
    }
  }
  return found;
}

/** A text field's placeholder and edge against the field's ground, as WCAG asks of text (4.5:1) and of a control's edge (3:1). */
function findFieldContrast(field: Element): string[] {
  const luminance = (colour: string) => {
    const [r, g, b] = colour.match(/[\d.]+/g)!.slice(0, 3).map((c) => Number(c) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a: string, b: string) => {
    const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
    return (x + 0.05) / (y + 0.05);
  };
  const ground = getComputedStyle(field).backgroundColor;
  const placeholder = ratio(getComputedStyle(field, '::placeholder').color, ground);
  const edge = ratio(getComputedStyle(field).borderTopColor, ground);
  return [placeholder >= 4.5 ? 'placeholder 4.5:1 or more' : `placeholder ${placeholder.toFixed(1)}:1`, edge >= 3 ? 'edge 3:1 or more' : `edge ${edge.toFixed(1)}:1`];
}

/** What has the keyboard's focus, as an editor would name it, and whether it is drawn. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: 'body', visible: false, colour: '' };
    // CodeMirror draws its focus on the editor around the text box.
    const drawn = (el.closest('.cm-editor') as HTMLElement | null) ?? el;
    const style = getComputedStyle(drawn);
    const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    const name = el.tagName === 'IFRAME' ? `iframe ${el.title}` : `${el.getAttribute('role') ?? el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 300)}`;
    return { name, visible, colour: style.outlineColor };
  });

/**
 * Whether a CSS colour reads as red: on the desk red means an error (the problems' wavy lines, the
 * refused characters, the alerts), so a focus drawn in it reads as one.
 */
function reddish(colour: string): boolean {
  const n = colour.match(/-?[\d.]+/g)?.map(Number) ?? [];
  if (colour.startsWith('oklch')) return n[1] > 0.08 && (n[2] < 45 || n[2] > 340);
  // lab(L a b), as Chromium writes some colours: red is a hue near 0°-50° with some chroma (blue-700 is near 290°).
  if (colour.startsWith('lab')) {
    const hue = ((Math.atan2(n[2], n[1]) * 180) / Math.PI + 360) % 360;
    return Math.hypot(n[1], n[2]) > 20 && (hue < 50 || hue > 340);
  }
  const [r, g, b] = n;
  return r - Math.max(g, b) > 60;
}

/** Presses Tab until `stop` matches what has the focus (at most `limit` times); every stop on the way must show its focus. */
async function tabTo(page: Page, stop: RegExp, limit = 40): Promise<string[]> {
  const path: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    let now = await focused(page);
    // CodeMirror marks its focus (cm-focused) a moment after the focus event.
    for (let wait = 0; !now.visible && wait < 10; wait++) {
      await page.waitForTimeout(50);
      now = await focused(page);
    }
    // Inside the preview, the focus is the preview's page's (checked by the site's own tests): the iframe holds it here.
    if (now.name !== 'iframe Preview') {
      expect(now.visible, `no visible focus on ${now.name}, after ${path.join(" → ")}`).toBe(true);
      expect(reddish(now.colour), `the focus on ${now.name} is drawn in red (${now.colour}), the desk's colour for errors`).toBe(false);
    }
    if (path.at(-1) !== now.name) path.push(now.name);
    if (stop.test(now.name)) return path;
  }
  throw new Error(`Tab never reached ${stop} in ${limit} presses: ${path.join(' → ')}`);
}

describe('the desk, for everyone', () => {
  test('axe finds nothing on the home page and in the editor, light and dark', async () => {
    const page = await tab();
    await page.goto(`${ORIGIN}/desk/`);
    const home = await axeBothSchemes(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${ORIGIN}/desk/edit/?file=${STORY}`);
    // The preview drawn and a problem listed: every part of the editor is there to be checked.
    await expect.poll(() => page.frameLocator('iframe[title="Preview"]').locator('h1').count(), { timeout: 30_000 }).toBe(1);
    await source(page).focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nA11y {1}.\n');
    await expect.poll(() => problems(page).getByRole('button').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // The Find panel open: it is part of the editor too.
    await page.keyboard.press('Control+f');
    await expect.poll(() => page.getByRole('textbox', { name: 'Find' }).count()).toBe(1);
    const editor = await axeBothSchemes(page);
    const fields = ['placeholder 4.5:1 or more', 'edge 3:1 or more'];
    expect({ home, editor }).toEqual({ home: { light: [], dark: [] }, editor: { light: [], 'light preview': ['Dark pressed: false'], 'light text box': ['light'], 'light find fields': fields, 'light red values': [], 'light heading': ['bold, none'], dark: [], 'dark preview': ['Dark pressed: true'], 'dark text box': ['dark'], 'dark find fields': fields, 'dark red values': [], 'dark heading': ['bold, none'] } });
  });

  test('from the keyboard alone: the story’s link, the text, Save, Publish, a problem and the preview, each with its focus shown', async () => {
    const page = await tab();
    await page.goto(`${ORIGIN}/desk/`);
    const home = await tabTo(page, /^a A note on the orders/);
    // The desk asks for a password (global-setup.ts): Sign out, at the top of every page, comes first.
    expect(home[0]).toBe('button Sign out');
    expect(home[1]).toMatch(/^a /);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/desk/edit/?file=${STORY}`);
    const opened = await textOf(page);

    // Save and Publish come before the text; then the text box; then, past it, the preview.
    const toText = await tabTo(page, /^textbox Story source$/);
    expect(toText.filter((s) => /^button (Save|Publish)$/.test(s))).toEqual(['button Save', 'button Publish']);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nKeys {2}.\n');
    await expect.poll(() => problems(page).getByRole('button', { name: /found \{2\}/ }).count(), { timeout: 10_000 }).toBe(1);
    // The preview drawn (a redraw fills the frame's body in place: the focus stays where it is).
    await expect.poll(() => page.frameLocator('iframe[title="Preview"]').locator('h1').count(), { timeout: 15_000 }).toBe(1);
    // Tab leaves the text (it types nothing there) for the problem listed right under it.
    const onward = await tabTo(page, /^button .*found \{2\}/, 80);
    expect(onward).toHaveLength(1);
    expect(await textOf(page)).toBe(`${opened}\nKeys {2}.\n`);
    // Enter on the problem puts the cursor back in the text.
    await page.keyboard.press('Enter');
    expect((await focused(page)).name).toBe('textbox Story source');
    // Past the problems, the preview, with a link before it that passes the reader's page in one
    // step: Enter on it, and the next Tab is the name Publish signs with.
    const toPreview = await tabTo(page, /^iframe Preview$/, 80);
    expect(toPreview.slice(-2)).toEqual(['a Skip past the preview', 'iframe Preview']);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor-name');
  });

  test('the Problems heading says "checking…" while the check of the text as it is now has not answered', async () => {
    const page = await tab();
    await page.goto(`${ORIGIN}/desk/edit/?file=${STORY}`);
    await expect.poll(() => problems(page).innerText()).toContain('Problems (none)');
    // A slow check, as after a cold compile: every answer held back 1.5 s.
    await page.route('**/desk/api/check/', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    // From the top of the page the text is a Tab or two and an Enter away (past Sign out, if shown).
    expect((await tabTo(page, /^button Skip to the text$/, 2)).length).toBeLessThanOrEqual(2);
    await page.keyboard.press('Enter');
    expect((await focused(page)).name).toBe('textbox Story source');
    // And in view, the line with the cursor: on this page the text starts below the window's foot.
    const cursorLine = () =>
      page.evaluate(() => {
        const at = getSelection()?.focusNode;
        const line = (at instanceof Element ? at : at?.parentElement)?.closest('.cm-line')?.getBoundingClientRect();
        return line ? { top: Math.round(line.top), inWindow: line.top >= 0 && line.bottom <= innerHeight } : undefined;
      });
    expect(await cursorLine()).toMatchObject({ inWindow: true });
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nSlow {3}.\n');
    await expect.poll(() => problems(page).locator('h2').innerText(), { timeout: 1000, interval: 50 }).toBe('Problems (checking…)');
    await page.waitForTimeout(600);
    expect(await problems(page).locator('h2').innerText()).toBe('Problems (checking…)');
    await expect.poll(() => problems(page).locator('h2').innerText(), { timeout: 10_000 }).toBe('Problems (1 error)');
  });
});
