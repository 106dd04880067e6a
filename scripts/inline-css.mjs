// Post-build step, after strip-runtime: each page gets the rules of the site's stylesheet it can
// use in a <style>, in place of the render-blocking <link>. See scripts/lib/inline-css.mjs.
// The build does this inside strip-runtime (its --inline-css), on each page as it is stripped;
// this command does it on its own, over a site already stripped.
import { inlineStylesheets, scriptWordsOf } from './lib/inline-css.mjs';

const OUT = process.argv[2] ?? 'out';

try {
  // The site script (/assets/site.js) adds classes after load; every word of it is kept as one.
  const { pages, stylesheets } = inlineStylesheets(OUT, scriptWordsOf(OUT));
  console.log(`Inlined the stylesheet into ${pages} pages (each with the rules it can use); removed ${stylesheets.join(', ') || 'no stylesheet'}.`);
} catch (error) {
  console.error(`inline-css: ${error.message}`);
  process.exit(1);
}
