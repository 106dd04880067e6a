import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { getStories } from '../lib/content/stories';
import { builtPages, expect, test } from './fixtures';

const pages = builtPages();
const stories = getStories({ preview: false });
const OUT = 'out';

/** The file in out/ a URL path is served from, as scripts/serve.mjs resolves it. */
function fileFor(urlPath: string): string | undefined {
  const file = path.join(OUT, decodeURIComponent(urlPath));
  if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return fs.existsSync(index) ? index : undefined;
}

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

test.describe('accessibility: axe (WCAG 2.2 AA) finds nothing on any page', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const page of pages) {
      test(`${page} (${scheme})`, async ({ page: tab }) => {
        await tab.emulateMedia({ colorScheme: scheme });
        await tab.goto(page);
        await expect(tab.locator('html')).toHaveClass(new RegExp(`\\b${scheme}\\b`));
        // Open every "Show the data" and embed panel so their contents are checked too.
        for (const details of await tab.locator('details').all()) await details.evaluate((d) => d.setAttribute('open', ''));
        const { violations } = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
      });
    }
  }
});

test.describe('axe best practices: one h1 and no two landmarks alike, on every page', () => {
  for (const page of pages) {
    test(page, async ({ page: tab }) => {
      await tab.goto(page);
      const { violations } = await new AxeBuilder({ page: tab }).withRules(['page-has-heading-one', 'landmark-unique']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    });
  }
});

test.describe('every internal link and #anchor resolves in out/', () => {
  for (const page of pages) {
    test(page, () => {
      const html = fs.readFileSync(fileFor(page)!, 'utf8');
      const broken: string[] = [];
      for (const [, attr, value] of html.matchAll(/\s(href|src)="([^"]+)"/g)) {
        if (/^(https?:|mailto:|data:|blob:)/.test(value) || value.startsWith('//')) continue;
        const url = new URL(value.replace(/&amp;/g, '&'), `http://site${page}`);
        const target = url.pathname === new URL(`http://site${page}`).pathname ? fileFor(page) : fileFor(url.pathname);
        if (!target) broken.push(`${attr}=${value}: no file in out/`);
        else if (url.hash && !ids(fs.readFileSync(target, 'utf8')).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${attr}=${value}: no id "${url.hash.slice(1)}" on that page`);
      }
      expect(broken).toEqual([]);
    });
  }
});

test.describe('every page loads cleanly, and reads without JavaScript', () => {
  for (const page of pages.filter((p) => p !== '/404.html' && !p.startsWith('/404/') && !p.startsWith('/_not-found/'))) {
    test(`${page}: no console error, no failed request`, async ({ page: tab }) => {
      const failed: string[] = [];
      tab.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
      tab.on('response', (r) => r.status() >= 400 && failed.push(`${r.url()} ${r.status()}`));
      await tab.goto(page);
      await tab.waitForLoadState('networkidle');
      expect(failed).toEqual([]);
    });
  }

  test.describe('with JavaScript disabled', () => {
    test.use({ javaScriptEnabled: false });
    for (const page of pages.filter((p) => !p.startsWith('/search/'))) {
      test(`${page}: text, charts and links are all there`, async ({ page: tab }) => {
        await tab.goto(page);
        // An embed is a chart alone: its caption is its title.
        const title = page.startsWith('/embed/') ? tab.locator('figure.chart figcaption') : tab.getByRole('heading', { level: 1 }).first();
        await expect(title).toBeVisible();
        expect((await tab.locator('main').innerText()).length).toBeGreaterThan(40);
        for (const svg of await tab.locator('figure.chart svg.chart-svg:visible').all()) {
          expect((await svg.boundingBox())!.height).toBeGreaterThan(100);
        }
        const links = tab.locator('a[href]:visible');
        expect(await links.count()).toBeGreaterThan(0);
        // Nothing that needs the script is offered without it.
        await expect(tab.locator('.js-only:visible')).toHaveCount(0);
      });
    }
  });
});

test.describe('budgets', () => {
  const KB = 1000;
  for (const story of stories) {
    test(`/stories/${story.slug}/: bytes and requests as a phone loads it`, async ({ page: tab, browserName }) => {
      expect(browserName).toBe('chromium');
      const requests: { url: string; type: string }[] = [];
      tab.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
      await tab.goto(`/stories/${story.slug}/`);
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

  test('no d3 code reaches the browser', () => {
    const script = fs.readFileSync(path.join(OUT, 'assets', 'site.js'), 'utf8');
    expect(script).not.toMatch(/d3-|scaleLinear|d3\.|curveLinear|bisector/);
  });
});

test.describe('security', () => {
  test('npm start serves a Content Security Policy and the usual security headers', async ({ request }) => {
    const headers = (await request.get('/')).headers();
    const csp = headers['content-security-policy'];
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    const story = (await request.get(`/stories/${stories[0].slug}/`)).headers();
    expect(story['content-security-policy']).toBe(csp);
  });

  test('only embeds may be framed, by any site', async ({ request }) => {
    const embed = fs.readdirSync(path.join(OUT, 'embed'))[0];
    const headers = (await request.get(`/embed/${embed}/`)).headers();
    expect(headers['content-security-policy']).toMatch(/frame-ancestors \*/);
    expect(headers['x-frame-options']).toBeUndefined();
  });

  test('the same headers ship in out/_headers for static hosts, and the file itself is not served', async ({ request }) => {
    const config = fs.readFileSync(path.join(OUT, '_headers'), 'utf8');
    expect(config).toMatch(/^\/\n {2}Content-Security-Policy: default-src 'self'/);
    expect(config).toMatch(/^\/embed\/\*\n {2}Content-Security-Policy: .*frame-ancestors \*/m);
    expect((await request.get('/_headers')).status()).toBe(404);
  });

  test('every inline script a page runs is allowed by hash, so the policy breaks nothing', async ({ page, consoleErrors }) => {
    await page.goto(`/stories/${stories[0].slug}/`);
    await expect(page.locator('html')).toHaveAttribute('data-enhanced', '');
    expect(consoleErrors.filter((e) => /Content Security Policy/.test(e))).toEqual([]);
  });

  test('links to other sites never pass on the opener or the referrer', () => {
    const bad: string[] = [];
    for (const page of pages) {
      const html = fs.readFileSync(fileFor(page)!, 'utf8');
      for (const [tag] of html.matchAll(/<a\b[^>]*href="https?:\/\/[^"]*"[^>]*>/g)) {
        if (tag.includes(`href="${new URL('http://localhost:3000').origin}`)) continue;
        const rel = /rel="([^"]*)"/.exec(tag)?.[1].split(/\s+/) ?? [];
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) bad.push(`${page}: ${tag}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
