import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { FIXTURE_CONTENT, FIXTURE_LIST_LENGTH, FIXTURE_OUT } from '../fixture-site';
import { copySite, filesIn, snapshotFolder } from './site-copy';
import { withoutDesk } from './without-desk';

const HEADLINE = 'Ottawa’s mask orders & what they show';
/** The finished title carries markup characters, to prove they come out as text everywhere. */
const TITLE = 'Ottawa’s mask orders & what they show </script><b>';
const SLUG = 'ottawas-mask-orders-what-they-show';
const CHART = `${SLUG}-chart`;

const FINISHED_BODY = `
The fixture minister gave two totals on 16 June 2021.

## The totals

The minister said the government had "secured more than 30 million widgets".

<Chart id="${CHART}" />

## What we don't know

The report gives no delivery figures. See [the main explainer](/stories/the-widget-standoff/).
`;

const FINISHED_DATA = {
  id: CHART,
  title: 'Homeland had secured more than 30 million widgets by 16 June 2021',
  chart: 'column',
  units: 'widgets',
  sourceLine: 'Source: the fixture minister, as reported 16 June 2021',
  notes: ['A lower bound: the minister said "more than".'],
  sources: [{ id: 'report-b', name: 'Fixture report B', date: '2021-06-16', file: 'fixture-report-b.txt' }],
  values: [
    {
      label: 'Widgets',
      basis: 'secured',
      value: 30000000,
      qualifier: 'more than',
      sourceRef: 'report-b',
      speaker: 'News report, June 16, 2021',
      quote: 'the government has secured more than 30 million widgets',
    },
  ],
};

/** The same story, finished: real copy in place of every TK, published, with one correction. */
function finish(draft: string): string {
  const frontmatter = draft.slice(0, draft.indexOf('\n---', 4) + 4);
  return (
    frontmatter
      .replace(/^title: .*$/m, `title: ${JSON.stringify(TITLE)}`)
      .replace(/^dek: .*$/m, 'dek: "Two totals from the procurement minister, and what they leave out."')
      .replace(/^draft: true$/m, 'draft: false')
      .replace(/^published: .*$/m, 'published: 2026-11-21T09:00:00-05:00')
      .replace(/^ {2}- name: .*$/m, '  - name: "Fixture report B: a deal on Monday"')
      .replace(/^corrections: \[\]$/m, 'corrections:\n  - date: 2026-11-22\n    text: "An earlier version gave the wrong date for the minister’s totals."') + FINISHED_BODY
  );
}

/**
 * Edits made before the copy's full build, which the last test undoes as a correction: a sentence of
 * one story's text; the headline of a story (its page, its card and the lists that show it); a value
 * in a data file (the chart's pages, the stories that draw it or quote it as a <Figure>).
 */
const EDITS: [file: string, from: string, to: string][] = [
  ['stories/the-widget-standoff.mdx', 'This story is a fixture:', 'This story is an invented fixture:'],
  ['stories/a-note-on-orders.mdx', 'title: "A note on the orders:', 'title: "A first note on the orders:'],
  ['data/widget-orders.json', '"value": 30000000', '"value": 35000000'],
];
/** As npm run build:fixtures runs a build: vitest's NODE_ENV=test would build another stylesheet. */
const BUILD_ENV = { NODE_ENV: 'production', CORRECTIONS_EMAIL: 'corrections@example.org', LIST_LENGTH: FIXTURE_LIST_LENGTH };

/**
 * One copy of the site, without the desk's code, goes through an editor's whole path and ends with a
 * correction build. The correction is compared byte for byte with npm run build:fixtures' full build
 * of the fixture content (.test-build/site/, built earlier in npm test, with the desk in), which
 * proves two promises with the builds the path makes anyway:
 *
 * - "A correction is built from the pages whose inputs changed, and the result is byte-identical to
 *   a full build": only the pages the undone edits and the removed stories reach are generated again.
 * - "Every public page is byte-identical with and without the desk's code": the copy has the desk
 *   taken out (app/desk/, scripts/desk.mjs and the desk's lines of next.config.mjs), while the
 *   fixture build has it in. tests/site/no-desk.test.ts checks the other half: nothing named for
 *   the desk is in the export.
 *
 * A difference fails both at once; `FULL_BUILD=1` on the copy, or a copy with the desk, tells which.
 */
describe('an editor’s story, from new-story to the published site, then a correction', () => {
  const site = copySite('editor-path');

  beforeAll(() => withoutDesk(site));

  test('new-story writes a valid draft and a data stub, and never overwrites', () => {
    const first = site.run('tsx', ['scripts/new-story.ts', HEADLINE]);
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain(`content/stories/${SLUG}.mdx`);
    expect(first.output).toContain('Next:');
    expect(site.read(`content/stories/${SLUG}.mdx`)).toMatch(/^draft: true$/m);
    expect(site.read(`content/stories/${SLUG}.mdx`)).toContain(`<Chart id="${CHART}" />`);
    expect(JSON.parse(site.read(`content/data/${CHART}.json`)).id).toBe(CHART);

    const again = site.run('tsx', ['scripts/new-story.ts', HEADLINE]);
    expect(again.status).toBe(1);
    expect(again.output).toContain(`Not written: content/stories/${SLUG}.mdx and content/data/${CHART}.json already exist.`);

    const check = site.run('node', ['scripts/check.mjs']);
    expect(check.status, check.output).toBe(0);
    expect(check.output).toMatch(/warning {2}placeholder text: expected finished copy, found "TK"/);
  });

  test('a published story with placeholders left in fails the check', () => {
    const draft = site.read(`content/stories/${SLUG}.mdx`);
    site.write(`content/stories/${SLUG}.mdx`, draft.replace('draft: true', 'draft: false'));
    const check = site.run('node', ['scripts/check.mjs']);
    expect(check.status).toBe(1);
    expect(check.output).toContain(`content/data/${CHART}.json:3:13  error  title: expected finished copy, found "TK" (a published story shows this chart)`);
    site.write(`content/stories/${SLUG}.mdx`, draft);
  });

  test('finished, it builds onto the home page, the feeds, the sitemap and the corrections page; drafts and scheduled stories stay out', () => {
    site.write(`content/stories/${SLUG}.mdx`, finish(site.read(`content/stories/${SLUG}.mdx`)));
    site.write(`content/data/${CHART}.json`, JSON.stringify(FINISHED_DATA, null, 2));
    const later = finish(site.read(`content/stories/${SLUG}.mdx`)).replace(/^title: .*$/m, 'title: "A story for later"').replace(/^published: .*$/m, 'published: 2099-01-01T09:00:00-05:00');
    site.write('content/stories/a-story-for-later.mdx', later);
    site.write('content/stories/unfinished.mdx', later.replace('A story for later', 'Unfinished').replace('draft: false', 'draft: true').replace('2099-01-01', '2026-01-01'));

    const check = site.run('node', ['scripts/check.mjs']);
    expect(check.status, check.output).toBe(0);
    expect(check.output).toMatch(/ 0 errors, /);
    // Once the French edition exists, an English story without its translation is a warning, and only that.
    expect(check.output.split('\n').filter((line) => line.includes('  warning  ') && !line.includes('  warning  translation: expected a French edition'))).toEqual([]);

    // The edits the last test undoes, made after the check above: the new figure is one its quote does not say (a warning).
    for (const [file, from, to] of EDITS) {
      const text = site.read(`content/${file}`);
      expect(text, `${FIXTURE_CONTENT}/${file} no longer has ${from}: update EDITS`).toContain(from);
      site.write(`content/${file}`, text.replace(from, to));
    }
    const build = site.run('node', ['scripts/build.mjs'], { ...BUILD_ENV, BUILD_TIMINGS: site.file('timings.json') });
    expect(build.status, build.output).toBe(0);
    expect(JSON.parse(site.read('timings.json')).incremental).toBe(false);
    expect(site.exists(`out/stories/${SLUG}/index.html`)).toBe(true);
    const escaped = 'Ottawa’s mask orders &amp; what they show &lt;/script&gt;&lt;b&gt;';
    // The home page's card heading joins a few words with no-break spaces (headlineNoBreaks).
    expect(site.read('out/index.html').replaceAll('\u00a0', ' ')).toContain(escaped);
    expect(site.read('out/feed.xml')).toContain(`<title>${escaped}</title>`);
    const page = site.read(`out/stories/${SLUG}/index.html`);
    expect(page).toContain(`<title>${escaped} · The N95 Files</title>`);
    expect(page).toContain(`<meta property="og:title" content="${escaped}"/>`);
    expect(page).not.toContain('</script><b>');
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(page)![1];
    expect(JSON.parse(jsonLd).headline).toBe(TITLE);
    expect(site.read('out/atom.xml')).toContain(`<updated>2026-11-22T12:00:00.000Z</updated>`);
    expect(site.read('out/sitemap.xml')).toMatch(new RegExp(`<loc>[^<]+/stories/${SLUG}/</loc>\\s*<lastmod>2026-11-22T12:00:00Z</lastmod>`));
    expect(site.read('out/corrections/index.html')).toContain('An earlier version gave the wrong date for the minister’s totals.');
    expect(site.read(`out/stories/${SLUG}/index.html`)).toContain('"dateModified":"2026-11-22T12:00:00Z"');
    expect(site.exists(`out/embed/${CHART}/index.html`)).toBe(true);

    for (const hidden of ['a-story-for-later', 'unfinished']) {
      expect(site.exists(`out/stories/${hidden}/index.html`), hidden).toBe(false);
      for (const file of ['out/index.html', 'out/feed.xml', 'out/sitemap.xml']) expect(site.read(file), `${hidden} in ${file}`).not.toContain(`/stories/${hidden}/`);
    }
  });

  test('new-story --translate starts its French edition, which the check passes with only its placeholders to fill', () => {
    const french = 'content/stories/fr/les-commandes-d-ottawa.mdx';
    const started = site.run('tsx', ['scripts/new-story.ts', '--translate', SLUG, '--slug', 'les-commandes-d-ottawa']);
    expect(started.status, started.output).toBe(0);
    expect(site.read(french)).toMatch(new RegExp(`^translationOf: ${SLUG}$`, 'm'));
    expect(site.read(french)).toContain(`<Chart id="${CHART}" />`);
    expect(site.read(french)).toContain('« <Quote original="secured more than 30 million widgets">TK</Quote> »');
    expect(site.read(french)).toMatch(/^ {2}- date: 2026-11-22\n {4}text: "TK" # An earlier version/m);
    // Its chart had no French words: they are started too, every text TK with the English after it.
    const chartWords = `content/data/fr/${CHART}.json`;
    expect(JSON.parse(site.read(chartWords))).toMatchObject({ id: CHART, title: `TK: ${FINISHED_DATA.title}` });
    const check = site.run('node', ['scripts/check.mjs']);
    expect(check.status, check.output).toBe(0);
    for (const file of [french, chartWords]) {
      const warnings = check.output.split('\n').filter((line) => line.includes(`${file}:`) && line.includes('  warning  '));
      expect(warnings.length, file).toBeGreaterThan(0);
      expect(warnings.filter((line) => !line.includes(': expected finished copy, found "TK"'))).toEqual([]);
    }
    site.run('rm', ['-f', french, chartWords]);
  });

  test('a broken story stops the build, and the last good site is left exactly as it was', () => {
    const before = snapshotFolder(site.file('out'));
    expect(before.size).toBeGreaterThan(0);
    site.write('content/stories/broken.mdx', site.read(`content/stories/${SLUG}.mdx`).replace(/^title: .*\n/m, ''));
    const build = site.run('node', ['scripts/build.mjs'], BUILD_ENV);
    expect(build.status).toBe(1);
    expect(build.output).toContain('content/stories/broken.mdx\n  content/stories/broken.mdx:1:1  error  title: expected text, found nothing (the field is missing)');
    expect(build.output).toContain('nothing was built');
    expect(snapshotFolder(site.file('out'))).toEqual(before);
    expect(site.exists('out.previous')).toBe(false);
    site.run('rm', ['-f', 'content/stories/broken.mdx']);
  });

  test('a story that tries to run code is refused with every place named, and nothing is published', () => {
    const before = snapshotFolder(site.file('out'));
    const story = site.read(`content/stories/${SLUG}.mdx`);
    const body = [
      'export const home = process.env.SECRET_TOKEN',
      '',
      'Files: {require("fs").readdirSync("/").length}.',
      '',
      '<Chart id={process.env.HOME} />',
      '',
      '<script>alert(1)</script>',
      '',
      '<iframe src="https://example.org/" />',
      '',
      'A [link](javascript:alert(1)) and <abbr title="x" onclick="alert(1)">y</abbr>.',
      '',
    ].join('\n');
    const frontmatter = story.slice(0, story.indexOf('\n---', 4) + 5);
    const bodyStart = frontmatter.split('\n').length;
    site.write('content/stories/hostile.mdx', `${frontmatter}${body}`);
    const build = site.run('node', ['scripts/build.mjs'], { ...BUILD_ENV, SECRET_TOKEN: 'do-not-publish' });
    expect(build.status).toBe(1);
    const at = (line: number, column: number) => `content/stories/hostile.mdx:${bodyStart + line}:${column}  error  `;
    for (const message of [
      `${at(0, 1)}import/export: expected Markdown text, found export const home = process.env.SECRET_TOKEN`,
      `${at(2, 8)}curly braces: expected plain text, found {require("fs").readdirSync("/").length}`,
      `${at(4, 8)}<Chart id>: expected a value in quotes, like id="us-n95-production", found an expression id={process.env.HOME}`,
      `${at(6, 1)}<script>: expected Markdown, or one of the HTML elements`,
      `${at(8, 1)}<iframe>: expected Markdown, or one of the HTML elements`,
      `${at(10, 3)}link: expected an address starting with https://, http://, mailto:, / or #, found javascript:alert(1)`,
      `${at(10, 51)}<abbr onclick>: expected no event handler, found onclick="alert(1)"`,
    ]) {
      expect(build.output).toContain(message);
    }
    expect(build.output).toContain('nothing was built');
    // Nothing the story wrote ran: the secret in the build's environment appears nowhere.
    expect(build.output).not.toContain('do-not-publish');
    expect(snapshotFolder(site.file('out'))).toEqual(before);
    site.run('rm', ['-f', 'content/stories/hostile.mdx']);
  });

  test('a correction afterwards generates only the pages whose inputs changed, and writes the same out/ as a full build with the desk in', () => {
    const full = path.resolve(process.env.OUT_DIR ?? FIXTURE_OUT);
    if (!fs.existsSync(path.join(full, 'index.html'))) throw new Error(`This test compares with the fixture site's build in ${full}/: run npm run build:fixtures first.`);
    // Back to the fixture content: the edits undone, the new story, its chart and the two hidden stories removed.
    for (const [file] of EDITS) fs.copyFileSync(path.join(FIXTURE_CONTENT, file), site.file(`content/${file}`));
    for (const file of [`stories/${SLUG}.mdx`, `data/${CHART}.json`, 'stories/a-story-for-later.mdx', 'stories/unfinished.mdx']) fs.rmSync(site.file(`content/${file}`));
    expect(snapshotFolder(site.file('content'))).toEqual(snapshotFolder(FIXTURE_CONTENT));

    const build = site.run('node', ['scripts/build.mjs'], { ...BUILD_ENV, BUILD_TIMINGS: site.file('timings.json') });
    expect(build.status, build.output).toBe(0);
    const timings = JSON.parse(site.read('timings.json'));
    expect(timings.incremental, build.output).toBe(true);
    expect(timings.steps.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['check', 'next', 'feeds', 'strip', 'pagefind']));
    // The feeds carry every story's body: those of the five stories the edits reach (three English,
    // two French, as below) are rendered again, the two others' read back from the last build's.
    expect(build.output).toContain('Feed bodies: 5 rendered, 2 read back from the cache');

    const ours = filesIn(site.file('out'));
    const theirs = filesIn(full);
    expect(ours.length).toBeGreaterThan(50);
    const notIn = (a: string[], b: string[]) => a.filter((f) => !b.includes(f));
    const differing = ours.filter((f) => theirs.includes(f) && !fs.readFileSync(path.join(site.file('out'), f)).equals(fs.readFileSync(path.join(full, f))));
    expect({ onlyInCorrectionWithoutDesk: notIn(ours, theirs), onlyInFullWithDesk: notIn(theirs, ours), differing }).toEqual({ onlyInCorrectionWithoutDesk: [], onlyInFullWithDesk: [], differing: [] });

    // What Next was asked to generate, besides the site's fixed pages (the topics' index, sitemap...).
    const only: Record<string, string[]> = JSON.parse(site.read('node_modules/.cache/n95-build/only.json'));
    const { 'tag:en': tagsEn = [], 'tag:fr': tagsFr = [], 'home:en': homeEn = [], 'home:fr': homeFr = [], ...pages } = only;
    for (const list of Object.values(pages)) list.sort();
    // The removed stories' pages are gone without generating anything (the comparison above).
    expect(pages).toEqual({
      'story:en': ['a-note-on-orders', 'the-widget-standoff', 'widgets-by-the-numbers'],
      'story:fr': ['les-gadgets-en-chiffres', 'une-note-sur-les-commandes'],
      'story-card:en': ['a-note-on-orders.png'],
      'embed:en': ['widget-orders'],
      'embed:fr': ['widget-orders'],
      'csv:en': ['widget-orders.csv'],
      'csv:fr': ['widget-orders.csv'],
      'chart-card:en': ['widget-orders.png'],
      'chart-card:fr': ['widget-orders.png'],
    });
    // A topic's page lists its stories with their charts: only pages of topics of the stories above
    // (the fixture site's lists show two stories a page, so trade has a second page).
    expect(['canada', 'data', 'trade', 'trade/page/2']).toEqual(expect.arrayContaining(tagsEn));
    expect(['canada', 'commerce', 'donnees']).toEqual(expect.arrayContaining(tagsFr));
    // So does the home page and the page after it ("" is the home page's key).
    expect(['', 'page/2']).toEqual(expect.arrayContaining(homeEn));
    expect(['', 'page/2']).toEqual(expect.arrayContaining(homeFr));
    // 50 pages with a variable part, of which 13 to 19 above; the rest are the fixed pages and one
    // page of each route without a change (a static export cannot have a route with no page).
    expect(timings.pages).toBeLessThan(45);
  });
});
