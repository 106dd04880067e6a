// The search index over the finished pages: `node scripts/search-index.mjs <site>` writes
// <site>/pagefind/. Pagefind splits a word into parts only at ASCII punctuation, so the French
// "l’interdépendance" (typographic apostrophe) was indexed as one word, "linterdépendance", and a
// search for "interdépendance" missed it; so did "États‑Unis" (U+2011, the no-break hyphen the site
// puts in names) for "Unis". Pagefind is given each page with those two as ' and -: the pages
// themselves are untouched, and the search page shows ’ again (components/enhance/search.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { htmlFiles } from './lib/html-files.mjs';

/**
 * Writes `files` (pages of `site`) into `copy` as Pagefind should read them (lib/search-copy.mjs),
 * a thread a core: the pages that mark their indexed part, or (`all`) every page. When no page
 * marks one, Pagefind indexes them all, so they are all copied after all.
 */
async function copyForIndex(site, copy, files, all = false) {
  const n = Math.max(1, Math.min(os.availableParallelism(), files.length));
  const thread = (share) =>
    new Promise((resolve, reject) => {
      let told;
      const worker = new Worker(new URL('./lib/search-copy.mjs', import.meta.url), { workerData: { site, copy, files: share, all } });
      worker.once('message', (message) => (told = message));
      worker.once('error', reject);
      worker.once('exit', (code) => (code || !told ? reject(new Error(`a search-copy thread stopped with code ${code}${told ? '' : ', without its report'}`)) : resolve(told)));
    });
  // Every thread ends before the copy is removed: one that failed must not leave another writing into it.
  const ended = await Promise.allSettled(Array.from({ length: n }, (_, w) => thread(files.filter((_, i) => i % n === w))));
  const failed = ended.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  const told = ended.map((result) => result.value);
  if (!all && !told.some((t) => t.marked)) await copyForIndex(site, copy, told.flatMap((t) => t.left), true);
}

/**
 * Indexes `site` into `site`/pagefind (the pages Pagefind would index: see copyForIndex); throws with Pagefind's own errors. The pages
 * as Pagefind should read them are written to a temporary folder of the same shape, which Pagefind
 * indexes as a directory, on every core: given one page at a time through its API (addHTMLFile),
 * it took 32.6 s over the bench's archive (2,046 pages), against about 14 s this way, the copy
 * written a thread a core (15.9 s on one).
 */
async function indexSite(site) {
  const fail = (errors) => {
    if (errors.length) throw new Error(errors.join('\n'));
  };
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  try {
    await copyForIndex(site, copy, htmlFiles(site, ['pagefind']));
    const { index, errors } = await pagefind.createIndex({});
    fail(errors);
    fail((await index.addDirectory({ path: copy })).errors);
    fail((await index.writeFiles({ outputPath: path.join(site, 'pagefind') })).errors);
  } finally {
    await pagefind.close();
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

try {
  await indexSite(process.argv[2]);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
