// The build's strip step with --inline-css: each page stripped and given its stylesheet in one pass,
// which must leave the site exactly as strip-runtime followed by inline-css leaves it, and stop
// with the same message as whichever of the two would have stopped first.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, vi } from 'vitest';
import { INLINE_SCRIPTS, SITE_SCRIPT, THEME_SCRIPT } from '../../../components/inline-scripts';
import { siteScripts } from '../../../scripts/lib/strip-ours.mjs';
import { stripRuntime } from '../../../scripts/lib/strip-runtime.mjs';
import { exportCopy, FIXTURE } from './export-copy';

// Each case starts the real post-build scripts in their own processes: seconds on a loaded 2-core machine.
vi.setConfig({ testTimeout: 30_000 });

const node = (...args: string[]) => {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  return { status: result.status, errors: result.stderr.split('\n').filter(Boolean) };
};
/** The build's one pass. */
const onePass = (dir: string) => node('scripts/strip-runtime.mjs', dir, '--inline-css');
/** The two steps one after the other, as the build ran them before. */
function twoSteps(dir: string) {
  const strip = node('scripts/strip-runtime.mjs', dir);
  return strip.status === 0 ? node('scripts/inline-css.mjs', dir) : strip;
}
const tree = (dir: string) =>
  Object.fromEntries(fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort().map((f) => [f, fs.statSync(path.join(dir, f)).isFile() ? fs.readFileSync(path.join(dir, f), 'utf8') : '']));
const addToPage = (dir: string, page: string, html: string) => {
  const file = path.join(dir, page);
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('</main>', `</main>\n${html}`));
};
const addCss = (dir: string, css: string) => fs.appendFileSync(path.join(dir, '_next/static/chunks/site.css'), css);

test('each page loses the runtime and gets the rules it can use in place of the link; the moved stylesheet goes, its font stays', () => {
  const edit = (dir: string) => {
    addCss(dir, '.about-only{color:red}.enhanced-by-script{color:blue}');
    addToPage(dir, 'about/index.html', '<p class="about-only">About</p>');
    // The site script's words count as classes it may add (the fixture's site.js says "enhanced").
    fs.appendFileSync(path.join(dir, 'assets/site.js'), "document.body.classList.add('enhanced-by-script');\n");
  };
  const dir = exportCopy(edit);
  expect(onePass(dir)).toEqual({ status: 0, errors: [] });
  const font = 'body{font-family:Serif}@font-face{font-family:Serif;src:url(/assets/serif.3f2a.woff2) format("woff2")}';
  const expected = fs
    .readFileSync(path.join(FIXTURE, 'expected-index.html'), 'utf8')
    .replace('THEME_SCRIPT', THEME_SCRIPT)
    .replace(/<link rel="stylesheet" href="\/assets\/site-[0-9a-f]+\.css"\/>/, `<style>${font}.enhanced-by-script{color:blue}</style>`);
  expect(fs.readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe(expected);
  expect(fs.readFileSync(path.join(dir, 'about/index.html'), 'utf8')).toContain(`<style>${font}.about-only{color:red}.enhanced-by-script{color:blue}</style>`);
  expect(fs.readdirSync(path.join(dir, 'assets')).sort()).toEqual(['serif.3f2a.woff2', 'site.js']);

  // Byte for byte what the two steps leave, file by file.
  const before = exportCopy(edit);
  expect(twoSteps(before)).toEqual({ status: 0, errors: [] });
  expect(tree(dir)).toEqual(tree(before));
});

test('a stylesheet that cannot go inside a page stops the build with inline-css message, once the site is stripped', () => {
  const edit = (dir: string) => addCss(dir, 'p::after{content:"</style>"}');
  const one = onePass(exportCopy(edit));
  expect(one.status).toBe(3);
  expect(one.errors).toEqual([expect.stringMatching(/^inline-css: \/assets\/site-[0-9a-f]+\.css contains "<\/style", which cannot go inside a <style> element$/)]);
  expect(one.errors).toEqual(twoSteps(exportCopy(edit)).errors);
});

test("a page the strip step refuses stops the build with the strip step's message, whatever the stylesheet", () => {
  const edit = (dir: string) => {
    addCss(dir, 'p::after{content:"</style>"}');
    addToPage(dir, 'about/index.html', '<script>alert(1)</script>');
  };
  const one = onePass(exportCopy(edit));
  expect(one.status).toBe(1);
  expect(one.errors.slice(1)).toEqual(['about/index.html:2:1: <script>alert(1)</script> is not something this site puts on a page']);
  // The first line names the folder, which differs between the two copies.
  expect(one.errors.slice(1)).toEqual(twoSteps(exportCopy(edit)).errors.slice(1));
});

test('pages stripped and inlined on two threads give the same site as on one', async () => {
  const ours = { inlineScripts: INLINE_SCRIPTS, siteScript: SITE_SCRIPT };
  const edit = (dir: string) => {
    addCss(dir, '.about-only{color:red}');
    addToPage(dir, 'about/index.html', '<p class="about-only">About</p>');
  };
  const [one, two] = [exportCopy(edit), exportCopy(edit)];
  expect((await stripRuntime(one, ours, { workers: 1, inlineCss: true })).inlined?.pages).toBe(2);
  expect((await stripRuntime(two, ours, { workers: 2, inlineCss: true })).inlined?.pages).toBe(2);
  expect(tree(two)).toEqual(tree(one));
  expect(tree(one)['about/index.html']).toContain('.about-only{color:red}</style>');
  expect(tree(one)['index.html']).not.toContain('about-only');
});

test("the site's inline scripts read without tsx are the module's own", async () => {
  expect(await siteScripts()).toEqual({ inlineScripts: INLINE_SCRIPTS, siteScript: SITE_SCRIPT });
});

test('a stylesheet that would copy a script into /assets/ stops the build: the pages were inlined without its words', () => {
  const one = onePass(
    exportCopy((dir) => {
      fs.writeFileSync(path.join(dir, '_next/static/media/extra.js'), "document.body.classList.add('late');\n");
      addCss(dir, '.x{background:url(../media/extra.js)}');
    }),
  );
  expect(one.status).toBe(3);
  expect(one.errors).toEqual(['inline-css: a stylesheet copies assets/extra.js into /assets/, whose words the pages were inlined without']);
});
