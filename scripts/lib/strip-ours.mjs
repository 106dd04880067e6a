// The site's own inline scripts, which strip-runtime allows on a page, read from their TypeScript
// source (components/inline-scripts.ts) without tsx: esbuild removes the types, as tsx would.
import fs from 'node:fs';
import { stop, transformSync } from 'esbuild';

const SOURCE = new URL('../../components/inline-scripts.ts', import.meta.url);

/** @returns {Promise<{ inlineScripts: readonly string[], siteScript: string }>} */
export async function siteScripts(source = SOURCE) {
  const { code } = transformSync(fs.readFileSync(source, 'utf8'), { loader: 'ts', format: 'esm' });
  // esbuild's service process would otherwise live as long as this one: it is needed only here.
  await stop();
  // A module of constants: one that imported anything could not be loaded from its text alone.
  if (/^\s*import\b/m.test(code)) throw new Error(`${source.pathname ?? source} imports other modules; strip-runtime reads it on its own`);
  const scripts = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  return { inlineScripts: scripts.INLINE_SCRIPTS, siteScript: scripts.SITE_SCRIPT };
}
