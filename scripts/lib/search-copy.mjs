// One thread of scripts/search-index.mjs: writes its share of the site's pages into the copy that
// Pagefind indexes, each as Pagefind should read it (see forIndex).
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * A page as Pagefind should read it: apostrophes and no-break hyphens it can split at, and no
 * no-break space before a mark it skips (a translated quotation's "[traduction]",
 * components/Quote.tsx), which left « … » . in the excerpts, the full stop apart from its sentence.
 * The page's UTF-8 bytes are read as latin1, one character a byte (’ is E2 80 99, ‑ is E2 80 91,
 * a no-break space C2 A0), and written back the same way: about three times faster over an
 * archive's 420 MB than decoding, and the same bytes as the UTF-8 strings would give.
 */
const MARKS = /\u00e2\u0080[\u0099\u0091]|\u00c2\u00a0(?=<sup\b[^>]*\bdata-pagefind-ignore\b)/g;
const forIndex = (bytes) => bytes.replace(MARKS, (mark) => (mark === '\u00e2\u0080\u0099' ? "'" : mark === '\u00e2\u0080\u0091' ? '-' : ''));

/**
 * Once one page marks its indexed part (data-pagefind-body: every story page does), Pagefind
 * indexes no page without one; so those pages (home and list pages, embeds, about...) are not
 * copied, and this thread tells which it left out, for a site with no such page at all (a site
 * with no story yet), where Pagefind indexes every page and scripts/search-index.mjs copies them.
 */
const BODY = /<[a-z][^>]*\sdata-pagefind-body[\s=>/]/i;

const { site, copy, files, all } = workerData;
const left = [];
let marked = false;
for (const file of files) {
  const page = fs.readFileSync(file, 'latin1');
  if (!all && !BODY.test(page)) {
    left.push(file);
    continue;
  }
  marked = true;
  const to = path.join(copy, path.relative(site, file));
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.writeFileSync(to, forIndex(page), 'latin1');
}
parentPort.postMessage({ left, marked });
