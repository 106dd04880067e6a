// The search index over the finished pages: `node scripts/search-index.mjs <site>` writes
// <site>/pagefind/. Pagefind splits a word into parts only at ASCII punctuation, so the French
// "l’interdépendance" (typographic apostrophe) was indexed as one word, "linterdépendance", and a
// search for "interdépendance" missed it; so did "États‑Unis" (U+2011, the no-break hyphen the site
// puts in names) for "Unis". Pagefind is given each page with those two as ' and -: the pages
// themselves are untouched, and the search page shows ’ again (components/enhance/search.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { htmlFiles } from './lib/html-files.mjs';

/**
 * A page as Pagefind should read it: apostrophes and no-break hyphens it can split at, and no
 * no-break space before a mark it skips (a translated quotation's "[traduction]",
 * components/Quote.tsx), which left « … » . in the excerpts, the full stop apart from its sentence.
 * The page's UTF-8 bytes are read as latin1, one character a byte (’ is E2 80 99, ‑ is E2 80 91,
 * a no-break space C2 A0), and written back the same way: about three times faster over an archive's
 * 420 MB than decoding, and the same bytes as the UTF-8 strings would give.
 */
const MARKS = /\u00e2\u0080[\u0099\u0091]|\u00c2\u00a0(?=<sup\b[^>]*\bdata-pagefind-ignore\b)/g;
const forIndex = (bytes) => bytes.replace(MARKS, (mark) => (mark === '\u00e2\u0080\u0099' ? "'" : mark === '\u00e2\u0080\u0091' ? '-' : ''));

/**
 * Indexes every page of `site` into `site`/pagefind; throws with Pagefind's own errors. The pages
 * as Pagefind should read them are written to a temporary folder of the same shape, which Pagefind
 * indexes as a directory, on every core: given one page at a time through its API (addHTMLFile),
 * it took 32.6 s over the bench's archive (2,046 pages), against 14 s this way.
 */
async function indexSite(site) {
  const fail = (errors) => {
    if (errors.length) throw new Error(errors.join('\n'));
  };
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  try {
    for (const file of htmlFiles(site, ['pagefind'])) {
      const to = path.join(copy, path.relative(site, file));
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.writeFileSync(to, forIndex(fs.readFileSync(file, 'latin1')), 'latin1');
    }
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
