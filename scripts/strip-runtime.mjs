// Post-build step (run with tsx, which reads the site's inline scripts from their TypeScript source):
// takes Next's client runtime out of out/. See scripts/lib/strip-runtime.mjs.
import { INLINE_SCRIPTS, SITE_SCRIPT } from '../components/inline-scripts.ts';
import { stripRuntime } from './lib/strip-runtime.mjs';

const OUT = process.argv[2] ?? 'out';

try {
  const { pages, stylesheets } = await stripRuntime(OUT, { inlineScripts: INLINE_SCRIPTS, siteScript: SITE_SCRIPT });
  console.log(`Stripped Next's client runtime from ${pages} pages; ${stylesheets} stylesheet${stylesheets === 1 ? '' : 's'} in /assets/.`);
} catch (error) {
  console.error(`strip-runtime: the built site in ${OUT}/ is not what this step knows how to strip.\n${error.message}`);
  process.exit(1);
}
