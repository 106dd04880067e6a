import fs from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from '@playwright/test';
import { axeViolations } from '../axe';
import { deskSession, problems, source, textOf, words } from './harness';

/**
 * Starting from the desk's home: a new story, written with a chart, three mistakes shown in the
 * check's words and fixed, previewed, saved byte for byte, published with git and built into the
 * site; and a new chart from a pasted spreadsheet table, not valid until each value has a source.
 */

const { ORIGIN, site, git, api, tab } = deskSession();

const HEADLINE = 'Widget orders, counted by the desk';
const SLUG = 'widget-orders-counted-by-the-desk';
const STORY = `stories/${SLUG}.mdx`;
const FILE = `content/${STORY}`;

/** The finished story, typed over the scaffold: an existing fixture chart, published, nothing left TK. */
const FINISHED = `---
title: "${HEADLINE}"
dek: "Two totals from the fixture minister, and what they leave out."
byline:
  - Desk Test
published: 2021-06-17T09:00:00-04:00
tags:
  - trade
draft: false
sources:
  - name: "Fixture report B"
    date: 2021-06-16
corrections: []
---

The fixture minister gave two totals on Monday evening.

## The totals

<Chart id="widget-orders" />

## What we don't know

The report gives no delivery dates.
`;
const LAST_LINE = FINISHED.split('\n').length;

/** What the Problems region lists: "Error, Line 18 · field: " and the check's words, an entry each. */
const entries = (page: Page) => problems(page).getByRole('listitem').allTextContents();

// The scaffold's data stub is not used by the finished story: taken out at the first test's end, and
// here too if that test stopped half-way, so the copy's chart ids are the fixture's again for the files after this one.
afterAll(() => fs.rmSync(site.file(`content/data/${SLUG}-chart.json`), { force: true }));

describe('starting from the desk’s home', () => {
  test('a new story, by keyboard: refused on a taken slug, then written with a chart; three mistakes shown at their lines and fixed; previewed, saved, published, passed by the check', async () => {
    const page = await tab();
    await page.goto(`${ORIGIN}/desk/`);
    expect(await axeViolations(page, {})).toEqual([]);
    await page.getByRole('link', { name: 'New story' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/desk/new/story/');

    // The form, by keyboard only: the cursor starts in its first field, and the slug follows the
    // headline until the editor changes it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('headline');
    await page.keyboard.type(HEADLINE);
    await page.keyboard.press('Tab');
    expect(await page.getByLabel('Slug').inputValue()).toBe(SLUG);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('the-widget-standoff');
    await page.keyboard.press('Tab');
    await page.keyboard.type('trade');
    await page.keyboard.press('Enter');
    // A taken slug: the message beside the field, announced, tied to it, and the cursor on it; nothing written.
    const refused = 'Not written: content/stories/the-widget-standoff.mdx already exists. Choose another slug, or open the existing file from the desk.';
    await expect.poll(() => page.locator('#slug-error[role=alert]').innerText()).toBe(refused);
    expect(await page.getByLabel('Slug').getAttribute('aria-describedby')).toContain('slug-error');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('slug');
    expect(await axeViolations(page, {})).toEqual([]);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(SLUG);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/desk/edit/?file=${STORY}`);

    // The editor opens on exactly the scaffold npm run new-story writes, with the tag given.
    const scaffold = site.read(FILE);
    expect(await textOf(page)).toBe(scaffold);
    expect(scaffold).toMatch(/^title: "Widget orders, counted by the desk"\ndek: "TK: [^\n]*\nbyline:\n {2}- Explainer Desk\npublished: [^\n]*\ntags:\n {2}- trade\ndraft: true\n/m);
    expect(site.exists(`content/data/${SLUG}-chart.json`)).toBe(true);

    // Written over: the story with a fixture chart and text.
    await source(page).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(FINISHED);
    expect(await textOf(page)).toBe(FINISHED);
    await expect.poll(() => problems(page).getByRole('heading', { level: 2 }).innerText(), { timeout: 15_000 }).toMatch(/^Problems \((none|\d+ warnings?)\)$/);

    // Three mistakes, one after another at the end, each shown at its line in the check's words, then taken out.
    const mistakes: [string, RegExp][] = [
      ['Files: {1 + 1}.', new RegExp(`^Error, Line ${LAST_LINE} · curly braces: expected plain text, found \\{1 \\+ 1\\} \\(a story cannot run code; to show a curly brace, write \\\\\\{\\)$`)],
      ['Homeland secured 31 million widgets.', new RegExp(`^Error, Line ${LAST_LINE} · figure: expected a figure the data holds; nearest: more than 30 million \\(widget-orders, "Widgets secured"\\), .*, found "31 million", which no chart in content/data/ gives \\(correct it, add it to a data file with its source, or put a quotation in quotation marks\\)$`)],
      ['The minister called it "a triumph for everyone".', new RegExp(`^Error, Line ${LAST_LINE} · quotation: expected the words as written in one of the source reports \\(an ellipsis … marks words left out\\), found "a triumph for everyone", which no report holds \\(quote the report exactly, or write it as our own words without quotation marks\\)$`)],
    ];
    for (const [mistake, shown] of mistakes) {
      await source(page).focus();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(mistake);
      await expect.poll(() => entries(page), { timeout: 15_000 }).toContainEqual(expect.stringMatching(shown));
      expect(await page.getByRole('button', { name: 'Publish' }).isDisabled()).toBe(true);
      for (let i = 0; i < mistake.length; i++) await page.keyboard.press('Backspace');
      await expect.poll(() => entries(page), { timeout: 15_000 }).not.toContainEqual(expect.stringMatching(shown));
    }
    expect(await textOf(page)).toBe(FINISHED);
    await expect.poll(() => problems(page).getByRole('heading', { level: 2 }).innerText(), { timeout: 15_000 }).toMatch(/^Problems \((none|\d+ warnings?)\)$/);

    // The preview is the story page with the chart drawn.
    const frame = page.frameLocator('iframe[title="Preview"]');
    await expect.poll(() => frame.getByRole('heading', { level: 1 }).innerText().then(words, () => ''), { timeout: 30_000 }).toBe(HEADLINE);
    expect(await frame.locator('article figure#widget-orders svg').count()).toBeGreaterThan(0);
    // As on the page, the number keeps its million (a no-break space).
    // Typeset as on the site: "30 million" held by a no-break space, and the title's words that lean on the next joined to it.
    expect(await frame.locator('article figure#widget-orders').innerText()).toContain('Homeland secured more than\u00a030\u00a0million\u00a0widgets');

    // Save writes exactly what was typed; Publish commits it.
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 15_000 }).toBe(`Saved ${STORY}.`);
    expect(fs.readFileSync(site.file(FILE))).toEqual(Buffer.from(FINISHED, 'utf8'));
    const before = git('rev-parse', 'HEAD');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 20_000 }).toMatch(/^Published: commit [0-9a-f]{7} on main, pushed to origin\.$/);
    expect(git('rev-parse', 'HEAD^')).toBe(before);
    expect(git('log', '-1', '--format=%s')).toBe(`Publish ${STORY}`);
    expect(git('show', '--name-only', '--format=', 'HEAD').split('\n')).toContain(FILE);

    // npm run check in the copy, the build's first step and its gate, passes it: the preview above
    // was the story page drawn by the build's own components, and tests/build/editor-path.test.ts
    // builds a new story onto the site (a whole build here cost a minute of npm test).
    const check = site.run('node', ['scripts/check.mjs']);
    expect(check.status, check.output.slice(-3000)).toBe(0);
    expect(check.output).toMatch(/✓ \d+ stories and \d+ data files checked in [\d.]+s: 0 errors/);
    fs.rmSync(site.file(`content/data/${SLUG}-chart.json`));
  }, 120_000);

  test('a new chart from a pasted spreadsheet table: a ragged row is refused beside the table; then the file is created and each value is listed without a source', async () => {
    const ID = 'bolts-by-month';
    const rel = `content/data/${ID}.json`;
    const page = await tab();
    try {
      await page.goto(`${ORIGIN}/desk/`);
      await page.getByRole('link', { name: 'New chart' }).click();
      await page.waitForURL('**/desk/new/chart/');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await page.getByLabel('Title').getAttribute('id'));
      await page.getByLabel('Title').fill('Bolts ordered, month by month');
      await page.getByLabel('Chart id').fill(ID);
      await page.getByLabel('Kind of chart').selectOption('line');
      const table = page.getByLabel('Table');
      await table.fill('Month\tBolts\n2021-04\t1 000 000\n2021-05\t2,500,000\textra\n');
      await page.getByRole('button', { name: 'Create the chart' }).click();
      await expect.poll(() => page.locator('#table-error[role=alert]').innerText()).toBe('row 3 has 3 cells but the header has 2 columns: each row needs one cell per column (put quotes around a cell that holds a tab)');
      expect(await table.getAttribute('aria-describedby')).toContain('table-error');
      expect(await axeViolations(page, {})).toEqual([]);
      expect(site.exists(rel)).toBe(false);

      await table.fill('Month\tBolts\r\n2021-04\t1 000 000\r\n2021-05\t2,500,000\r\n2021-06\t\r\n');
      await page.getByRole('button', { name: 'Create the chart' }).click();
      await page.waitForURL(`**/desk/edit/?file=data/${ID}.json`);
      const created = JSON.parse(site.read(rel));
      expect(created).toMatchObject({ id: ID, chart: 'line', units: 'Bolts', sources: [{ id: '', name: '', date: '' }] });
      expect(created.values).toEqual([
        { date: '2021-04', label: 'April 2021', value: 1_000_000, sourceRef: '', speaker: '', quote: '' },
        { date: '2021-05', label: 'May 2021', value: 2_500_000, sourceRef: '', speaker: '', quote: '' },
        { date: '2021-06', label: 'June 2021', value: null, sourceRef: '', speaker: '', quote: '' },
      ]);
      // Each value, on its own line of the file, is an error until it has its source, in the check's
      // words, with the entry counted from 1 as an editor counts and named by its label ("entry 1
      // (April 2021)", not values[0]).
      const lines = site.read(rel).split('\n');
      const listed = await entries(page);
      created.values.forEach((entry: { label: string }, i: number) => {
        const line = lines.findIndex((l) => l.includes(`"date": "2021-0${4 + i}"`)) + 1;
        expect(listed).toContainEqual(expect.stringMatching(new RegExp(`^Error, Line ${line} · entry ${i + 1} \\(${entry.label}\\), sourceRef: expected the ID of one of the sources, found "" \\(nothing between the quotation marks\\)$`)));
      });
      // The chart's editor may still be hydrating when the problems are listed: waited for, not counted at once.
      await expect.poll(() => page.getByRole('textbox', { name: 'Chart source' }).count()).toBe(1);
    } finally {
      // A data file with errors would stop the copy's build for the files after this one.
      fs.rmSync(site.file(rel), { force: true });
    }
  });

  test('Translate on an English story without a French edition: the French start is written and its editor opens', async () => {
    const rel = 'content/stories/fr/une-note-non-traduite.mdx';
    const page = await tab();
    try {
      await page.goto(`${ORIGIN}/desk/`);
      await page.getByRole('link', { name: 'Translate An untranslated note on the fixture site' }).click();
      await page.waitForURL('**/desk/new/translation/an-untranslated-note/');
      // The cursor starts in the form's one field.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await page.getByLabel('French slug').getAttribute('id'));
      await page.keyboard.type('une-note-non-traduite');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/desk/edit/?file=stories/fr/une-note-non-traduite.mdx');
      const started = site.read(rel);
      expect(started).toMatch(/^---\ntranslationOf: an-untranslated-note\ntitle: "TK" # An untranslated note on the fixture site\n/);
      expect(await textOf(page)).toBe(started);
      // Only one translation per story: a second is refused, naming the first.
      const again = await api('translate', { english: 'an-untranslated-note', slug: 'une-autre' });
      expect([again.status, (await again.json()).error]).toEqual([422, 'Not written: content/stories/fr/une-note-non-traduite.mdx already translates an-untranslated-note. Edit that file instead.']);
    } finally {
      fs.rmSync(site.file(rel), { force: true });
    }
  });

  test('the three actions are refused from another origin, and write nothing outside the content root', async () => {
    const evil = { Origin: 'http://evil.example' };
    for (const [route, body] of [['new-story', { headline: 'X', slug: 'x', tags: '' }], ['translate', { english: 'an-untranslated-note', slug: 'x' }], ['new-chart', { id: 'x', title: 'X', kind: 'column', table: 'a,b\nc,1' }]] as const) {
      expect((await api(route, body, evil)).status, route).toBe(403);
    }
    expect(site.exists('content/stories/x.mdx') || site.exists('content/data/x.json')).toBe(false);
    for (const slug of ['../../x', 'stories/../x', '%2e%2e']) {
      const story = await api('new-story', { headline: 'X', slug, tags: '' });
      expect([story.status, (await story.json()).field], slug).toEqual([422, 'slug']);
      const chart = await api('new-chart', { id: slug, title: 'X', kind: 'column', table: 'a,b\nc,1' });
      expect([chart.status, (await chart.json()).field], slug).toEqual([422, 'id']);
    }
    const english = await api('translate', { english: '../../package', slug: 'x' });
    expect([english.status, (await english.json()).field]).toEqual([422, 'translate']);
  });
});
