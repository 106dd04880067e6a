import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';

// scripts/search-index.mjs gives Pagefind only the pages that mark their indexed part
// (data-pagefind-body), since Pagefind then indexes no other; on a site where no page marks one,
// Pagefind indexes every page, and so must the script. Both judged against Pagefind's own index of
// the same folder (its CLI), on pages without the characters the script changes for Pagefind.

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

const page = (title: string, body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

function site(pages: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  made.push(dir);
  for (const [file, html] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

/** Each language's page count and the words of every page's fragment, from an index folder. */
function indexed(folder: string) {
  const entry = JSON.parse(fs.readFileSync(path.join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const fragments = fs.readdirSync(path.join(folder, 'fragment')).length;
  return { counts: Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count])), fragments };
}

function ours(dir: string) {
  const run = spawnSync(process.execPath, ['scripts/search-index.mjs', dir], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return indexed(path.join(dir, 'pagefind'));
}

function pagefinds(dir: string) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-cli-'));
  made.push(out);
  const run = spawnSync(path.resolve('node_modules/.bin/pagefind'), ['--site', dir, '--output-path', out, '--quiet'], { encoding: 'utf8' });
  expect(run.status, run.stderr + run.stdout).toBe(0);
  return indexed(out);
}

const story = (words: string) => page(words, `<header>Site</header><main data-pagefind-body><h1>${words}</h1><p>Masks crossed the border.</p></main>`);
const list = page('Home', '<main><h1>Home</h1><p>Every story, newest first.</p></main>');

test('a site whose stories mark their body: only they are indexed, as Pagefind indexes the site itself', () => {
  const dir = site({ 'index.html': list, 'page/2/index.html': list, 'stories/a/index.html': story('Exports to Canada'), 'stories/b/index.html': story('The deal') });
  const expected = pagefinds(dir);
  expect(expected).toEqual({ counts: { en: 2 }, fragments: 2 });
  expect(ours(dir)).toEqual(expected);
});

test('a site where no page marks a body (no story yet): every page is indexed, as Pagefind does', () => {
  const dir = site({ 'index.html': list, 'about/index.html': page('About', '<main><h1>About</h1><p>Who we are.</p></main>') });
  const expected = pagefinds(dir);
  expect(expected).toEqual({ counts: { en: 2 }, fragments: 2 });
  expect(ours(dir)).toEqual(expected);
});
