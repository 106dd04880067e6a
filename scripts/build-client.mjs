// Bundles the site's one script (components/enhance/) into public/assets/site.js,
// which next build copies into out/ and next dev serves.
import path from 'node:path';
import { build } from 'esbuild';

await build({
  entryPoints: ['components/enhance/index.ts'],
  outfile: 'public/assets/site.js',
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  alias: { '@': path.resolve('.') },
  legalComments: 'none',
  logLevel: 'warning',
});
