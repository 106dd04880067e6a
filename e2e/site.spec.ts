import type { Page } from '@playwright/test';
import { getStories, getTags } from '../lib/content/stories';
import { LATER_PAGE_FACTOR, pageCount } from '../lib/editions';
import { site } from '../lib/site';
import { expect, test } from './fixtures';

const stories = getStories({ lang: 'en', preview: false });
/** A headline's words: on the page it joins a few with no-break spaces (lib/i18n/line-breaks.ts, headlineNoBreaks). */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A list's stories as a reader finds them: its first page, then each older page by its "Older
 * stories" link, checking on the way that each page shows at most a page's worth (the first
 * LIST_LENGTH, each later one LATER_PAGE_FACTOR times that), says where it is,
 * and links back to the one before. Returns each page's address and headlines.
 */
async function walkList(page: Page, first: string): Promise<{ url: string; titles: string[] }[]> {
  const pages: { url: string; titles: string[] }[] = [];
  await page.goto(first);
  for (;;) {
    const main = page.getByRole('main');
    const headlines = main.getByRole('heading', { level: 2 }).or(main.getByRole('heading', { level: 3 }));
    // Each headline links to its story (the lead's picture is a second link, to its chart: see home.spec.ts).
    const titles = (await headlines.getByRole('link').allTextContents()).map(words);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.length).toBeLessThanOrEqual(pages.length ? site.listLength * LATER_PAGE_FACTOR : site.listLength);
    pages.push({ url: new URL(page.url()).pathname, titles });
    const nav = page.getByRole('navigation', { name: 'Pages' });
    if (!(await nav.count())) break;
    await expect(nav).toContainText(`Page ${pages.length} of `);
    const newer = nav.getByRole('link', { name: 'Newer stories' });
    if (pages.length > 1) await expect(newer).toHaveAttribute('href', pages.at(-2)!.url);
    else await expect(newer).toHaveCount(0);
    const older = nav.getByRole('link', { name: 'Older stories' });
    if (!(await older.count())) break;
    await older.click();
    await expect(page).toHaveURL(new RegExp(`${first}page/${pages.length + 1}/$`));
  }
  return pages;
}

test.describe('home page', () => {
  test('leads with the newest story, then the next newest; the older ones are on the pages after it, newest first', async ({ page }) => {
    const pages = await walkList(page, '/');
    expect(pages.flatMap((p) => p.titles)).toEqual(stories.map((s) => s.title));
    // The fixture site shows two stories on a list's first page (LIST_LENGTH), so its home page has a page to turn.
    expect(pages.map((p) => p.url)).toEqual(['/', ...Array.from({ length: pageCount(stories.length) - 1 }, (_, i) => `/page/${i + 2}/`)]);
    expect(pages[0].titles).toHaveLength(site.listLength);
    expect(pages.length).toBeGreaterThan(1);
    for (const { url, titles } of pages) {
      await page.goto(url);
      for (const story of stories.filter((s) => titles.includes(s.title))) {
        const card = page.locator('main article').filter({ hasText: story.title });
        await expect(card).toContainText(story.dek);
        await expect(card.locator('time')).toHaveAttribute('datetime', story.published);
        await expect(card).toContainText(`${story.readingMinutes} min read`);
      }
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Older explainers');
    await expect(page).toHaveTitle(/^Older explainers, page\s2 · /);
  });
  // A request that ends before the text is on screen is one Lighthouse makes the largest paint wait
  // for: the site script once came in ahead of it and was half the home page's LCP (issue 19).
  test('fetches nothing but its HTML before its text is on screen', async ({ page }) => {
    await page.goto('/');
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/assets/site.js')));
    await expect.poll(loaded, { message: 'the site script is fetched in the end' }).toBe(true);
    const early = await page.evaluate(() => {
      const painted = performance.getEntriesByName('first-contentful-paint')[0].startTime;
      return performance.getEntriesByType('resource').filter((e) => e.startTime <= painted).map((e) => e.name);
    });
    expect(early).toEqual([]);
  });
});

test.describe('story page', () => {
  for (const story of stories) {
    test(`${story.slug}: headline, byline, dates, contents and sources`, async ({ page }) => {
      await page.goto(`/stories/${story.slug}/`);
      await expect(page).toHaveTitle(new RegExp(story.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
      await expect(page.locator('article header')).toContainText(story.dek);
      await expect(page.locator('article header')).toContainText(`By ${story.byline.join(' and ')}`);
      await expect(page.locator(`article header time[datetime="${story.published}"]`)).toBeVisible();
      await expect(page.locator('article header')).toContainText(`${story.readingMinutes} min read`);

      for (const entry of story.toc) {
        await expect(page.locator(`[id="${entry.id}"]`)).toHaveCount(1);
      }
      // A contents list needs two sections at least; a one-section story has none.
      const toc = page.getByRole('navigation', { name: 'In this story' });
      if (story.toc.length < 2) await expect(toc).toHaveCount(0);
      else {
        await expect(toc.getByRole('link')).toHaveCount(story.toc.length);
        const last = story.toc.at(-1)!;
        await toc.getByRole('link', { name: last.text, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`#${last.id}$`));
        await expect(page.locator(`[id="${last.id}"]`)).toBeInViewport();
      }

      const sources = page.getByRole('region', { name: 'Sources' });
      for (const source of story.sources) await expect(sources).toContainText(source.name);
      await expect(page.getByRole('region', { name: 'Corrections' })).toBeVisible();
    });
  }
});

test.describe('tag pages', () => {
  const tags = getTags({ lang: 'en', preview: false });
  test('the fixture site has a topic of more than a page', () => {
    expect(tags.some((t) => t.stories.length > site.listLength)).toBe(true);
  });
  for (const { tag, stories: tagged } of tags) {
    test(`/tags/${tag}/ lists exactly its stories, newest first, a page at a time`, async ({ page }) => {
      const pages = await walkList(page, `/tags/${tag}/`);
      expect(pages.flatMap((p) => p.titles)).toEqual(tagged.map((s) => s.title));
      expect(pages).toHaveLength(pageCount(tagged.length));
    });
  }

  test('a story links to its tag pages', async ({ page }) => {
    const story = stories[0];
    await page.goto(`/stories/${story.slug}/`);
    await page.getByRole('list', { name: 'Topics' }).getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`/tags/${story.tags[0]}/$`));
    await expect(page.locator('main')).toContainText(story.title);
  });
});

test.describe('not found', () => {
  test('an unknown address gets the site’s 404 page with status 404', async ({ page, consoleErrors }) => {
    const response = await page.goto('/no-such-story/');
    expect(response?.status()).toBe(404);
    // The browser logs the page's own 404 status; that one is expected, any other error is not.
    expect(consoleErrors.shift()).toMatch(/status of 404/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find that page');
    await expect(page.getByRole('link', { name: 'Go to the latest stories' })).toHaveAttribute('href', '/');
  });
});

test.describe('theme', () => {
  test('follows the system, and a chosen theme survives a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');

    await toggle.click();
    await expect(page.locator('html')).toHaveClass(/\blight\b/);
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/\blight\b/);
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
  });
});
