import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, vi } from 'vitest';
import { THEME_SCRIPT } from '../../../components/inline-scripts';
import { exportCopy, FIXTURE } from './export-copy';

// Each case starts the real post-build script in its own process: seconds on a loaded 2-core machine.
vi.setConfig({ testTimeout: 30_000 });

/** The post-build step run over a copy of the small export (exportCopy). */
function strip(edit: (dir: string) => void = () => {}) {
  const dir = exportCopy(edit);
  const result = spawnSync(process.execPath, ['scripts/strip-runtime.mjs', dir], { encoding: 'utf8' });
  const errors = result.stderr.split('\n').filter((line) => line && !line.startsWith('npm warn'));
  return { dir, status: result.status, errors };
}

const addToPage = (dir: string, page: string, html: string) => {
  const file = path.join(dir, page);
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('</main>', `</main>\n${html}`));
};

test("a page as Next writes it loses exactly Next's runtime, byte for byte, and the stylesheet and its font move to /assets/", () => {
  const { dir, status, errors } = strip();
  expect(errors).toEqual([]);
  expect(status).toBe(0);
  const expected = fs.readFileSync(path.join(FIXTURE, 'expected-index.html'), 'utf8').replace('THEME_SCRIPT', THEME_SCRIPT);
  expect(fs.readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe(expected);
  expect(fs.readFileSync(path.join(dir, 'assets/site-c4085b366b.css'), 'utf8')).toBe(
    'body{font-family:Serif}@font-face{font-family:Serif;src:url(/assets/serif.3f2a.woff2) format("woff2")}\n',
  );
  expect(fs.readFileSync(path.join(dir, 'assets/serif.3f2a.woff2'), 'utf8')).toBe('wOF2-fixture');
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  expect(files).toEqual(['about', 'about/index.html', 'assets', 'assets/serif.3f2a.woff2', 'assets/site-c4085b366b.css', 'assets/site.js', 'feed.json', 'feed.xml', 'icon.svg', 'index.html', 'robots.txt']);
});

test('a script the site did not write stops the build, naming page, place and script', () => {
  const { status, errors } = strip((dir) => addToPage(dir, 'about/index.html', '<script>alert(document.cookie)</script>'));
  expect(status).toBe(1);
  expect(errors.slice(1)).toEqual(['about/index.html:2:1: <script>alert(document.cookie)</script> is not something this site puts on a page']);
});

test('a script file, a stylesheet or a meta element the site does not know stops the build', () => {
  const { status, errors } = strip((dir) =>
    addToPage(dir, 'index.html', '<script src="https://cdn.example/x.js"></script><style>p{color:red}</style><meta http-equiv="refresh" content="0">'),
  );
  expect(status).toBe(1);
  expect(errors.slice(1)).toEqual([
    'index.html:2:1: <script src="https://cdn.example/x.js"> is not something this site puts on a page',
    'index.html:2:49: <style> is not something this site puts on a page',
    'index.html:2:76: <meta http-equiv="refresh" content="0"> is not something this site puts on a page',
  ]);
});

test('an event handler attribute stops the build, naming page, element and attribute', () => {
  const { status, errors } = strip((dir) => addToPage(dir, 'index.html', '<button type="button" onclick="go()">Go</button>'));
  expect(status).toBe(1);
  expect(errors.slice(1)).toEqual([
    `index.html:2:1: <button type="button" onclick="go()"> has an event handler attribute (onclick); the site's scripts attach their handlers from components/enhance/`,
  ]);
});

test('a stylesheet pointing to a file Next did not write stops the build', () => {
  const { status, errors } = strip((dir) => fs.appendFileSync(path.join(dir, '_next/static/chunks/site.css'), 'h1{background:url(/_next/static/media/gone.png)}'));
  expect(status).toBe(1);
  expect(errors.slice(1)).toEqual(['_next/static/chunks/site.css: url(/_next/static/media/gone.png) points to /_next/static/media/gone.png, which is not in the build']);
});

test('a feed, page or data file still referring to what was removed stops the build, naming the file', () => {
  const { status, errors } = strip((dir) => {
    fs.writeFileSync(path.join(dir, 'feed.xml'), '<rss><channel><image><url>http://localhost:3000/_next/static/media/logo.png</url></image></channel></rss>');
    fs.writeFileSync(path.join(dir, 'feed.json'), '{"items":[{"url":"/about/index.txt"}]}');
  });
  expect(status).toBe(1);
  expect(errors.slice(1)).toEqual(['feed.json: still refers to index.txt, which this step removed', 'feed.xml: still refers to /_next/, which this step removed']);
});

test("a file still naming a payload segment (__next.<segment>.txt) stops the build, as one naming /_next/ does", () => {
  const { status, errors } = strip((dir) => fs.writeFileSync(path.join(dir, 'feed.json'), '{"items":[{"url":"/__next._tree.txt"}]}'));
  expect(status).toBe(1);
  expect(errors.slice(1)).toEqual(['feed.json: still refers to __next._tree.txt, which this step removed']);
});

test('pages stripped on several threads give the same site and the same messages, in the order of the files, as on one', async () => {
  const { stripRuntime } = await import('../../../scripts/lib/strip-runtime.mjs');
  const { INLINE_SCRIPTS, SITE_SCRIPT } = await import('../../../components/inline-scripts');
  const ours = { inlineScripts: INLINE_SCRIPTS, siteScript: SITE_SCRIPT };
  const tree = (dir: string) => Object.fromEntries(fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort().map((f) => [f, fs.statSync(path.join(dir, f)).isFile() ? fs.readFileSync(path.join(dir, f), 'utf8') : '']));
  const [one, two] = [exportCopy(), exportCopy()];
  await stripRuntime(one, ours, { workers: 1 });
  await stripRuntime(two, ours, { workers: 2 });
  expect(tree(two)).toEqual(tree(one));
  expect(Object.keys(tree(one))).toContain('assets/serif.3f2a.woff2');

  // A problem on each page, found by different threads, told in the order the files are listed.
  const bad = (dir: string) => {
    addToPage(dir, 'index.html', '<script>one()</script>');
    addToPage(dir, 'about/index.html', '<script>two()</script>');
  };
  const message = (dir: string, workers: number) => stripRuntime(dir, ours, { workers }).then(() => '', (e: Error) => e.message);
  const single = await message(exportCopy(bad), 1);
  expect(single.split('\n').sort()).toEqual(['about/index.html:2:1: <script>two()</script> is not something this site puts on a page', 'index.html:2:1: <script>one()</script> is not something this site puts on a page']);
  expect(await message(exportCopy(bad), 2)).toBe(single);
});
