import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deskSession, problems, textOf } from './harness';

/**
 * The desk driven as an editor drives it, keyboard only, where that found something broken (see
 * /work/notes/desk20-findings.md): a Publish refused for want of a name leading to the name's field, unsaved work guarded against leaving the page, the problems the
 * next Tab stop after the text, a refused save taking the focus to both versions, a preview that
 * names a chart it cannot draw instead of failing, Publish taking the data a <Figure> shows, and no
 * Publish under a chart. One story and one data file of this file's own; one page load.
 */

const { ORIGIN, site, git, tab, api, get } = deskSession();
const STORY = 'stories/drive-figures.mdx';
const DATA = 'data/drive-orders.json';
const STORY_TEXT = `---
title: "Two totals, driven from the keyboard"
dek: "A fixture story of the desk's drive test: its figures come from a chart it does not draw."
byline:
  - Test Writer
published: 2021-06-17T09:00:00-04:00
tags:
  - data
sources:
  - name: "Fixture report B: a deal on Monday"
    date: 2021-06-16
corrections: []
---

Homeland had secured <Figure chart="drive-orders" value="Widgets secured" /> widgets and ordered <Figure chart="drive-orders" value="Bolts ordered" /> bolts.
`;

/** The data file: the fixture's widget-orders under an id of this file's own. */
const dataText = () => site.read('content/data/widget-orders.json').replace('"id": "widget-orders"', '"id": "drive-orders"');
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

beforeAll(() => {
  site.write(`content/${DATA}`, dataText());
  site.write(`content/${STORY}`, STORY_TEXT);
  git('add', '--', `content/${DATA}`, `content/${STORY}`);
  git('commit', '-q', '-m', 'Add the drive test’s story and data');
});

afterAll(() => {
  // The copy goes back to the fixture's files, for the test files after this one.
  git('rm', '-q', '-f', '--', `content/${DATA}`, `content/${STORY}`);
  git('commit', '-q', '-m', 'Remove the drive test’s story and data');
});

/** What has the keyboard's focus: its role or tag, and its name (aria-label, label, or text). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return 'none';
    const label = 'labels' in el ? (el as HTMLTextAreaElement).labels?.[0]?.textContent : undefined;
    return `${el.getAttribute('role') ?? el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').trim()}`;
  });

async function press(page: Page, key: string, until: RegExp, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    if (until.test(await focused(page))) return;
  }
  throw new Error(`${key} never reached ${until}`);
}

describe('driving the desk as an editor', () => {
  test('from the keyboard: a refused Publish leads to Your name, the problem follows the text, a refused save shows both versions at the focus, and leaving unsaved work asks first', async () => {
    const page = await tab({ viewport: { width: 390, height: 844 } });
    // A name the browser kept that cannot be read (an older desk's cookie): Publish is refused for want of a name.
    await page.context().addCookies([{ name: 'desk-editor', value: '%E0%A4%A', domain: '127.0.0.1', path: '/desk' }]);
    await page.goto(`${ORIGIN}/desk/edit/?file=${STORY}`);
    await press(page, 'Tab', /^button Publish$/);
    await page.keyboard.press('Enter');
    // The refusal says to type a name under "Your name": the focus goes there (it is below the whole editor).
    await expect.poll(() => focused(page), { timeout: 10_000 }).toBe('input Your name');
    expect(await page.getByRole('status').innerText()).toMatch(/^Not published: your name, as kept by the browser, is not readable\. Type your name under "Your name"/);
    await press(page, 'Shift+Tab', /^textbox Story source$/, 200);
    const opened = await textOf(page);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nKeys {2}.\n');
    await expect.poll(() => problems(page).getByRole('button', { name: /found \{2\}/ }).count(), { timeout: 10_000 }).toBe(1);
    // At the end of a long story on a phone, Save and the status are still in view, on top, and the line typed is in view below them.
    const inView = await page.evaluate(() => {
      const save = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save')!.getBoundingClientRect();
      const status = document.querySelector('[role="status"]')!.getBoundingClientRect();
      const caret = [...document.querySelectorAll('.cm-line')].find((l) => l.textContent === 'Keys {2}.')!.getBoundingClientRect();
      const onTop = document.elementFromPoint(save.x + save.width / 2, save.y + save.height / 2)?.textContent;
      return { save: save.top >= 0 && save.bottom <= innerHeight, onTop, status: status.top >= 0 && status.bottom <= innerHeight, caretBelow: caret.top >= Math.max(save.bottom, status.bottom) && caret.bottom <= innerHeight, scrolled: scrollY > 500 };
    });
    expect(inView).toEqual({ save: true, onTop: 'Save', status: true, caretBelow: true, scrolled: true });

    // One Tab from the text: the problem, not the preview's buttons and page. On a phone it is above the preview.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^button Error, Line \d+ · .*found \{2\}/);
    const listed = await problems(page).boundingBox();
    const preview = await page.locator('iframe[title="Preview"]').boundingBox();
    expect(listed!.y).toBeLessThan(preview!.y);
    // Other files' problems (the fixture always has a warning elsewhere) are counted, folded until asked for.
    const elsewhere = problems(page).locator('summary');
    expect(await elsewhere.innerText({ timeout: 5000 })).toMatch(/^In other files \((\d+ errors?, )?[1-9]\d* warnings?\)$/);
    // Named as an editor knows it, not by its path.
    // A locator, not getByRole: the roles of a closed <details> are not in the tree until it opens.
    const untranslated = problems(page).locator('li').filter({ hasText: /^Warning, Story an-untranslated-note · translation: expected a French edition/ });
    expect(await untranslated.count()).toBe(1);
    expect(await untranslated.isVisible()).toBe(false);
    await elsewhere.click();
    expect(await untranslated.isVisible()).toBe(true);
    await elsewhere.click();

    // Someone else saves the file meanwhile; this editor's Save is refused and the focus goes to both versions.
    const theirs = `${STORY_TEXT}Another editor's line.\n`;
    site.write(`content/${STORY}`, theirs);
    await press(page, 'Shift+Tab', /^button Save$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page), { timeout: 10_000 }).toBe('h2 Someone else saved this file while you were editing');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('textarea Their saved version');
    expect(await page.getByRole('textbox', { name: 'Their saved version' }).inputValue()).toBe(theirs);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button Replace their version with mine (their changes will be lost)');
    expect(site.read(`content/${STORY}`)).toBe(theirs);

    // Unsaved work: following a link away (as a reload, Sign out or closing the tab would) asks first; staying keeps it.
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await press(page, 'Shift+Tab', /^a The desk$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => asked, { timeout: 5000 }).toEqual(['beforeunload']);
    expect(page.url()).toBe(`${ORIGIN}/desk/edit/?file=${STORY}`);
    expect(await textOf(page)).toBe(`${opened}\nKeys {2}.\n`);
    expect(site.read(`content/${STORY}`)).toBe(theirs);
  });

  test('the preview of a story that names a chart with no data says which, where the site’s components would throw', async () => {
    const text = `${STORY_TEXT}\n<Chart id="no-such-chart" />\n`;
    const response = await api('preview', { id: 'd'.repeat(32), path: STORY, text });
    expect(response.status).toBe(200);
    const { html } = (await response.json()) as { html: string };
    expect(html).toContain('No preview yet');
    expect(html).toMatch(/The story shows (&quot;|")no-such-chart(&quot;|"), which is not a chart with valid data/);
  });

  test('Publish commits the data file a story shows only through <Figure>; a French chart is listed by its title; a chart’s own editor offers no Publish', async () => {
    // A figure corrected in the data and saved; the story itself as it was committed.
    site.write(`content/${STORY}`, STORY_TEXT);
    site.write(`content/${DATA}`, dataText().replace('"value": 12000000', '"value": 12500000'));
    const response = await api('publish', { path: STORY, base: sha256(site.read(`content/${STORY}`)) });
    const body = (await response.json()) as { commit?: string; files?: string[] };
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(git('show', '--name-only', '--format=%s', 'HEAD').split('\n').filter(Boolean)).toEqual([`Publish ${STORY}`, `content/${DATA}`]);
    expect(git('status', '--porcelain', '--', `content/${DATA}`)).toBe('');

    // On the desk's home, a French chart file goes by its French title, as its English original by its English one.
    const home = await (await get(`${ORIGIN}/desk/`)).text();
    expect(home).toMatch(/<a class="[^"]*" href="\/desk\/edit\/\?file=data\/fr\/dispute-days\.json">Quatre jours après l’ordre de Patrie, Fixture Co annonçait une entente pour que les gadgets circulent<\/a>/);

    // The editor's server-rendered HTML (its <main>): no Publish button, and what to do instead.
    const html = await (await get(`${ORIGIN}/desk/edit/?file=${DATA}`)).text();
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main).toContain('A chart is published with the stories that show it');
    expect(main.match(/<button[^>]*>[^<]*<\/button>/g)?.filter((b) => b.includes('Publish'))).toEqual([]);
  });
});
