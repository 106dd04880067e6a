// The search index over the finished pages: `node scripts/search-index.mjs <site>` writes
// <site>/pagefind/. Pagefind splits a word into parts only at ASCII punctuation, so the French
// "l’interdépendance" (typographic apostrophe) was indexed as one word, "linterdépendance", and a
// search for "interdépendance" missed it; so did "États‑Unis" (U+2011, the no-break hyphen the site
// puts in names) for "Unis". Pagefind is given each page with those two as ' and -: the pages
// themselves are untouched, and the search page shows ’ again (components/enhance/search.ts).
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { htmlFiles } from './lib/html-files.mjs';

/**
 * A page's HTML as Pagefind should read it: apostrophes and no-break hyphens it can split at, and
 * no space before a mark it skips (a translated quotation's "[traduction]", components/Quote.tsx),
 * which left « … » . in the excerpts, the full stop apart from its sentence.
 */
const forIndex = (html) =>
  html
    .replaceAll('\u2019', "'")
    .replaceAll('\u2011', '-')
    .replace(/\u00a0(<sup\b[^>]*\bdata-pagefind-ignore\b)/g, '$1');

/** Indexes every page of `site` into `site`/pagefind; throws with Pagefind's own errors. */
async function indexSite(site) {
  const fail = (errors) => {
    if (errors.length) throw new Error(errors.join('\n'));
  };
  try {
    const { index, errors } = await pagefind.createIndex({});
    fail(errors);
    // A few pages in flight at a time: an archive's 2,000 pages read at once would hold them all in memory.
    const files = htmlFiles(site, ['pagefind']);
    let next = 0;
    const add = async () => {
      for (let file; (file = files[next++]); ) {
        const added = await index.addHTMLFile({ sourcePath: path.relative(site, file), content: forIndex(fs.readFileSync(file, 'utf8')) });
        fail(added.errors);
      }
    };
    await Promise.all(Array.from({ length: 8 }, add));
    fail((await index.writeFiles({ outputPath: path.join(site, 'pagefind') })).errors);
  } finally {
    await pagefind.close();
  }
}

try {
  await indexSite(process.argv[2]);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
