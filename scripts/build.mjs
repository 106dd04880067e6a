// npm run build: check content, build the static site, index it for search.
// Either a complete new out/ is written, or the previous out/ is left exactly as it was.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const OUT = 'out';
const KEPT = 'out.previous';

// Tools are found as npm finds them: in node_modules/.bin here or in any folder above.
const bins = [];
for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
  if (fs.existsSync(path.join(dir, 'node_modules', '.bin'))) bins.push(path.join(dir, 'node_modules', '.bin'));
  if (dir === path.dirname(dir)) break;
}
// Each story is compiled once: the check step fills this folder, the build's workers read it
// (lib/content/cache.ts). Emptied first, so nothing compiled by older code is ever used.
const STORY_CACHE = path.resolve('node_modules/.cache/n95-stories');
fs.rmSync(STORY_CACHE, { recursive: true, force: true });
const env = { ...process.env, STORY_CACHE, PATH: [...bins, process.env.PATH].join(path.delimiter) };

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

function fail(message) {
  if (fs.existsSync(KEPT)) {
    fs.rmSync(OUT, { recursive: true, force: true });
    fs.renameSync(KEPT, OUT);
    message += ' The previous build in out/ is untouched.';
  } else {
    fs.rmSync(OUT, { recursive: true, force: true });
  }
  console.error(`\n✗ ${message}`);
  process.exit(1);
}

// 1. Content first: a broken story stops here, before anything is written.
if (!run('tsx', ['scripts/check.ts'])) process.exit(1);

// 2. The page script, which next build copies from public/.
if (!run('node', ['scripts/build-client.mjs'])) process.exit(1);

// 3. Next empties out/ as it starts; keep the last good site aside until the new one is whole.
fs.rmSync(KEPT, { recursive: true, force: true });
if (fs.existsSync(OUT)) fs.renameSync(OUT, KEPT);
if (!run('next', ['build'])) fail('next build failed: nothing was published.');

// 4. The feeds, with each story's body rendered for feed readers.
if (!run('tsx', ['scripts/write-feeds.tsx', OUT])) fail('Writing the feeds failed: nothing was published.');

// 5. The pages are complete HTML: drop Next's client runtime and inline the stylesheet.
if (!run('node', ['scripts/strip-runtime.mjs', OUT])) fail('Stripping the client runtime failed: nothing was published.');

// 6. Search index, over the finished pages (Pagefind must run after next build).
if (!run('pagefind', ['--site', OUT, '--quiet'])) fail('Pagefind could not index out/: nothing was published.');

// 7. Security headers for static hosts and for npm start, from the finished pages.
if (!run('node', ['scripts/write-headers.mjs', OUT])) fail('Writing the security headers failed: nothing was published.');

fs.rmSync(KEPT, { recursive: true, force: true });
console.log(`\n✓ Built the site into ${OUT}/.`);
