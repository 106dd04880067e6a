import { parse } from 'node:path';
import type { FrameLocator, Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { getPublishedCharts, getStories } from '../lib/content/stories';
import { paths } from '../lib/i18n/paths';
import { dataFile, expect, test, untilEnhanced } from './fixtures';

const stories = getStories({ lang: 'en', preview: false });
const ids = getPublishedCharts({ lang: 'en', preview: false }).map((d) => d.id);
const storyWithCharts = stories.find((s) => s.charts.length >= 3) ?? stories[0];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A chart as a screen reader finds it: the figure captioned with its title (and its units, if shown). */
function chart(page: Page | FrameLocator, id: string) {
  const { title, units } = dataFile(id);
  return page.getByRole('figure', { name: new RegExp(`^${escape(title)}\\s*(${escape(units)})?$`) });
}
/** The drawing itself: the SVG of the layout on screen, named by the title. */
const drawing = (page: Page, id: string) => chart(page, id).getByRole('img', { name: dataFile(id).title, exact: true });

/** Bounding boxes of every chart text a reader can see, per figure. */
async function visibleTextBoxes(page: Page) {
  return page.getByRole('figure').evaluateAll((figures) =>
    figures.map((figure) => {
      const svg = [...figure.querySelectorAll('svg.chart-svg')].find((s) => s.getClientRects().length > 0)!;
      const frame = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll('text')]
        .filter((t) => t.textContent!.trim() && t.getClientRects().length > 0)
        .map((t) => {
          const r = t.getBoundingClientRect();
          return { text: t.textContent!, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        });
      // Annotation markers: a circled number must not sit on any other text either.
      const markers = [...svg.querySelectorAll('circle.chart-annotation-marker')].map((c) => {
        const r = c.getBoundingClientRect();
        return { text: `marker ${c.parentElement!.dataset.marker}`, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      });
      return { id: figure.id, frame: { left: frame.left, right: frame.right, top: frame.top, bottom: frame.bottom }, texts, markers };
    }),
  );
}

test.describe('charts in the static HTML', () => {
  test.use({ javaScriptEnabled: false });

  for (const story of stories.filter((s) => s.charts.length)) {
    test(`${story.slug}: every chart is complete without JavaScript`, async ({ page }) => {
      await page.goto(`/stories/${story.slug}/`);
      for (const id of new Set(story.charts)) {
        const data = dataFile(id);
        const figure = chart(page, id);
        await expect(figure).toHaveCount(1);
        await expect(figure).toContainText(data.sourceLine);
        // One drawing on screen (the other layout is hidden), with a description in words.
        const svg = drawing(page, id);
        await expect(svg).toHaveCount(1);
        await expect(svg).toHaveAccessibleDescription(/\w{3,}/);
        const box = (await svg.boundingBox())!;
        expect(box.width).toBeGreaterThan(200);
        expect(box.height).toBeGreaterThan(100);
        // Every known value's label is drawn in the SVG itself, not left to a tooltip.
        const known = data.values.filter((v) => v.value !== null);
        // On a map, a crossing that both reports describe is one mark with two sources.
        const marks = data.chart === 'map' ? new Set(data.values.map((v) => (v.kind === 'crossing' ? `${v.from}>${v.to}` : v.label))).size : known.length;
        await expect(svg.locator('[data-value]')).toHaveCount(marks);

        // "Show the data" is a real table behind <details>, which needs no script.
        await figure.getByText('Show the data').click();
        const table = figure.getByRole('table', { name: data.title });
        await expect(table).toBeVisible();
        // A map's table ends with the places it shows.
        await expect(table.locator('tbody').getByRole('row')).toHaveCount(data.values.length + (data.chart === 'map' ? 1 : 0));
        // The page typesets what the data file types ("…" becomes “…”): compare both with plain quotes.
        const plain = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
        const shown = plain(await table.innerText());
        for (const value of data.values) expect(shown).toContain(plain(value.label));
      }
    });
  }

  test('a link to #chart-id lands on the chart', async ({ page }) => {
    const id = storyWithCharts.charts[0];
    await page.goto(`/stories/${storyWithCharts.slug}/#${id}`);
    await expect(chart(page, id)).toBeInViewport();
  });
});

test.describe('annotations without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  const annotated = stories.flatMap((story) => [...new Set(story.charts)].filter((id) => dataFile(id).annotations?.length).map((id) => ({ story, id })));

  for (const width of [320, 1280]) {
    test(`at ${width} px every note is on the chart, or numbered on it and listed under it`, async ({ page }) => {
      expect(annotated.length).toBeGreaterThan(0);
      await page.setViewportSize({ width, height: 900 });
      for (const { story, id } of annotated) {
        await page.goto(`/stories/${story.slug}/`);
        const svg = drawing(page, id);
        await expect(svg).toHaveCount(1);
        const variant = await svg.getAttribute('data-variant');
        // At 1280 px the figure breaks out of the text column and draws its extra-wide layout.
        expect(variant).toBe(width < 540 ? 'narrow' : 'xwide');
        for (const [i, a] of dataFile(id).annotations!.entries()) {
          const note = svg.locator(`[data-annotation="${i}"]`);
          await expect(note, `${id}: annotation ${i}`).toHaveCount(1);
          // Screen readers hear every note in the drawing's description.
          await expect(svg).toHaveAccessibleDescription(new RegExp(escape(a.text)));
          const number = await note.getAttribute('data-marker');
          if (number) {
            await expect(note.locator('text')).toHaveText(number);
            const item = chart(page, id).locator(`ol.chart-marker-notes[data-variant="${variant}"] > li[value="${number}"]`);
            await expect(item).toBeVisible();
            await expect(item).toHaveText(a.text);
            // The reader sees the number that matches the marker.
            await expect(item).toHaveCSS('list-style-type', 'decimal');
          } else {
            expect((await note.locator('text').allTextContents()).join(' ')).toBe(a.text);
            await expect(note.locator('text').first()).toBeVisible();
          }
        }
        // The wide layout has room to write every note out; no list of numbers shows with it.
        if (width === 1280) {
          await expect(svg.locator('[data-marker]')).toHaveCount(0);
          await expect(chart(page, id).locator('ol.chart-marker-notes').filter({ visible: true })).toHaveCount(0);
        }
      }
    });
  }
});

test.describe('reading values', () => {
  test('the keyboard reaches every mark and shows its value and source', async ({ page }) => {
    await page.goto(`/stories/${storyWithCharts.slug}/`);
    for (const id of new Set(storyWithCharts.charts)) {
      const figure = chart(page, id);
      const marks = drawing(page, id).locator('[tabindex="0"]');
      const count = await marks.count();
      expect(count).toBeGreaterThan(0);
      await marks.first().focus();
      for (let i = 0; i < count; i++) {
        const mark = marks.nth(i);
        await expect(mark).toBeFocused();
        const tip = figure.getByRole('status');
        await expect(tip).toContainText((await mark.getAttribute('data-tip'))!);
        await expect(tip).toContainText('Source:');
        if (i < count - 1) await page.keyboard.press('Tab');
      }
    }
  });

  test('tapping a mark on a touch screen shows its value', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`/stories/${storyWithCharts.slug}/`);
    await untilEnhanced(page);
    const id = storyWithCharts.charts[0];
    const mark = drawing(page, id).locator('[data-tip]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    await expect(chart(page, id).getByRole('status')).toContainText((await mark.getAttribute('data-tip'))!);
    await context.close();
  });
});

test.describe('no chart text overlaps or is clipped', () => {
  for (const width of [320, 375, 768, 1280]) {
    test(`at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const story of stories.filter((s) => s.charts.length)) {
        await page.goto(`/stories/${story.slug}/`);
        for (const { id, frame, texts, markers } of await visibleTextBoxes(page)) {
          expect(texts.length, id).toBeGreaterThan(0);
          for (const m of markers) {
            const within = (t: (typeof texts)[number]) => t.left >= m.left - 0.5 && t.right <= m.right + 0.5 && t.top >= m.top - 0.5 && t.bottom <= m.bottom + 0.5;
            for (const t of texts.filter((t) => !within(t))) {
              const overlap = Math.min(m.right, t.right) - Math.max(m.left, t.left) > 0.5 && Math.min(m.bottom, t.bottom) - Math.max(m.top, t.top) > 0.5;
              expect(overlap, `${story.slug} ${id}: ${m.text} covers "${t.text}"`).toBe(false);
            }
          }
          for (const [i, a] of texts.entries()) {
            expect(a.left, `${id}: "${a.text}" clipped left`).toBeGreaterThanOrEqual(frame.left - 0.5);
            expect(a.right, `${id}: "${a.text}" clipped right`).toBeLessThanOrEqual(frame.right + 0.5);
            expect(a.top, `${id}: "${a.text}" clipped top`).toBeGreaterThanOrEqual(frame.top - 0.5);
            expect(a.bottom, `${id}: "${a.text}" clipped bottom`).toBeLessThanOrEqual(frame.bottom + 0.5);
            for (const b of texts.slice(i + 1)) {
              const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
              expect(overlap, `${story.slug} ${id}: "${a.text}" overlaps "${b.text}"`).toBe(false);
            }
          }
        }
      }
    });
  }
});

test.describe('downloads', () => {
  // Every CSV's rows are checked against its data file in tests/site/csv.test.ts; here, what the link serves.
  test('the figure links its CSV and saves the chart as SVG and PNG', async ({ page, request }) => {
    const id = storyWithCharts.charts[0];
    const data = dataFile(id);
    await page.goto(`/stories/${storyWithCharts.slug}/`);
    const figure = chart(page, id);
    const link = figure.getByRole('link', { name: 'Download the data (CSV)' });
    // Root-relative, so the built site works on any host.
    await expect(link).toHaveAttribute('href', paths('en').data(id));
    const response = await request.get(paths('en').data(id));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const rows = csvParse(await response.text());
    expect(rows.map((r) => r.quote)).toEqual(data.values.map((v) => v.quote));
    for (const [name, type] of [['Download SVG', 'svg'], ['Download PNG', 'png']] as const) {
      const download = page.waitForEvent('download');
      await figure.getByRole('button', { name }).click();
      const file = await download;
      expect(parse(file.suggestedFilename()).ext).toBe(`.${type}`);
      const stream = await file.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks);
      if (type === 'svg') expect(body.toString()).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      else expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
    }
  });
});

test.describe('annotations in the downloads', () => {
  const found = stories.flatMap((story) => [...new Set(story.charts)].filter((id) => dataFile(id).annotations?.length).map((id) => ({ story, id })))[0];

  for (const width of [375, 1280]) {
    test(`at ${width} px the SVG download carries every note`, async ({ page }) => {
      const { story, id } = found;
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/stories/${story.slug}/`);
      const download = page.waitForEvent('download');
      await chart(page, id).getByRole('button', { name: 'Download SVG' }).click();
      const stream = await (await download).createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      // Each <text> is one line: read the drawn words in order, as a reader would (not the description).
      const drawn = Buffer.concat(chunks).toString().replace(/<(desc|title)\b[^>]*>[\s\S]*?<\/\1>/g, '');
      const words = drawn.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
      for (const a of dataFile(id).annotations!) expect(words).toContain(a.text);
    });
  }
});

test.describe('embeds', () => {
  for (const id of ids) {
    test(`/embed/${id}/ shows the chart alone, with a way back to its story`, async ({ page }) => {
      await page.goto(`/embed/${id}/`);
      await expect(page.getByRole('banner')).toHaveCount(0);
      await expect(page.getByRole('contentinfo')).toHaveCount(0);
      await expect(page.getByRole('figure')).toHaveCount(1);
      await expect(drawing(page, id)).toHaveCount(1);
      // The chart's title is the page's one heading.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataFile(id).title);
      const home = stories.find((s) => s.charts.includes(id));
      if (home) await expect(page.getByRole('link', { name: new RegExp(escape(home.title)) })).toHaveAttribute('href', `/stories/${home.slug}/#${id}`);
      expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(new RegExp(`/og/charts/${id}\\.png$`));
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
    });
  }

  test('the copy-paste snippet embeds the chart and fits the iframe to it', async ({ page, baseURL }) => {
    const id = storyWithCharts.charts[0];
    await page.goto(`/stories/${storyWithCharts.slug}/`);
    const snippet = (await chart(page, id).locator('.chart-embed-code').textContent())!;
    // Host the snippet on a page of our own origin, as a newsroom partner would on theirs.
    await page.route(`${baseURL}/__host__`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Host</title><body style="margin:0">${snippet.replace(/https?:\/\/[^/"]+/, baseURL!)}</body>` }));
    await page.goto('/__host__');
    const frame = page.locator('iframe');
    await expect(chart(page.frameLocator('iframe'), id)).toBeVisible();
    const initial = (await frame.getAttribute('height'))!;
    await expect.poll(async () => frame.evaluate((f) => f.style.height)).toMatch(/^\d+px$/);
    const content = await page.frameLocator('iframe').locator('html').evaluate((html) => html.scrollHeight);
    expect(Math.abs(Number.parseInt(await frame.evaluate((f) => f.style.height)) - content)).toBeLessThanOrEqual(2);
    expect(initial).toMatch(/^\d+$/);
  });
});
