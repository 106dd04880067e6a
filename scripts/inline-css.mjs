// Post-build step, after strip-runtime: each page gets the rules of the site's stylesheet it can
// use in a <style>, in place of the render-blocking <link>. See scripts/lib/inline-css.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { inlineStylesheets, wordsIn } from './lib/inline-css.mjs';

const OUT = process.argv[2] ?? 'out';

try {
  // The site script (/assets/site.js) adds classes after load; every word of it is kept as one.
  const assets = path.join(OUT, 'assets');
  const scripts = fs.existsSync(assets) ? fs.readdirSync(assets).filter((f) => f.endsWith('.js')) : [];
  const words = new Set(scripts.flatMap((f) => [...wordsIn(fs.readFileSync(path.join(assets, f), 'utf8'))]));
  const { pages, stylesheets } = inlineStylesheets(OUT, words);
  console.log(`Inlined the stylesheet into ${pages} pages (each with the rules it can use); removed ${stylesheets.join(', ') || 'no stylesheet'}.`);
} catch (error) {
  console.error(`inline-css: ${error.message}`);
  process.exit(1);
}
