import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { OUT } from '../tests/site/out';

// Plain Playwright here, not ./fixtures: these pages are meant to log a policy violation.

const story = `/stories/${fs.readdirSync(`${OUT}/stories`).sort()[0]}/`;

/** Something no page of ours does: an inline script and an inline event handler, each leaving a mark if it runs. */
const INJECTED = '<script>document.documentElement.dataset.injected = "script"</script><img src="/nowhere.png" alt="" onerror="document.documentElement.dataset.handler = \'ran\'">';

/**
 * Opens the story page as the server sends it (status and headers, the policy included) but with
 * INJECTED added to its body, as a story that slipped a script through would be.
 * `keepPolicy: false` drops the Content-Security-Policy header, to show the injection works at all.
 */
async function openInjected(page: Page, { keepPolicy }: { keepPolicy: boolean }) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  await page.route(story, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-encoding']; // the body below is decoded text
    delete headers['content-length'];
    if (!keepPolicy) delete headers['content-security-policy'];
    const html = (await response.text()).replace('</main>', `</main>${INJECTED}`);
    expect(html, 'the page has a </main> to inject after').toContain(INJECTED);
    await route.fulfill({ response, headers, body: html });
  });
  await page.goto(story);
  // The theme script's site script marks the page once loaded: our own scripts ran.
  await expect(page.locator('html')).toHaveAttribute('data-enhanced', '');
}

test.describe('security: the Content Security Policy', () => {
  test('blocks a script and an event handler injected into a page, and reports both', async ({ page }) => {
    const console: string[] = [];
    page.on('console', (msg) => console.push(msg.text()));
    await openInjected(page, { keepPolicy: true });
    const html = page.locator('html');
    await expect(html).not.toHaveAttribute('data-injected', /.*/);
    await expect(html).not.toHaveAttribute('data-handler', /.*/);
    await expect.poll(() => page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([
      'script-src-elem inline',
      'script-src-attr inline',
    ]);
    expect(console.filter((text) => text.includes('Content Security Policy')).length).toBe(2);
  });

  test("lets the site's own inline theme script run: it sets the theme before the page is drawn", async ({ page }) => {
    await openInjected(page, { keepPolicy: true });
    await expect(page.locator('html')).toHaveClass(/\bjs\b/);
    await expect(page.locator('html')).toHaveClass(/\b(light|dark)\b/);
  });

  test('without the policy the same injection runs, so the blocking above is the policy at work', async ({ page }) => {
    await openInjected(page, { keepPolicy: false });
    await expect(page.locator('html')).toHaveAttribute('data-injected', 'script');
    await expect(page.locator('html')).toHaveAttribute('data-handler', 'ran');
  });
});
