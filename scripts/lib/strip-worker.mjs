// One thread of scripts/lib/strip-runtime.mjs: strips its share of the pages and writes each page
// it could strip whole (a page with a problem fails the build, whose output is then discarded),
// and checks its pages, as stripped, and its other files for references to what the step removes.
// With `inline` (the build's --inline-css), each page is written with its stylesheet inlined as
// scripts/inline-css.mjs would inline it once the step is done (scripts/lib/inline-css.mjs): one
// read and one write a page, on every core, instead of a second pass over the site on one thread.
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { inlinable, inlinedPieces } from './inline-css.mjs';
import { growing, stripBytes } from './strip-payload.mjs';
import { movedStylesheet } from './strip-runtime.mjs';

const { out, ours, removed, pages, others, inline } = workerData;
const stripProblems = [];
const referenceProblems = [];
const stylesheets = [];
const moved = new Map();
// The inline step's state: its first error by page, and the stylesheets the pages took in.
const inlineProblems = [];
const inlined = new Set();
let inlinedPages = 0;
const scriptWords = new Set(inline?.scriptWords);
// Thrown for a page whose stylesheet this thread did not move (see sheet).
class NotHere extends Error {}
const deferred = [];
// The moved stylesheets by the name the pages now link, as the inline step would read them from /assets/.
const byName = new Map();
const sheet = (name) => {
  if (!byName.has(name)) {
    const css = [...moved.values()].find((s) => s.name === name)?.css;
    // A name no page of this thread was given: the inline step would read a file the main thread
    // writes later, so that page is left to the main thread (strip-runtime.mjs).
    if (css === undefined) throw new NotHere();
    try {
      byName.set(name, { forPage: inlinable(name, css) });
    } catch (error) {
      byName.set(name, { error });
    }
  }
  const { forPage, error } = byName.get(name);
  if (error) throw error;
  inlined.add(name);
  return forPage;
};

// Most removed names are payload segments (__next.<segment>.txt, a score of them): a file that
// holds no "__next." holds none of them, so each file is searched once for that, not once a name.
const references = (name, bytes) => {
  const segments = bytes.includes('__next.');
  return removed.filter((r) => (segments || !r.startsWith('__next.')) && bytes.includes(r)).map((r) => `${name}: still refers to ${r}, which this step removed`);
};

// Files are read into, and pages written from, buffers kept from file to file: a page's bytes in a
// new buffer each time would be fresh memory each time, which costs more here than reading them.
const reading = { buffer: undefined };
const kept = { buffer: undefined };
const writing = { buffer: undefined };
function read(file) {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buffer = growing(reading, size);
    let length = 0;
    for (let n; length < size && (n = fs.readSync(fd, buffer, length, size - length, null)) > 0; ) length += n;
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}
/** Writes the pieces of a page one after the other, as the UTF-8 of their joined text (each cut where no character is). */
function write(file, pieces) {
  const buffer = growing(writing, 3 * pieces.reduce((sum, piece) => sum + piece.length, 0));
  let length = 0;
  for (const piece of pieces) length += buffer.write(piece, length);
  fs.writeFileSync(file, buffer.subarray(0, length));
}

for (const [index, file] of pages) {
  const name = path.relative(out, file);
  const stylesheet = (href) => {
    if (!moved.has(href)) moved.set(href, movedStylesheet(out, href));
    stylesheets.push([index, href]);
    return moved.get(href).name;
  };
  const page = stripBytes(read(file), name, { ...ours, stylesheet }, kept);
  stripProblems.push([index, page.problems]);
  if (page.problems.length) continue;
  referenceProblems.push([index, references(name, page.html)]);
  let pieces = [page.html];
  if (inline && !inlineProblems.length) {
    try {
      const done = inlinedPieces(page.html, sheet, scriptWords);
      if (done !== undefined) {
        pieces = done;
        inlinedPages++;
      }
    } catch (error) {
      if (error instanceof NotHere) deferred.push([index, file]);
      else inlineProblems.push([index, error.message]);
    }
  }
  write(file, pieces);
}
for (const [index, file] of others) referenceProblems.push([index, references(path.relative(out, file), read(file))]);

// The files the moved stylesheets copy into /assets/, for the main thread to check the words.
const copies = [...moved.values()].flatMap((s) => s.copies);
parentPort.postMessage({ stripProblems, referenceProblems, stylesheets, inlineProblems, inlined: [...inlined], inlinedPages, deferred, copies });
