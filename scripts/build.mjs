// npm run build: check content, build the static site, index it for search.
// Either a complete new out/ is written, or the previous out/ is left exactly as it was.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// OUT_DIR writes the site elsewhere (npm test builds the fixture site, CONTENT_DIR=tests/fixtures/site,
// into .test-build/site/, so out/ keeps the real site); next.config.mjs reads it as EXPORT_DIR.
const OUT = process.env.OUT_DIR || 'out';
const KEPT = `${OUT}.previous`;

// Tools are found as npm finds them: in node_modules/.bin here or in any folder above.
const bins = [];
for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
  if (fs.existsSync(path.join(dir, 'node_modules', '.bin'))) bins.push(path.join(dir, 'node_modules', '.bin'));
  if (dir === path.dirname(dir)) break;
}
// Each story is compiled once: the check step writes the content model into this folder, the
// build's workers read it (lib/content/cache.ts). Emptied first, so nothing built by older code is ever used.
const STORY_CACHE = path.resolve('node_modules/.cache/n95-stories');
fs.rmSync(STORY_CACHE, { recursive: true, force: true });
// Share cards are slow to draw: keep them between builds, in a folder named after the code that
// draws them, so a change to that code (or to a dependency) starts afresh (lib/share-image/render.tsx).
const CARD_ROOT = path.resolve('node_modules/.cache/n95-cards');
const codeHash = crypto.createHash('sha256');
for (const file of ['package-lock.json', ...['lib', 'components', 'app'].flatMap((dir) => fs.readdirSync(dir, { recursive: true }).map((f) => path.join(dir, f)))].sort()) {
  if (fs.statSync(file, { throwIfNoEntry: false })?.isFile()) codeHash.update(file).update(fs.readFileSync(file));
}
const CARD_CACHE = path.join(CARD_ROOT, codeHash.digest('hex').slice(0, 16));
for (const old of fs.existsSync(CARD_ROOT) ? fs.readdirSync(CARD_ROOT) : []) if (path.join(CARD_ROOT, old) !== CARD_CACHE) fs.rmSync(path.join(CARD_ROOT, old), { recursive: true });
const env = { ...process.env, EXPORT_DIR: OUT, STORY_CACHE, CARD_CACHE, PATH: [...bins, process.env.PATH].join(path.delimiter) };

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

function fail(message) {
  if (fs.existsSync(KEPT)) {
    fs.rmSync(OUT, { recursive: true, force: true });
    fs.renameSync(KEPT, OUT);
    message += ` The previous build in ${OUT}/ is untouched.`;
  } else {
    fs.rmSync(OUT, { recursive: true, force: true });
  }
  console.error(`\n✗ ${message}`);
  process.exit(1);
}

// Without SITE_URL the site knows no public address (lib/site.ts): said at the start and again at the
// end, where the reader of the build's output looks.
const NO_SITE_URL = process.env.SITE_URL
  ? ''
  : '⚠ SITE_URL is not set: shared links will not work. Share-card images, embed code, feeds and the sitemap point at http://localhost:3000, and pages name no canonical address. Set SITE_URL to the public address (SITE_URL=https://n95.example.org npm run build) before publishing.';
if (NO_SITE_URL) console.warn(NO_SITE_URL);

// 1. Content first: a broken story stops here, before anything is written.
if (!run('tsx', ['scripts/check.ts', '--cache', STORY_CACHE])) process.exit(1);

// 2. The page script, which next build copies from public/.
if (!run('node', ['scripts/build-client.mjs'])) process.exit(1);

// 3. Next empties out/ as it starts; keep the last good site aside until the new one is whole.
fs.rmSync(KEPT, { recursive: true, force: true });
fs.mkdirSync(path.dirname(OUT), { recursive: true });
if (fs.existsSync(OUT)) fs.renameSync(OUT, KEPT);
if (!run('next', ['build'])) fail('next build failed: nothing was published.');
// Each edition's 404 sits at the root of its folder, where static hosts (and npm start) look for
// the nearest 404.html: Next writes the French one as a page, fr/404/index.html.
const FR_404 = path.join(OUT, 'fr', '404');
if (fs.existsSync(path.join(FR_404, 'index.html'))) {
  fs.renameSync(path.join(FR_404, 'index.html'), path.join(OUT, 'fr', '404.html'));
  fs.rmSync(FR_404, { recursive: true });
}

// 4. The feeds, with each story's body rendered for feed readers.
if (!run('tsx', ['scripts/write-feeds.tsx', OUT])) fail('Writing the feeds failed: nothing was published.');

// 5. The pages are complete HTML: drop Next's client runtime, move the stylesheet, and stop on
// anything on a page that is neither the runtime nor ours. (tsx: both steps read components/inline-scripts.ts.)
if (!run('tsx', ['scripts/strip-runtime.mjs', OUT])) fail('Stripping the client runtime failed: nothing was published.');
// The stylesheet's rules each page can use go into it, so its first paint waits for no other request.
if (!run('node', ['scripts/inline-css.mjs', OUT])) fail('Inlining the stylesheet failed: nothing was published.');

// 6. Search index, over the finished pages (Pagefind must run after next build).
if (!run('pagefind', ['--site', OUT, '--quiet'])) fail(`Pagefind could not index ${OUT}/: nothing was published.`);

// 7. Security headers for static hosts and for npm start; inline scripts allowed by their source's hash.
if (!run('tsx', ['scripts/write-headers.mjs', OUT])) fail('Writing the security headers failed: nothing was published.');

fs.rmSync(KEPT, { recursive: true, force: true });
console.log(`\n✓ Built the site into ${OUT}/.`);
if (NO_SITE_URL) console.warn(`\n${NO_SITE_URL}`);
