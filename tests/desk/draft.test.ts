import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deskSession, source, textOf, WHEN } from './harness';

/**
 * Unsaved text outlives a crashed tab: the desk keeps a copy in the browser, offers it back when
 * the file is opened again, puts it in the editor only when asked, and a Save of it still meets the
 * conflict check. A tab "crashes" here by closing without its beforeunload question, as a killed
 * browser would. One story file of this file's own, with CRLF line ends and a no-break space.
 */

const { ORIGIN, site, newContext, tab } = deskSession();
const STORY = 'stories/draft-kept.mdx';
const FILE = `content/${STORY}`;
const ON_DISK = site.read('content/stories/the-widget-standoff.mdx').replace(/\n/g, '\r\n');
const TYPED = 'A sentence typed\u00a0but never saved.';
/** Where the desk keeps its copies of this file: the path, then a tab and the id of the tab that kept it. */
const KEY = `n95-desk-draft:${STORY}\t`;

beforeAll(() => site.write(FILE, ON_DISK));
afterAll(() => fs.rmSync(site.file(FILE), { force: true }));

/** The one copy kept of the file, whichever tab kept it (null for none); more than one fails. */
const stored = async (page: Page) => {
  const values = await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).map((k) => localStorage.getItem(k)), KEY);
  expect(values.length).toBeLessThanOrEqual(1);
  return values[0] ?? null;
};
/** Every copy kept of the file, whichever tab kept it: their texts. */
const copies = (page: Page) => page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).map((k) => JSON.parse(localStorage.getItem(k)!).text as string), KEY);

/** Opens the file in a new tab, types at its end, and waits for the browser's copy: the tab and its unsaved text. */
async function openAndType(context: BrowserContext): Promise<[Page, string]> {
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/desk/edit/?file=${STORY}`);
  await source(page).focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(TYPED);
  const text = await textOf(page);
  await expect.poll(() => copies(page), { timeout: 5000 }).toEqual([text]);
  return [page, text];
}

/** openAndType, then the tab closes as a crash would. */
async function typeAndCrash(context: BrowserContext): Promise<string> {
  const [page, text] = await openAndType(context);
  await page.close({ runBeforeUnload: false });
  return text;
}

/**
 * The shared tab, with the copy a crashed tab leaves of `text` written over the file's version
 * `over`, kept a minute ago (the first test makes one the long way, by typing and crashing).
 */
async function afterCrash(text: string, over = ON_DISK, { olderDesk = false } = {}): Promise<Page> {
  const page = await tab();
  const base = createHash('sha256').update(over).digest('hex');
  // An older desk kept no text of the version the copy was written over.
  const left = { text, base, ...(olderDesk ? {} : { baseText: over }), at: new Date(Date.now() - 60_000).toISOString() };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [`${KEY}crashed`, JSON.stringify(left)]);
  return page;
}

const notice = (page: Page) => page.getByRole('heading', { name: /^Unsaved text from .+ is kept in this browser$/ });

describe('unsaved text kept in the browser', () => {
  test('after a crash the file opens as it is on disk, offers the copy, and Restore then Save writes it byte for byte; the copy is then gone', async () => {
    const context = await newContext();
    const typed = await typeAndCrash(context);
    expect(site.read(FILE)).toBe(ON_DISK);
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/desk/edit/?file=${STORY}`);
    await expect.poll(() => notice(page).count()).toBe(1);
    // The offer has the keyboard: the next Tab is Restore.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft');
    expect(await textOf(page)).toBe(ON_DISK);
    expect(await page.getByRole('status').innerText()).toBe('Unsaved text is kept in this browser: choose below.');
    // What restoring it would change is listed: the one line typed.
    const offer = page.locator('section[aria-labelledby="draft"]');
    expect([await offer.locator('ins').allInnerTexts(), await offer.locator('del').count()]).toEqual([[`+ ${TYPED}`], 0]);
    // Undecided, the copy stays as it was (a reload now would offer it again), though the editor holds the file's text.
    await page.waitForTimeout(600);
    expect(JSON.parse((await stored(page)) ?? '{}').text).toBe(typed);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await textOf(page)).toBe(typed);
    expect(await page.getByRole('status').innerText()).toMatch(new RegExp(`^Restored the unsaved text kept on ${WHEN}; it is not in the file until you save\\.$`));
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 15_000 }).toBe(`Saved ${STORY}.`);
    expect(fs.readFileSync(site.file(FILE))).toEqual(Buffer.from(typed, 'utf8'));
    await expect.poll(() => stored(page)).toBe(null);
    await page.reload();
    await expect.poll(() => textOf(page)).toBe(typed);
    expect(await notice(page).count()).toBe(0);
    await context.close();
    site.write(FILE, ON_DISK);
  });

  test('a copy written over an older version: restored and saved, it meets the conflict check and the newer file is not overwritten', async () => {
    const typed = `${ON_DISK}${TYPED}`;
    const newer = ON_DISK.replace('title: "', 'title: "Changed elsewhere: ');
    site.write(FILE, newer);
    const page = await afterCrash(typed);
    await page.goto(`${ORIGIN}/desk/edit/?file=${STORY}`);
    await expect.poll(() => notice(page).count()).toBe(1);
    expect(await page.locator('section[aria-labelledby="draft"]').innerText()).toContain('someone has saved the file since');
    await page.getByRole('button', { name: 'Restore it' }).click();
    expect(await textOf(page)).toBe(typed);
    await page.getByRole('button', { name: 'Save' }).click();
    const conflict = page.locator('section[aria-labelledby="conflict"]');
    await expect.poll(() => conflict.count(), { timeout: 15_000 }).toBe(1);
    expect(site.read(FILE)).toBe(newer);
    // Their change is told from the copy's by the version the copy was written over: listed, and kept with it.
    expect(await conflict.locator('ins').allInnerTexts()).toEqual([expect.stringContaining('Changed elsewhere: ')]);
    await conflict.getByRole('button', { name: 'Keep both: add their changes to my text' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 15_000 }).toBe(`Saved ${STORY}.`);
    expect(site.read(FILE)).toBe(`${newer}${TYPED}`);
    site.write(FILE, ON_DISK);
  });

  test('a copy from an older desk, which did not note its version’s text, offers no Keep both: it could not tell their changes from the editor’s', async () => {
    const newer = ON_DISK.replace('title: "', 'title: "Changed elsewhere: ');
    site.write(FILE, newer);
    const page = await afterCrash(`${ON_DISK}${TYPED}`, ON_DISK, { olderDesk: true });
    await page.goto(`${ORIGIN}/desk/edit/?file=${STORY}`);
    await expect.poll(() => notice(page).count()).toBe(1);
    await page.getByRole('button', { name: 'Restore it' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    const conflict = page.locator('section[aria-labelledby="conflict"]');
    await expect.poll(() => conflict.count(), { timeout: 15_000 }).toBe(1);
    expect(await conflict.getByRole('heading').innerText()).toBe('The saved file differs from your recovered copy');
    expect(await conflict.innerText()).toContain('the desk cannot tell which differences are yours and which are someone else’s');
    expect(await conflict.getByRole('button', { name: /^Keep both/ }).count()).toBe(0);
    expect(site.read(FILE)).toBe(newer);
    site.write(FILE, ON_DISK);
  });

  test('Discard forgets the copy and leaves the file as it is', async () => {
    const page = await afterCrash(`${ON_DISK}${TYPED}`);
    await page.goto(`${ORIGIN}/desk/edit/?file=${STORY}`);
    await expect.poll(() => notice(page).count()).toBe(1);
    await page.getByRole('button', { name: 'Discard it' }).click();
    expect(await stored(page)).toBe(null);
    expect(await textOf(page)).toBe(ON_DISK);
    await page.reload();
    await expect.poll(() => source(page).count()).toBe(1);
    expect(await notice(page).count()).toBe(0);
    expect(site.read(FILE)).toBe(ON_DISK);
  });

  test('text typed while the offer is open is kept beside the copy offered, and Restore over it says so and can be undone', async () => {
    const typed = `${ON_DISK}${TYPED}`;
    const page = await afterCrash(typed);
    await page.goto(`${ORIGIN}/desk/edit/?file=${STORY}`);
    await expect.poll(() => notice(page).count()).toBe(1);
    const offer = page.locator('section[aria-labelledby="draft"]');
    expect(await offer.innerText()).not.toContain('in place of your changes');
    await source(page).focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Typed meanwhile.');
    const meanwhile = await textOf(page);
    // Both kept, against a second crash before the choice: the copy offered as it was, and the new text.
    await expect.poll(async () => (await copies(page)).sort(), { timeout: 5000 }).toEqual([typed, meanwhile].sort());
    expect(await offer.innerText()).toContain('Restoring it replaces what you have typed since opening the file; Undo brings your typing back.');
    await page.getByRole('button', { name: 'Restore it in place of my changes' }).click();
    expect(await textOf(page)).toBe(typed);
    expect(await page.getByRole('status').innerText()).toContain('in place of your changes. Ctrl+Z (⌘Z on a Mac) brings them back. It is not in the file until you save.');
    // Restore leaves the keyboard in the text, where Undo is one key away.
    await page.keyboard.press('Control+z');
    expect(await textOf(page)).toBe(meanwhile);
    await expect.poll(() => copies(page), { timeout: 5000 }).toEqual([meanwhile]);
    expect(site.read(FILE)).toBe(ON_DISK);
  });

  test('a second tab on the same file neither writes over nor removes the first one’s copy: after both crash, the first one’s text is offered', async () => {
    const context = await newContext();
    const [first, typed] = await openAndType(context);

    // The second tab is offered the first one's copy, as if a crash had left it; discarding it there
    // does not take it from the first tab, which still holds the text.
    const second = await context.newPage();
    await second.goto(`${ORIGIN}/desk/edit/?file=${STORY}`);
    await expect.poll(() => notice(second).count()).toBe(1);
    await second.getByRole('button', { name: 'Discard it' }).click();
    await expect.poll(() => copies(second), { timeout: 5000 }).toEqual([typed]);
    // Typing there keeps a copy of its own beside it; undone, the second tab's copy goes, the first's stays.
    await source(second).focus();
    await second.keyboard.press('Control+End');
    await second.keyboard.type('!');
    await expect.poll(() => copies(second), { timeout: 5000 }).toHaveLength(2);
    await second.keyboard.press('Backspace');
    await expect.poll(() => copies(second), { timeout: 5000 }).toEqual([typed]);

    await first.close({ runBeforeUnload: false });
    await second.close({ runBeforeUnload: false });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/desk/edit/?file=${STORY}`);
    await expect.poll(() => notice(page).count()).toBe(1);
    await page.getByRole('button', { name: 'Restore it' }).click();
    expect(await textOf(page)).toBe(typed);
    expect(site.read(FILE)).toBe(ON_DISK);
    await context.close();
  });
});
