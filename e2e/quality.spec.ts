import fs from 'node:fs';
import zlib from 'node:zlib';
import { getStories } from '../lib/content/stories';
import { parsePath } from '../lib/i18n/paths';
import { axeViolations } from '../tests/axe';
import { OUT, builtPages, expect, fileFor, test } from './fixtures';

const pages = builtPages();
/**
 * Next writes its 404 three times (404.html, 404/ and _not-found/): a page whose file has the
 * same bytes as one already listed is the same page to a reader, and is checked once.
 */
const distinctPages = (() => {
  const seen = new Set<string>();
  return pages.filter((page) => {
    const bytes = fs.readFileSync(fileFor(page)!, 'utf8');
    return !seen.has(bytes) && Boolean(seen.add(bytes));
  });
})();
const stories = getStories({ lang: 'en', preview: false });

/**
 * Each page is loaded once and checked in both themes: first light at a desktop's 1280 px, then,
 * on the same load, dark at a phone's 320 px (the page follows the system's scheme as it changes,
 * as a reader's would). Both themes and both ends of the layout are covered with one load a page.
 */
const PASSES = [
  { scheme: 'light', width: 1280, height: 800 },
  { scheme: 'dark', width: 320, height: 640 },
] as const;

/**
 * The pages by kind, one tab a kind: a tab's renderer serves every page loaded in it, where a tab
 * for each page cost about half a second more a page on this machine.
 */
const kindsOf = (pages: string[]) => {
  const kinds = new Map<string, string[]>();
  for (const page of pages) {
    // A list's later pages (/page/2/, /tags/x/page/2/) are no address a story may link to, so parsePath knows none.
    const kind = parsePath(page)?.page ?? (/\/page\/\d+\/$/.test(page) ? 'later page of a list' : 'not found');
    kinds.set(kind, [...(kinds.get(kind) ?? []), page]);
  }
  return kinds;
};

test.describe('every page, light at 1280 px then dark at 320 px: axe (WCAG 2.2 AA, one h1, unique landmarks), no sideways scroll, no console error, no failed request', () => {
  for (const [kind, list] of kindsOf(distinctPages)) {
    test(`${kind}: ${list.join(', ')}`, async ({ page: tab }) => {
      let failed: string[] = [];
      let errors: string[] = [];
      // Requests under way: the next page waits for none, where 'networkidle' also waited out half a second of quiet on every page.
      let pending = 0;
      tab.on('request', () => pending++);
      tab.on('requestfinished', () => pending--);
      tab.on('requestfailed', () => pending--);
      tab.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
      tab.on('response', (r) => r.status() >= 400 && failed.push(`${r.url()} ${r.status()}`));
      tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      tab.on('pageerror', (e) => errors.push(e.message));
      for (const page of list) {
        await test.step(page, async () => {
          failed = [];
          errors = [];
          await tab.setViewportSize(PASSES[0]);
          await tab.emulateMedia({ colorScheme: PASSES[0].scheme });
          await tab.goto(page);

          // Open every "Show the data" and embed panel: their contents must fit and pass axe too.
          for (const details of await tab.locator('details').all()) await details.evaluate((d) => d.setAttribute('open', ''));
          for (const { scheme, width, height } of PASSES) {
            await tab.setViewportSize({ width, height });
            await tab.emulateMedia({ colorScheme: scheme });
            await expect(tab.locator('html'), page).toHaveClass(new RegExp(`\\b${scheme}\\b`));
            const overflow = await tab.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
            expect(overflow, `${page}, ${scheme}, ${width} px: sideways scroll, in px`).toBeLessThanOrEqual(0);
            expect(await axeViolations(tab), `${page}, ${scheme}, ${width} px`).toEqual([]);
          }

          // Every request settled before the next page, which would cut one short as failed. The
          // page's own script was added and its requests made long before: two axe passes came first.
          await expect.poll(() => pending, { intervals: [20], message: `${page}: requests still under way` }).toBe(0);
          expect(failed, `${page}: failed requests`).toEqual([]);
          expect(errors, `${page}: console errors`).toEqual([]);
        });
      }
    });
  }
});

/**
 * One page of each kind, in one tab: the pages of a kind share their template, every page was
 * loaded above, and charts.spec.ts checks each story's charts without JavaScript. A second load of
 * every page cost a fifth of this suite's time.
 */
const onePerKind = [...kindsOf(distinctPages.filter((p) => !p.startsWith('/search/'))).values()].map(([first]) => first);

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test(`one page of each kind (${onePerKind.join(', ')}): text, charts and links are all there`, async ({ page: tab }) => {
    for (const page of onePerKind) {
      await test.step(page, async () => {
        await tab.goto(page);
        // An embed is a chart alone: its caption is its title.
        const title = parsePath(page)?.page === 'embed' ? tab.getByRole('figure') : tab.getByRole('heading', { level: 1 }).first();
        await expect(title, page).toBeVisible();
        expect((await tab.getByRole('main').innerText()).length, page).toBeGreaterThan(40);
        for (const chart of await tab.getByRole('figure').locator('svg:visible').all()) {
          expect((await chart.boundingBox())!.height, page).toBeGreaterThan(100);
        }
        expect(await tab.getByRole('link').count(), page).toBeGreaterThan(0);
        // Nothing that needs the script is offered without it.
        await expect(tab.locator('.js-only:visible'), page).toHaveCount(0);
      });
    }
  });
});

test.describe('budgets', () => {
  const KB = 1000;
  // The home page too: it leads with a chart.
  for (const path of ['/', ...stories.map((story) => `/stories/${story.slug}/`)]) {
    test(`${path}: bytes and requests as a phone loads it`, async ({ page: tab }) => {
      const requests: { url: string; type: string }[] = [];
      tab.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
      await tab.goto(path);
      await tab.waitForLoadState('networkidle');

      const sameOrigin = requests.filter((r) => new URL(r.url).origin === new URL(tab.url()).origin);
      expect(requests).toEqual(sameOrigin); // no third-party request at all
      expect(requests.length).toBeLessThanOrEqual(15);
      expect(requests.filter((r) => r.type === 'font')).toEqual([]);

      // Sizes as gzip would send them, from the built files (brotli, which npm start uses, is smaller).
      const gz = (urlPath: string) => zlib.gzipSync(fs.readFileSync(fileFor(urlPath)!), { level: 9 }).length;
      const sizes = requests.map((r) => ({ ...r, bytes: gz(new URL(r.url).pathname) }));
      const js = sizes.filter((r) => r.type === 'script');
      const css = sizes.filter((r) => r.type === 'stylesheet');
      const total = sizes.reduce((sum, r) => sum + r.bytes, 0);
      // With Next's runtime stripped, all of it is our own code.
      expect(js.reduce((s, r) => s + r.bytes, 0)).toBeLessThanOrEqual(12 * KB);
      expect(css.length).toBeLessThanOrEqual(1);
      expect(css.reduce((s, r) => s + r.bytes, 0)).toBeLessThanOrEqual(15 * KB);
      expect(total).toBeLessThanOrEqual(180 * KB);
    });
  }
});

// What out/_headers says is checked in tests/site/headers.test.ts; here, that npm start sends it.
test.describe('npm start serves the security headers', () => {
  test('a page gets the Content Security Policy and may not be framed; an embed may be', async ({ request }) => {
    const page = (await request.get(`/stories/${stories[0].slug}/`)).headers();
    expect(page['content-security-policy']).toMatch(/default-src 'self'/);
    expect(page['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(page['x-frame-options']).toBe('DENY');
    expect(page['x-content-type-options']).toBe('nosniff');

    const embed = (await request.get(`/embed/${fs.readdirSync(`${OUT}/embed`)[0]}/`)).headers();
    expect(embed['content-security-policy']).toMatch(/frame-ancestors \*/);
    expect(embed['x-frame-options']).toBeUndefined();
  });

  test('the headers file itself is configuration, not served', async ({ request }) => {
    expect((await request.get('/_headers')).status()).toBe(404);
  });
});
