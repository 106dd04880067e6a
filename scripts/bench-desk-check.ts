// For npm run bench (scripts/bench-desk.mjs): what one desk check of a story costs inside the
// server, without HTTP or React. CONTENT_DIR is the copy's content; argv[2] the story's path in it.
// Prints JSON: medians of 5 runs, in ms, of reading the content root and of checkEdit (the whole
// model built again with the story's text in place of the disk's), every file compiled (checkMs), and
// with a memo of the files read before, as app/desk/_server/check.ts does (memoMs: only the edited
// text, new at each run, is compiled).
import fs from 'node:fs';
import path from 'node:path';
import { readContent } from '../lib/content/disk';
import { checkEdit, parseMemo } from '../lib/content/model';

const rel = process.argv[2];
const text = fs.readFileSync(path.join(process.env.CONTENT_DIR ?? 'content', rel), 'utf8');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const read: number[] = [];
const check: number[] = [];
const memoed: number[] = [];
const memo = parseMemo();
// The memo holds every file as on disk, as the desk's does once the story is open.
const opened = readContent();
checkEdit(opened.input, { path: rel, text }, { display: opened.display, memo });
let stories = 0;
for (let i = 0; i < 6; i++) {
  let t = performance.now();
  const { input, display } = readContent();
  const readMs = performance.now() - t;
  t = performance.now();
  const model = checkEdit(input, { path: rel, text: `${text}\nBench edit ${i} {` }, { display });
  const checkMs = performance.now() - t;
  t = performance.now();
  checkEdit(input, { path: rel, text: `${text}\nBench edit ${i} {{` }, { display, memo });
  const memoMs = performance.now() - t;
  stories = model.stories.length;
  // The first run warms the JIT, as the desk's first check does.
  if (i > 0) {
    read.push(readMs);
    check.push(checkMs);
    memoed.push(memoMs);
  }
}
console.log(JSON.stringify({ readMs: median(read), checkMs: median(check), memoMs: median(memoed), stories }));
