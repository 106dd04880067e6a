import fs from 'node:fs';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { getStories, modifiedAt } from '../lib/content/stories';
import { absoluteUrl, site } from '../lib/site';
import { expect, test } from './fixtures';

const stories = getStories({ lang: 'en', preview: false });
const storyUrls = stories.map((s) => absoluteUrl(`/stories/${s.slug}/`)).sort();

/** Atom text constructs come back as { type, value }. */
const text = (node: unknown) => (node && typeof node === 'object' && 'value' in node ? (node as { value: string }).value : node);

/** Reads a PNG's width and height from its IHDR chunk. */
function pngSize(buffer: Buffer) {
  expect(buffer.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

test.describe('link previews', () => {
  for (const story of stories) {
    // One load a story: its meta tags, then its JSON-LD.
    test(`${story.slug}: meta tags and JSON-LD NewsArticle carry the story's real values`, async ({ page }) => {
      await page.goto(`/stories/${story.slug}/`);
      const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
      const url = absoluteUrl(`/stories/${story.slug}/`);
      // Built without SITE_URL (as npm test builds the fixture site), a page names no canonical address (lib/metadata.ts).
      if (site.hasPublicUrl) expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(url);
      else expect(await page.locator('link[rel="canonical"], meta[property="og:url"]').count()).toBe(0);
      expect(await meta('description')).toBe(story.dek);
      expect(await meta('og:type')).toBe('article');
      expect(await meta('og:title')).toBe(story.title);
      expect(await meta('og:description')).toBe(story.dek);
      if (site.hasPublicUrl) expect(await meta('og:url')).toBe(url);
      expect(await meta('og:image')).toBe(absoluteUrl(`/og/stories/${story.slug}.png`));
      expect(await meta('og:image:width')).toBe('1200');
      expect(await meta('og:image:height')).toBe('630');
      expect(await meta('og:image:alt')).toContain(story.title);
      expect(await meta('article:published_time')).toBe(story.published);
      expect(await meta('article:modified_time')).toBe(modifiedAt(story));
      expect(await meta('article:section')).toBeTruthy();
      expect(await page.locator('meta[property="article:tag"]').count()).toBe(story.tags.length);
      expect(await meta('twitter:card')).toBe('summary_large_image');
      expect(await meta('twitter:image')).toBe(absoluteUrl(`/og/stories/${story.slug}.png`));

      const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(scripts).toHaveLength(1);
      const data = JSON.parse(scripts[0]);
      expect(data).toMatchObject({
        '@type': 'NewsArticle',
        headline: story.title,
        description: story.dek,
        image: [absoluteUrl(`/og/stories/${story.slug}.png`)],
        datePublished: story.published,
        dateModified: modifiedAt(story),
        author: story.byline.map((name) => ({ '@type': 'Person', name })),
        publisher: { name: expect.any(String), logo: { url: expect.stringMatching(/^https?:\/\//) } },
        mainEntityOfPage: { '@id': absoluteUrl(`/stories/${story.slug}/`) },
      });
    });
  }

  test('every share image is a 1200×630 PNG served as image/png', async ({ page, request }) => {
    const images = new Set<string>();
    for (const path of ['/', '/about/', '/tags/', ...stories.map((s) => `/stories/${s.slug}/`)]) {
      await page.goto(path);
      images.add(new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!).pathname);
    }
    expect(images.size).toBe(stories.length + 1);
    for (const path of images) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body()), path).toEqual({ width: 1200, height: 630 });
    }
  });

  test('the home page announces the feeds, and the French home page the French ones', async ({ page }) => {
    await page.goto('/');
    // Feeds are the alternates with a type; the others are the page in each language (hreflang).
    const hrefs = await page.locator('link[rel="alternate"][type]').evaluateAll((links) => links.map((l) => `${l.getAttribute('type')} ${new URL(l.getAttribute('href')!).pathname}`));
    expect(hrefs.sort()).toEqual(['application/atom+xml /atom.xml', 'application/feed+json /feed.json', 'application/rss+xml /feed.xml']);
    await page.goto('/fr/');
    const french = await page.locator('link[rel="alternate"][type]').evaluateAll((links) => links.map((l) => `${l.getAttribute('type')} ${new URL(l.getAttribute('href')!).pathname} ${l.getAttribute('title')}`));
    expect(french.sort()).toEqual(['application/atom+xml /fr/atom.xml Les Dossiers N95 (Atom)', 'application/feed+json /fr/feed.json Les Dossiers N95 (JSON Feed)', 'application/rss+xml /fr/feed.xml Les Dossiers N95 (RSS)']);
  });
});

test.describe('feeds and sitemap', () => {
  test('RSS lists all and only the published stories, with summary and full content', async ({ request }) => {
    const response = await request.get('/feed.xml');
    expect(response.headers()['content-type']).toMatch(/^application\/(rss\+)?xml/);
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseRssFeed(xml);
    expect(feed.items!.map((i) => i.link).sort()).toEqual(storyUrls);
    for (const story of stories) {
      const item = feed.items!.find((i) => i.link?.endsWith(`/stories/${story.slug}/`))!;
      expect(item.title).toBe(story.title);
      expect(item.description).toBe(story.dek);
      expect(item.content?.encoded).toContain(`<h2 id="${story.toc[0].id}">`);
      expect(new Date(item.pubDate!).toISOString()).toBe(new Date(story.published).toISOString());
    }
  });

  test('Atom lists all and only the published stories', async ({ request }) => {
    const xml = await (await request.get('/atom.xml')).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseAtomFeed(xml);
    expect(feed.entries!.map((e) => e.id).sort()).toEqual(storyUrls);
    for (const entry of feed.entries!) {
      const story = stories.find((s) => entry.id!.endsWith(`/stories/${s.slug}/`))!;
      expect(text(entry.title)).toBe(story.title);
      expect(text(entry.summary)).toBe(story.dek);
      expect(text(entry.content)).toContain('<p>');
      expect(new Date(entry.updated!).toISOString()).toBe(new Date(modifiedAt(story)).toISOString());
    }
  });

  test('JSON Feed lists all and only the published stories', async ({ request }) => {
    const feed = parseJsonFeed(await (await request.get('/feed.json')).json());
    expect(feed.items!.map((i) => i.url).sort()).toEqual(storyUrls);
    expect(feed.items!.map((i) => i.title).sort()).toEqual(stories.map((s) => s.title).sort());
  });

  test('the sitemap lists every story with its last change, and robots.txt names it', async ({ request }) => {
    const xml = await (await request.get('/sitemap.xml')).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls: { loc: string; lastmod?: string }[] = [new XMLParser().parse(xml).urlset.url].flat();
    for (const story of stories) {
      const entry = urls.find((u) => u.loc === absoluteUrl(`/stories/${story.slug}/`));
      expect(entry?.lastmod).toBe(modifiedAt(story));
    }
    expect(urls.filter((u) => u.loc.includes('/stories/'))).toHaveLength(stories.length);
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${absoluteUrl('/sitemap.xml')}`);
  });
});

test.describe('share bar', () => {
  test('copy link puts the story URL on the clipboard and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const story = stories[0];
    await page.goto(`/stories/${story.slug}/`);
    const bar = page.getByRole('navigation', { name: 'Share this story' });
    await bar.getByRole('button', { name: 'Copy link' }).click();
    await expect(bar.getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(absoluteUrl(`/stories/${story.slug}/`));
  });

  test('plain share links carry the story URL for every service', async ({ page }) => {
    const story = stories[0];
    await page.goto(`/stories/${story.slug}/`);
    const bar = page.getByRole('navigation', { name: 'Share this story' });
    const encoded = encodeURIComponent(absoluteUrl(`/stories/${story.slug}/`));
    for (const name of ['Email', 'X', 'Facebook', 'LinkedIn', 'Bluesky', 'WhatsApp']) {
      const link = bar.getByRole('link', { name: new RegExp(`^${name}\\b`) });
      const href = (await link.getAttribute('href'))!;
      expect(href.includes(encoded) || href.includes(encodeURIComponent(`${story.title} ${absoluteUrl(`/stories/${story.slug}/`)}`)), name).toBe(true);
      if (name !== 'Email') expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  test('every section heading has a link to itself', async ({ page }) => {
    const story = stories[0];
    await page.goto(`/stories/${story.slug}/`);
    for (const entry of story.toc) {
      await expect(page.locator(`[id="${entry.id}"] a[href="#${entry.id}"]`)).toHaveCount(1);
    }
  });
});

test.describe('search', () => {
  test('finds a story by a word that appears only in its body', async ({ page }) => {
    // "Quillfeather" (the steps the Northland premier spoke on) is in one fixture story's body, never in a title or dek.
    const word = 'Quillfeather';
    const expected = stories.filter((s) => fs.readFileSync(s.file, 'utf8').includes(word)).map((s) => s.title).sort();
    expect(expected).toHaveLength(1);
    for (const story of stories) expect(`${story.title} ${story.dek}`).not.toContain(word);
    await page.goto('/');
    const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search stories' });
    await box.fill(word);
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=Quillfeather$/);
    // One result: the count is said in the singular.
    await expect(page.getByRole('status')).toHaveText('1 result for “Quillfeather”');
    // The titles' words: a headline joins a few of them with no-break spaces on the page, and the index keeps the page's.
    const titles = (await page.getByRole('main').getByRole('listitem').getByRole('link').allTextContents()).map((t) => t.replace(/\s+/g, ' '));
    expect(titles.sort()).toEqual(expected);
    await expect(page.getByRole('main').locator('mark').first()).toHaveText(/quillfeather/i);
  });
});
