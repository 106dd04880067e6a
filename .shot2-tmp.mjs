import { chromium } from 'playwright';
const [,, url, out, width = '1280', scheme = 'light', height = '900'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, colorScheme: scheme });
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(1500);
// An MDX error at the end of the text: the preview has nothing to show.
await page.locator('.cm-content').focus();
await page.keyboard.press('Control+End');
await page.keyboard.type('\n<Chart id="x"\n');
await page.waitForTimeout(2500);
await page.screenshot({ path: out });
await browser.close();
