import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURE_CONTENT, FIXTURE_OUT } from '../fixture-site';
import { copySite, filesIn } from './site-copy';

/**
 * Two promises, each a byte-for-byte comparison with npm run build:fixtures' full build of the
 * fixture content (.test-build/site/, built earlier in npm test), checked on one copy of the site
 * so that npm test pays for two builds of it instead of three:
 *
 * - "A correction is built from the pages whose inputs changed, and the result is byte-identical
 *   to a full build." The copy is built in full from the fixture content with three edits; the
 *   edits are then undone (a one-story correction of the text, a headline that every list shows, a
 *   figure in a data file that two stories and a chart use) and the copy is built again, as a
 *   correction build. Only the pages those inputs reach may have been generated again.
 * - "Every public page is byte-identical with and without the desk's code." The copy has the desk
 *   taken out (app/desk/, scripts/desk.mjs and the desk's lines of next.config.mjs), while the
 *   fixture build has it in. tests/site/no-desk.test.ts checks the other half: nothing named for
 *   the desk is in the export.
 *
 * A difference fails both at once; `FULL_BUILD=1` on the copy, or a copy with the desk, tells which.
 */

/** The desk's lines of next.config.mjs, each replaced by what the config is without the desk. */
const DESK_CONFIG: [RegExp, string][] = [
  [/^const desk = .*\n/m, ''],
  [/^ {2}\.\.\.\(desk \? \{ devIndicators.*\n/m, ''],
];

/** Takes the desk's code out of a copy of the site, and fails if any of it is left. */
function withoutDesk(site: ReturnType<typeof copySite>) {
  fs.rmSync(site.file('app/desk'), { recursive: true });
  fs.rmSync(site.file('scripts/desk.mjs'));
  let config = site.read('next.config.mjs');
  for (const [line, replacement] of DESK_CONFIG) {
    // A changed config must be looked at again, not silently built with the desk still in it.
    expect(config, `next.config.mjs no longer has ${line}: update DESK_CONFIG`).toMatch(line);
    config = config.replace(line, replacement);
  }
  const code = config.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
  expect(code, 'next.config.mjs still refers to the desk').not.toMatch(/desk|DESK/);
  site.write('next.config.mjs', config);
  expect(fs.readdirSync(site.file('app'), { recursive: true }).filter((f) => String(f).includes('desk'))).toEqual([]);
}

const EDITS: [file: string, from: string, to: string][] = [
  // The correction: a sentence of one story's text.
  ['stories/the-widget-standoff.mdx', 'This story is a fixture:', 'This story is an invented fixture:'],
  // The headline of a story: its page, its card and the lists that show it.
  ['stories/a-note-on-orders.mdx', 'title: "A note on the orders:', 'title: "A first note on the orders:'],
  // A value in a data file: the chart's pages, the stories that draw it or quote it as a <Figure>.
  ['data/widget-orders.json', '"value": 30000000', '"value": 35000000'],
];

describe('a correction build, without the desk’s code', () => {
  test('generates only the pages whose inputs changed, and writes the same out/ as a full build with the desk in', () => {
    const full = path.resolve(process.env.OUT_DIR ?? FIXTURE_OUT);
    if (!fs.existsSync(path.join(full, 'index.html'))) throw new Error(`This test compares with the fixture site's build in ${full}/: run npm run build:fixtures first.`);

    const site = copySite('incremental');
    withoutDesk(site);
    for (const [file, from, to] of EDITS) {
      const text = site.read(`content/${file}`);
      expect(text, `${FIXTURE_CONTENT}/${file} no longer has ${from}: update EDITS`).toContain(from);
      site.write(`content/${file}`, text.replace(from, to));
    }
    // As npm run build:fixtures runs it: vitest's NODE_ENV=test would build another stylesheet.
    const env = { NODE_ENV: 'production', BUILD_TIMINGS: site.file('timings.json') };
    const first = site.run('node', ['scripts/build.mjs'], env);
    expect(first.status, first.output).toBe(0);
    expect(JSON.parse(site.read('timings.json')).incremental).toBe(false);

    for (const [file] of EDITS) fs.copyFileSync(path.join(FIXTURE_CONTENT, file), site.file(`content/${file}`));
    const second = site.run('node', ['scripts/build.mjs'], env);
    expect(second.status, second.output).toBe(0);
    const timings = JSON.parse(site.read('timings.json'));
    expect(timings.incremental, second.output).toBe(true);
    expect(timings.steps.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['check', 'next', 'feeds', 'strip', 'pagefind']));
    // The feeds carry every story's body: those of the five stories the edits reach (three English,
    // two French, as below) are rendered again, the two others' read back from the last build's.
    expect(second.output).toContain('Feed bodies: 5 rendered, 2 read back from the cache');

    const ours = filesIn(site.file('out'));
    const theirs = filesIn(full);
    expect(ours.length).toBeGreaterThan(50);
    const notIn = (a: string[], b: string[]) => a.filter((f) => !b.includes(f));
    const differing = ours.filter((f) => theirs.includes(f) && !fs.readFileSync(path.join(site.file('out'), f)).equals(fs.readFileSync(path.join(full, f))));
    expect({ onlyInCorrectionWithoutDesk: notIn(ours, theirs), onlyInFullWithDesk: notIn(theirs, ours), differing }).toEqual({ onlyInCorrectionWithoutDesk: [], onlyInFullWithDesk: [], differing: [] });

    // What Next was asked to generate, besides the site's fixed pages (home, lists, sitemap...).
    const only: Record<string, string[]> = JSON.parse(site.read('node_modules/.cache/n95-build/only.json'));
    const { 'tag:en': tagsEn = [], 'tag:fr': tagsFr = [], ...pages } = only;
    for (const list of Object.values(pages)) list.sort();
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
    // A topic page lists its stories with their charts: only topics of the stories above.
    expect(['canada', 'data', 'trade']).toEqual(expect.arrayContaining(tagsEn));
    expect(['canada', 'commerce', 'donnees']).toEqual(expect.arrayContaining(tagsFr));
    // 50 pages with a variable part, of which 13 to 19 above; the rest are the fixed pages and one
    // page of each route without a change (a static export cannot have a route with no page).
    expect(timings.pages).toBeLessThan(45);

    fs.rmSync(site.dir, { recursive: true, force: true });
  });
});
