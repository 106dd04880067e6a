import fs from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../axe';
import { deskSession, source, textOf } from './harness';

/**
 * The frontmatter panel beside a story's text, in Chromium: a change in a field changes that
 * value's bytes in the text and no others (comments, an unknown field, CRLF line ends and the
 * offset date-time of another field stay); the `published` picker writes the newsroom's offset,
 * -04:00 in summer and -05:00 in winter (America/Toronto, the default zone); typing in the text
 * shows in the panel; Save writes the file the test expects, computed here from the lines below.
 */

const { ORIGIN, site, tab } = deskSession();
const STORY = 'stories/frontmatter-panel.mdx';
const FILE = `content/${STORY}`;

const lines = [
  '---',
  '# Written by tests/desk/frontmatter.test.ts.',
  'title: The panel edits in place   # a comment the panel keeps',
  'dek: "A story for the frontmatter panel."',
  'byline:',
  '  - Test Writer',
  'published: 2026-11-20T09:00:00-05:00',
  'x-desk-note: an unknown field, kept as it is',
  'tags: [trade]',
  'draft: true',
  'sources:',
  '  - name: "Fixture report A: Homeland keeps its widgets"',
  '    date: 2021-06-15',
  '---',
  '',
  'A body that the panel never touches: published: 2026-11-20T09:00:00-05:00.',
  '',
];
const ORIGINAL = lines.join('\r\n');
/** The original with some of its lines replaced, written out here, not by the desk's code. */
const withLines = (changes: Record<number, string>) => lines.map((l, i) => changes[i] ?? l).join('\r\n');

// The saved story has a tag the fixture site does not list: left behind, it would be an error in
// another file for every later test that publishes (new-story.test.ts, when it runs after this one).
afterAll(() => fs.rmSync(site.file(FILE), { force: true }));

describe('the frontmatter panel', () => {
  test('edits each value in place, writes the newsroom’s offset, follows the text, and saves exactly that', async () => {
    site.write(FILE, ORIGINAL);
    const page = await tab();
    await page.goto(`${ORIGIN}/desk/edit/?file=${STORY}`);
    await expect.poll(() => textOf(page), { timeout: 30_000 }).toBe(ORIGINAL);
    const panel = page.getByRole('region', { name: 'Story details' });
    const headline = panel.getByRole('textbox', { name: 'Headline' });
    expect(await headline.inputValue()).toBe('The panel edits in place');

    // The headline: only its value changes, its comment and every \r\n stay.
    await headline.fill('The panel edits one value');
    await expect.poll(() => textOf(page)).toBe(withLines({ 2: 'title: The panel edits one value   # a comment the panel keeps' }));
    // Typed key by key: the space that would need quotes on its own does not leave the value quoted.
    await headline.press('End');
    await headline.pressSequentially(' now');
    await expect.poll(() => textOf(page)).toBe(withLines({ 2: 'title: The panel edits one value now   # a comment the panel keeps' }));
    // The panel's edits are the editor's own: undo takes them back.
    await source(page).focus();
    for (let i = 0; i < 5 && (await textOf(page)) !== ORIGINAL; i++) await page.keyboard.press('Control+z');
    expect(await textOf(page)).toBe(ORIGINAL);
    expect(await headline.inputValue()).toBe('The panel edits in place');
    await headline.fill('The panel edits one value');
    // Enter adds no line to a one-line value.
    await headline.press('Enter');
    expect(await textOf(page)).toBe(withLines({ 2: 'title: The panel edits one value   # a comment the panel keeps' }));
    // On a phone a long headline is read whole, not cut at the box's edge.
    await page.setViewportSize({ width: 390, height: 844 });
    await headline.fill('A long headline, of the length the check allows, that a phone must show whole to the editor who typed it');
    expect(await headline.evaluate((el) => [el.scrollHeight <= el.clientHeight + 1, el.scrollWidth <= el.clientWidth + 1])).toEqual([true, true]);
    await page.setViewportSize({ width: 1280, height: 720 });
    await headline.fill('The panel edits one value');

    // Published, on the newsroom's clock: a summer day is -04:00, a winter one -05:00.
    const published = panel.getByRole('group', { name: /^Published/ });
    expect(await published.locator('legend').innerText()).toBe('Published (Eastern Time)');
    expect(await published.getByLabel('Published Date').inputValue()).toBe('2026-11-20');
    expect(await published.getByLabel('Published Time').inputValue()).toBe('09:00');
    await published.getByLabel('Published Date').fill('2026-07-01');
    await expect.poll(() => textOf(page)).toContain('\r\npublished: 2026-07-01T09:00:00-04:00\r\n');
    await published.getByLabel('Published Date').fill('2027-01-15');
    await published.getByLabel('Published Time').fill('17:30');
    await expect.poll(() => textOf(page)).toContain('\r\npublished: 2027-01-15T17:30:00-05:00\r\n');
    // The hour the clocks skip in March is refused with the reason; the text keeps its value.
    await published.getByLabel('Published Date').fill('2027-03-14');
    await published.getByLabel('Published Time').fill('02:30');
    await expect.poll(() => panel.locator('#frontmatter-message').textContent()).toContain('02:30 does not exist on 2027-03-14 in America/Toronto');
    expect(await textOf(page)).toContain('\r\npublished: 2027-03-14T17:30:00-04:00\r\n');
    await published.getByLabel('Published Time').fill('03:30');
    await expect.poll(() => textOf(page)).toContain('\r\npublished: 2027-03-14T03:30:00-04:00\r\n');

    // Typing in the text shows in the panel.
    await page.locator('.cm-line', { hasText: 'dek: "A story for the frontmatter panel."' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(' Typed in the text.');
    await expect.poll(() => panel.getByRole('textbox', { name: 'Dek' }).inputValue()).toBe('A story for the frontmatter panel. Typed in the text.');
    // YAML broken mid-typing: the form stays in place, disabled, and says why; fixed, it comes back.
    await page.keyboard.press('End');
    await page.keyboard.type(' "');
    await expect.poll(() => headline.isDisabled()).toBe(true);
    expect(await panel.innerText()).toContain('The fields cannot be edited here while the frontmatter cannot be read: the YAML has an error');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await expect.poll(() => headline.isDisabled()).toBe(false);

    // Draft off, a tag added: the flow list stays a flow list.
    await panel.getByRole('checkbox', { name: 'Draft' }).uncheck();
    await panel.getByRole('textbox', { name: 'Tags' }).fill('trade, masks');

    const expected = withLines({
      2: 'title: The panel edits one value   # a comment the panel keeps',
      3: 'dek: "A story for the frontmatter panel. Typed in the text."',
      6: 'published: 2027-03-14T03:30:00-04:00',
      8: 'tags: [trade, masks]',
      9: 'draft: false',
    });
    await expect.poll(() => textOf(page)).toBe(expected);

    // Labelled and legible, light and dark.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page, {}, { include: ['section[aria-labelledby="frontmatter-heading"]'] }), colorScheme).toEqual([]);
    }

    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 15_000 }).toBe(`Saved ${STORY}.`);
    expect(site.read(FILE)).toBe(expected);
  });
});
