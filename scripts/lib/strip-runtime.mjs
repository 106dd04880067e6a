// After `next build`: every page is already complete HTML, so Next's client runtime (React, the
// router and the page payload it would hydrate from) is removed, and the one stylesheet moves to
// /assets/site-<hash>.css. A page then needs its HTML, that stylesheet and /assets/site.js.
// Anything it does not recognise, or any reference left to what it removed, stops the build.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { htmlFiles } from './html-files.mjs';
import { RUNTIME_PATH, stripPage } from './page-allowlist.mjs';

/** Every file below `dir`. */
function allFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
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
 * The stylesheet with every url() that points into /_next/ (fonts, images) copied to /assets/
 * and rewritten, since /_next/ is about to go.
 */
function moveCssAssets(out, href, css, problems) {
  return css.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, quote, url) => {
    if (/^(data:|[a-z]+:\/\/|#)/i.test(url)) return whole;
    const target = new URL(url, `http://site${href}`);
    if (!target.pathname.startsWith(RUNTIME_PATH)) return whole;
    const source = path.join(out, decodeURIComponent(target.pathname));
    if (!fs.existsSync(source)) {
      problems.push(`${href.slice(1)}: url(${url}) points to ${target.pathname}, which is not in the build`);
      return whole;
    }
    const moved = `/assets/${path.basename(source)}`;
    fs.copyFileSync(source, path.join(out, moved));
    return `url(${quote}${moved}${target.search}${target.hash}${quote})`;
  });
}

/**
 * @param {string} out the static export
 * @param {{ inlineScripts: readonly string[], siteScript: string }} ours
 * @returns {{ pages: number, stylesheets: number }}
 * @throws {Error} listing every problem, one per line, when the output is not what this step knows
 */
export function stripRuntime(out, ours) {
  const problems = [];
  const stylesheets = new Map();
  fs.mkdirSync(path.join(out, 'assets'), { recursive: true });
  const stylesheet = (href) => {
    if (!stylesheets.has(href)) {
      const css = moveCssAssets(out, href, fs.readFileSync(path.join(out, href), 'utf8'), problems);
      const name = `/assets/site-${crypto.createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`;
      fs.writeFileSync(path.join(out, name), css);
      stylesheets.set(href, name);
    }
    return stylesheets.get(href);
  };

  const pages = htmlFiles(out, ['_next']).map((file) => {
    const page = stripPage(fs.readFileSync(file, 'utf8'), path.relative(out, file), { ...ours, stylesheet });
    problems.push(...page.problems);
    return [file, page.html];
  });
  if (problems.length) throw new Error(problems.join('\n'));
  for (const [file, html] of pages) fs.writeFileSync(file, html);

  // Nothing links to the runtime or to the payload files any more; check that nothing does.
  fs.rmSync(path.join(out, '_next'), { recursive: true, force: true });
  const removed = new Set();
  for (const file of allFiles(out).filter(isPayload)) {
    fs.rmSync(file);
    removed.add(path.basename(file));
  }
  for (const file of allFiles(out)) {
    const bytes = fs.readFileSync(file);
    for (const name of [RUNTIME_PATH, ...removed]) {
      if (bytes.includes(name)) problems.push(`${path.relative(out, file)}: still refers to ${name}, which this step removed`);
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return { pages: pages.length, stylesheets: stylesheets.size };
}
