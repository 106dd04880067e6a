// After `next build`: every page is already complete HTML, so Next's client runtime (React, the
// router and the page payload it would hydrate from) is removed, and the one stylesheet moves to
// /assets/site-<hash>.css. A page then needs its HTML, that stylesheet and /assets/site.js.
// Anything it does not recognise, or any reference left to what it removed, stops the build.
// The pages are parsed on every core (scripts/lib/strip-worker.mjs): an archive has thousands.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { htmlFiles } from './html-files.mjs';
import { inlinable, inlinePage, scriptWordsOf } from './inline-css.mjs';
import { RUNTIME_PATH } from './page-allowlist.mjs';

/** Every file below `dir`, skipping the named folders. */
function allFiles(dir, skip = []) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (!e.isDirectory()) return [path.join(dir, e.name)];
    return skip.includes(e.name) ? [] : allFiles(path.join(dir, e.name), skip);
  });
}

/**
 * Next's payload files: for each page, index.txt beside its index.html (the payload the router
 * fetches on navigation) and the __next.*.txt segments it prefetches. robots.txt and our own
 * text files are neither.
 */
function isPayload(file) {
  const name = path.basename(file);
  if (name === 'index.txt') return fs.existsSync(path.join(path.dirname(file), 'index.html'));
  return name.startsWith('__next.') && name.endsWith('.txt');
}

/**
 * The stylesheet at `href` with every url() that points into /_next/ (fonts, images) rewritten to
 * /assets/, since /_next/ is about to go; `copies` are the files to copy there. Reads only, so
 * the workers can name the stylesheet and the main thread write it, from the same text.
 */
export function movedStylesheet(out, href) {
  const problems = [];
  const copies = [];
  const css = fs.readFileSync(path.join(out, href), 'utf8').replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, quote, url) => {
    if (/^(data:|[a-z]+:\/\/|#)/i.test(url)) return whole;
    const target = new URL(url, `http://site${href}`);
    if (!target.pathname.startsWith(RUNTIME_PATH)) return whole;
    const source = path.join(out, decodeURIComponent(target.pathname));
    if (!fs.existsSync(source)) {
      problems.push(`${href.slice(1)}: url(${url}) points to ${target.pathname}, which is not in the build`);
      return whole;
    }
    const moved = `/assets/${path.basename(source)}`;
    copies.push([source, path.join(out, moved)]);
    return `url(${quote}${moved}${target.search}${target.hash}${quote})`;
  });
  return { css, copies, problems, name: `/assets/site-${crypto.createHash('sha256').update(css).digest('hex').slice(0, 10)}.css` };
}

/** Entries dealt to `n` workers in turn, so each gets pages of every kind. */
const deal = (entries, n) => Array.from({ length: n }, (_, w) => entries.filter((_, i) => i % n === w));

function runWorker(data) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./strip-worker.mjs', import.meta.url), { workerData: data });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code && reject(new Error(`a strip-runtime worker stopped with code ${code}`)));
  });
}

/** A problem of the inline step (scripts/inline-css.mjs), told apart from strip-runtime's own. */
export class InlineError extends Error {}

/**
 * @param {string} out the static export
 * @param {{ inlineScripts: readonly string[], siteScript: string }} ours
 * @param {{ workers?: number, inlineCss?: boolean }} [options] how many threads parse pages (default:
 *   one a core); inlineCss: each page also gets its stylesheet inlined, exactly as scripts/inline-css.mjs
 *   run after this step would (and the stylesheets every page took in are removed again)
 * @returns {Promise<{ pages: number, stylesheets: number, inlined?: { pages: number, stylesheets: string[] } }>}
 * @throws {Error} listing every problem, one per line, when the output is not what this step knows;
 *   {InlineError} (only when nothing else is wrong) when inline-css would have stopped, with its message
 */
export async function stripRuntime(out, ours, { workers = os.availableParallelism(), inlineCss = false } = {}) {
  const isPage = new Set(htmlFiles(out, ['_next']));
  // What this step removes is known before it starts: the runtime's folder and the payload files.
  // Every file is known by its place in this list, so problems are told in the order of the files.
  const files = allFiles(out, ['_next']);
  const payloads = files.filter(isPayload);
  const removed = [RUNTIME_PATH, ...new Set(payloads.map((file) => path.basename(file)))];
  const isRemoved = new Set(payloads);
  const pages = [...files.entries()].filter(([, file]) => isPage.has(file));
  const others = [...files.entries()].filter(([, file]) => !isPage.has(file) && !isRemoved.has(file));
  // The words of the site's scripts in /assets/ (inline-css counts each as a class they may add).
  const scriptWords = inlineCss ? scriptWordsOf(out) : undefined;

  // Each worker strips its pages (writing those it could strip whole), then checks its pages and
  // other files for references to what is removed.
  const n = Math.max(1, Math.min(workers, pages.length));
  const shares = [deal(pages, n), deal(others, n)];
  const inline = inlineCss ? { scriptWords: [...scriptWords] } : undefined;
  const results = await Promise.all(shares[0].map((mine, w) => runWorker({ out, ours, removed, pages: mine, others: shares[1][w], inline })));
  const inOrder = (key) => results.flatMap((r) => r[key]).sort((a, b) => a[0] - b[0]).flatMap(([, problems]) => problems);

  const problems = inOrder('stripProblems');
  // The stylesheets the pages link, in the order pages were listed; each written once to /assets/.
  const hrefs = [...new Set(results.flatMap((r) => r.stylesheets).sort((a, b) => a[0] - b[0]).map(([, href]) => href))];
  fs.mkdirSync(path.join(out, 'assets'), { recursive: true });
  const written = [];
  for (const href of hrefs) {
    const sheet = movedStylesheet(out, href);
    problems.push(...sheet.problems);
    for (const [from, to] of sheet.copies) {
      fs.copyFileSync(from, to);
      written.push(to);
    }
    fs.writeFileSync(path.join(out, sheet.name), sheet.css);
    written.push(path.join(out, sheet.name));
  }
  if (problems.length) throw new Error(problems.join('\n'));

  // Nothing links to the runtime or to the payload files any more; check that nothing does.
  fs.rmSync(path.join(out, '_next'), { recursive: true, force: true });
  for (const file of payloads) fs.rmSync(file);
  const left = inOrder('referenceProblems');
  for (const file of written) {
    const bytes = fs.readFileSync(file);
    for (const name of removed) if (bytes.includes(name)) left.push(`${path.relative(out, file)}: still refers to ${name}, which this step removed`);
  }
  if (left.length) throw new Error(left.join('\n'));
  const stripped = { pages: pages.length, stylesheets: hrefs.length };
  return inlineCss ? { ...stripped, inlined: finishInline(out, results, scriptWords) } : stripped;
}

/**
 * The inline step's end, once the stripped site is complete: the pages a worker could not inline
 * (none, as Next writes a site), its first problem in the order of the files, and the stylesheets
 * the pages took in removed, as scripts/inline-css.mjs does.
 */
function finishInline(out, results, scriptWords) {
  // Inline-css reads the words of every script in /assets/ once this step is done; the workers had
  // those there before it. A stylesheet url() that copied a script there would make them differ.
  const copiedScripts = [...new Set(results.flatMap((r) => r.copies).map(([, to]) => path.relative(out, to)))].filter((to) => to.endsWith('.js'));
  if (copiedScripts.length) throw new InlineError(`a stylesheet copies ${copiedScripts.join(', ')} into /assets/, whose words the pages were inlined without`);
  const sheets = new Map();
  const sheet = (href) => {
    if (!sheets.has(href)) sheets.set(href, inlinable(href, fs.readFileSync(path.join(out, href), 'utf8')));
    return sheets.get(href);
  };
  const problems = results.flatMap((r) => r.inlineProblems);
  let pages = results.reduce((sum, r) => sum + r.inlinedPages, 0);
  for (const [index, file] of results.flatMap((r) => r.deferred).sort((a, b) => a[0] - b[0])) {
    try {
      const html = inlinePage(fs.readFileSync(file, 'utf8'), sheet, scriptWords);
      if (html === undefined) continue;
      fs.writeFileSync(file, html);
      pages++;
    } catch (error) {
      problems.push([index, error.message]);
      break;
    }
  }
  if (problems.length) throw new InlineError(problems.sort((a, b) => a[0] - b[0])[0][1]);
  const stylesheets = [...new Set([...results.flatMap((r) => r.inlined), ...sheets.keys()])];
  for (const href of stylesheets) fs.rmSync(path.join(out, href));
  return { pages, stylesheets };
}
