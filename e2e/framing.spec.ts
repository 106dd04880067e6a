import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { embedCode } from '../components/charts/EmbedSnippet';
import { LANGS } from '../lib/i18n/lang';
import { parsePath, paths } from '../lib/i18n/paths';
import { builtPages } from '../tests/site/out';

// Plain Playwright here, not ./fixtures: a refused frame is meant to log an error.

/** Each edition's first embed page in the build, by chart id. */
const embedOf = (lang: (typeof LANGS)[number]) => builtPages().map(parsePath).find((p) => p?.page === 'embed' && p.lang === lang)?.param;

/**
 * Another site, on another origin (127.0.0.1 and a port of its own, where the site under test is
 * served on its baseURL): GET /?html=… answers a page whose body is that HTML.
 */
let otherSite: http.Server;
let otherOrigin: string;
test.beforeAll(async () => {
  otherSite = http.createServer((request, response) => {
    const html = new URL(request.url ?? '/', 'http://any').searchParams.get('html') ?? '';
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><title>Another site</title><h1>Another site</h1>${html}</html>`);
  });
  await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve));
  otherOrigin = `http://127.0.0.1:${(otherSite.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => otherSite.close(() => resolve())));

const pageFraming = (html: string) => `${otherOrigin}/?html=${encodeURIComponent(html)}`;

test.describe('another site', () => {
  for (const lang of LANGS) {
    test(`shows the ${lang} embed, pasted as the site offers it, with its chart`, async ({ page, baseURL }) => {
      const id = embedOf(lang);
      expect(id, `the build has ${lang} embed pages`).toBeDefined();
      await page.goto(pageFraming(embedCode({ id: id!, title: 'A chart', siteUrl: baseURL, lang })));
      expect(new URL(page.url()).origin).not.toBe(new URL(baseURL!).origin);
      const frame = page.frameLocator('iframe');
      await expect(frame.getByRole('figure')).toBeVisible();
      const chart = frame.getByRole('figure').locator('svg:visible').first();
      await expect(chart).toBeVisible();
      expect((await chart.boundingBox())!.height).toBeGreaterThan(100);
      expect(page.frames().map((f) => f.url())).toContain(new URL(paths(lang).embed(id!), baseURL).href);
      // The snippet's script fits the frame to the chart when the chart, across origins, says how tall it is.
      await expect(page.locator('iframe')).toHaveAttribute('style', /(^|;)\s*height: \d+px/);
    });

    test(`is refused the ${lang} home page in a frame`, async ({ page, baseURL }) => {
      // Chromium says why it left the frame empty: "Framing '…' violates … "frame-ancestors 'none'"".
      const refused: string[] = [];
      page.on('console', (message) => void (message.text().includes('frame-ancestors') && refused.push(message.text())));
      const home = new URL(paths(lang).home(), baseURL).href;
      await page.goto(pageFraming(`<iframe src="${home}" title="A page" width="800" height="600"></iframe>`));
      // (It names the framed page's origin only.)
      await expect.poll(() => refused.join('\n')).toContain(`'${new URL(baseURL!).origin}/'`);
      expect(refused.join('\n')).toContain("frame-ancestors 'none'");
      // Nothing of the page reached the frame.
      await expect(page.frameLocator('iframe').getByRole('main')).toHaveCount(0);
      expect(page.frames().map((f) => f.url())).not.toContain(home);
    });
  }
});
