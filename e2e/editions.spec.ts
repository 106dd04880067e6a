import { getStories } from '../lib/content/stories';
import { expect, test } from './fixtures';

const french = getStories({ preview: false, lang: 'fr' });
const english = getStories({ lang: 'en', preview: false });

test.describe('the language switch', () => {
  test('from an English story it lands on its French translation, and back', async ({ page }) => {
    const story = french[0];
    await page.goto(`/stories/${story.translationOf}/`);
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(new RegExp(`/fr/articles/${story.slug}/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/stories/${story.translationOf}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(english.find((s) => s.slug === story.translationOf)!.title);
  });

  test('on a site page it leads to the same page, not the home page', async ({ page }) => {
    await page.goto('/about/');
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/a-propos\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('À propos des Dossiers N95');
  });

  test('no page redirects by the browser’s language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-CA', extraHTTPHeaders: { 'Accept-Language': 'fr-CA,fr;q=0.9' } });
    const tab = await context.newPage();
    const response = await tab.goto('/');
    expect(response!.status()).toBe(200);
    await expect(tab).toHaveURL(/:\d+\/$/);
    await expect(tab.locator('html')).toHaveAttribute('lang', 'en-CA');
    await context.close();
  });
});

test.describe('French search', () => {
  test('finds a French word in the French stories, and only there', async ({ page }) => {
    // "gadgets" is in every French fixture story.
    await page.goto('/fr/recherche/?q=gadgets');
    const results = page.locator('[data-search-results] a');
    await expect(results).toHaveCount(french.length);
    await expect(page.locator('[data-search-status]')).toHaveText(`${french.length}\u00a0résultats pour «\u00a0gadgets\u00a0»`);
    const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/fr\/articles\//);
  });

  test('finds a word written after an elided article, and shows the apostrophe as printed', async ({ page }) => {
    // "entreprise" is only ever « l’entreprise » in the fixture site (le-bras-de-fer-des-gadgets).
    await page.goto('/fr/recherche/?q=entreprise');
    const results = page.locator('[data-search-results] li');
    await expect(results).toHaveCount(1);
    await expect(results.locator('a')).toHaveAttribute('href', /\/fr\/articles\/le-bras-de-fer-des-gadgets\/$/);
    const excerpt = results.locator('p');
    await expect(excerpt.locator('mark')).toContainText('entreprise');
    await expect(excerpt).toContainText('l’entreprise');
    expect(await results.textContent()).not.toContain("'");
  });

  test('English search never answers with a French page', async ({ page }) => {
    await page.goto('/search/?q=widgets');
    const results = page.locator('[data-search-results] a');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const href of hrefs) expect(href).toMatch(/^\/stories\//);
  });
});

test('French search speaks French for one result as for many', async ({ page }) => {
  // "Quillfeather" is in one French fixture story only (le-bras-de-fer-des-gadgets).
  await page.goto('/fr/recherche/?q=Quillfeather');
  await expect(page.locator('[data-search-results] a')).toHaveCount(1);
  await expect(page.locator('[data-search-status]')).toHaveText('1\u00a0résultat pour «\u00a0Quillfeather\u00a0»');
  // The sentence ends on a translated quotation, whose « [traduction] » mark search skips: its full
  // stop follows the guillemet, as printed, not after a space.
  await expect(page.locator('[data-search-results] p')).toContainText('«\u00a0inacceptable\u00a0».');
});

test('a missing French address gets the French 404', async ({ page, consoleErrors }) => {
  const response = await page.goto('/fr/articles/nulle-part/');
  expect(response!.status()).toBe(404);
  // The browser logs the page's own 404 status; that one is expected, any other error is not.
  expect(consoleErrors.shift()).toMatch(/status of 404/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nous ne trouvons pas cette page');
  await expect(page.getByRole('link', { name: 'Voir les derniers articles' })).toHaveAttribute('href', '/fr/');
});

test('the French share bar speaks French', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const story = french[0];
  await page.goto(`/fr/articles/${story.slug}/`);
  const bar = page.getByRole('navigation', { name: 'Partager cet article' });
  await bar.getByRole('button', { name: 'Copier le lien' }).click();
  await expect(bar.getByRole('status')).toHaveText('Lien copié');
  expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).pathname).toBe(`/fr/articles/${story.slug}/`);
});
