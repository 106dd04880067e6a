// After `next build`: every page is already complete HTML, so Next's client runtime (React, the
// router and the page payload it would hydrate from) is removed, and the one stylesheet moves to
// /assets/site-<hash>.css. A page then needs its HTML, that stylesheet and /assets/site.js.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { htmlFiles } from './lib/html-files.mjs';

const OUT = process.argv[2] ?? 'out';

const RUNTIME = [
  /<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*><\/script>/g, // framework and page chunks, nomodule polyfill
  /<link\b[^>]*\brel="preload"[^>]*\bas="script"[^>]*\/?>/g, // their preloads
  /<script\b[^>]*\bid="_R_"[^>]*>[\s\S]*?<\/script>/g, // the chunk loader's bootstrap
  /<script>\(?self\.__next_f[\s\S]*?<\/script>/g, // the React Server Components payload
];

// The stylesheet moves to a short, stable path outside _next; it stays one small, cacheable file.
const css = new Map();
let pages = 0;
for (const file of htmlFiles(OUT, ['_next', 'pagefind'])) {
  let html = fs.readFileSync(file, 'utf8');
  for (const pattern of RUNTIME) html = html.replace(pattern, '');
  html = html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="(\/_next\/static\/[^"]+\.css)"[^>]*\/?>/g, (_, href) => {
    if (!css.has(href)) {
      const text = fs.readFileSync(path.join(OUT, href));
      const name = `/assets/site-${crypto.createHash('sha256').update(text).digest('hex').slice(0, 10)}.css`;
      fs.writeFileSync(path.join(OUT, name), text);
      css.set(href, name);
    }
    return `<link rel="stylesheet" href="${css.get(href)}"/>`;
  });
  // Anything of the runtime still referenced means Next changed its output: stop rather than ship a broken page.
  const left = /\/_next\/static\/[^"')\s]+|__next_f|TURBOPACK/.exec(html);
  if (left) {
    console.error(`strip-runtime: ${path.relative(OUT, file)} still references "${left[0]}"; update scripts/strip-runtime.mjs.`);
    process.exit(1);
  }
  fs.writeFileSync(file, html);
  pages++;
}

// Nothing links to the runtime or to the payload files any more.
fs.rmSync(path.join(OUT, '_next'), { recursive: true, force: true });
function payloads(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) payloads(full);
    else if (/^(index|__next\..*)\.txt$/.test(e.name)) fs.rmSync(full);
  }
}
payloads(OUT);
console.log(`Stripped Next's client runtime from ${pages} pages; ${css.size} stylesheet${css.size === 1 ? '' : 's'} in /assets/.`);
