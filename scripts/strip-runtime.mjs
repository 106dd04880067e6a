// Post-build step: takes Next's client runtime out of out/ (see scripts/lib/strip-runtime.mjs).
// usage: node scripts/strip-runtime.mjs <site folder> [--inline-css]
// --inline-css: each page also gets the stylesheet rules it can use inlined, as scripts/inline-css.mjs
// does after this step, while the page is in hand (the build runs it so: one read and write a page).
// Plain node: the site's inline scripts are read from their TypeScript source by esbuild
// (scripts/lib/strip-ours.mjs), which starts in a fraction of tsx's time, in each worker too.
import { InlineError, stripRuntime } from './lib/strip-runtime.mjs';
import { siteScripts } from './lib/strip-ours.mjs';

const args = process.argv.slice(2);
const inlineCss = args.includes('--inline-css');
const OUT = args.find((arg) => !arg.startsWith('--')) ?? 'out';

try {
  const { pages, stylesheets, inlined } = await stripRuntime(OUT, await siteScripts(), { inlineCss });
  console.log(`Stripped Next's client runtime from ${pages} pages; ${stylesheets} stylesheet${stylesheets === 1 ? '' : 's'} in /assets/.`);
  if (inlined) console.log(`Inlined the stylesheet into ${inlined.pages} pages (each with the rules it can use); removed ${inlined.stylesheets.join(', ') || 'no stylesheet'}.`);
} catch (error) {
  // The two steps' own messages; build.mjs tells them apart by the exit code.
  if (error instanceof InlineError) {
    console.error(`inline-css: ${error.message}`);
    process.exit(3);
  }
  console.error(`strip-runtime: the built site in ${OUT}/ is not what this step knows how to strip.\n${error.message}`);
  process.exit(1);
}
