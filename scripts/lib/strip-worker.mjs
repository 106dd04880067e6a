// One thread of scripts/lib/strip-runtime.mjs: strips its share of the pages and writes each page
// it could strip whole (a page with a problem fails the build, whose output is then discarded),
// and checks its pages, as written, and its other files for references to what the step removes.
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { stripPageFast } from './strip-payload.mjs';
import { movedStylesheet } from './strip-runtime.mjs';

const { out, ours, removed, pages, others } = workerData;
const stripProblems = [];
const referenceProblems = [];
const stylesheets = [];
const names = new Map();

const references = (name, bytes) => removed.filter((r) => bytes.includes(r)).map((r) => `${name}: still refers to ${r}, which this step removed`);

for (const [index, file] of pages) {
  const name = path.relative(out, file);
  const stylesheet = (href) => {
    if (!names.has(href)) names.set(href, movedStylesheet(out, href).name);
    stylesheets.push([index, href]);
    return names.get(href);
  };
  const page = stripPageFast(fs.readFileSync(file, 'utf8'), name, { ...ours, stylesheet });
  stripProblems.push([index, page.problems]);
  if (page.problems.length) continue;
  fs.writeFileSync(file, page.html);
  referenceProblems.push([index, references(name, page.html)]);
}
for (const [index, file] of others) referenceProblems.push([index, references(path.relative(out, file), fs.readFileSync(file))]);

parentPort.postMessage({ stripProblems, referenceProblems, stylesheets });
