// npm run build: check content, build the static site, index it for search.
// Either a complete new out/ is written, or the previous out/ is left exactly as it was.
//
// A correction build: when nothing but content changed since the last build of out/ (same code,
// packages, config and environment: scripts/lib/incremental.mjs), Next's compiled output in .next
// is reused (next build --experimental-build-mode=generate), only the pages whose inputs changed are
// generated (scripts/lib/page-plan.ts fingerprints each one), and they are merged into a copy of
// out/. Anything else is a full build, and the build says why in one line.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { changedPagesOf, codeKey, filesIn, folderStamp, linkTree, overlay, pruneCards, removeFile } from './lib/incremental.mjs';
import { nextMemoryEnv, workerHeapMb } from './lib/next-memory.mjs';

// OUT_DIR writes the site elsewhere (npm test builds the fixture site, CONTENT_DIR=tests/fixtures/site,
// into .test-build/site/, so out/ keeps the real site); next.config.mjs reads EXPORT_DIR.
const OUT = process.env.OUT_DIR || 'out';
// Next exports into STAGE; the new site is put together in BUILDING, which replaces OUT only when whole.
const STAGE = `${OUT}.incoming`;
const BUILDING = `${OUT}.building`;
const KEPT = `${OUT}.previous`;
// What the last successful build of OUT was made of; in .next, which a full next build empties.
const STATE = path.join('.next', 'n95-build.json');

// Tools are found as npm finds them: in node_modules/.bin here or in any folder above.
const bins = [];
for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
  if (fs.existsSync(path.join(dir, 'node_modules', '.bin'))) bins.push(path.join(dir, 'node_modules', '.bin'));
  if (dir === path.dirname(dir)) break;
}
// Each story is compiled once: the check step writes the content model into this folder, the
// build's workers read it (lib/content/cache.ts). Emptied first, so nothing built by older code is ever used.
// (The check step also keeps what reading each story gave between builds, keyed on its code and
// inputs: scripts/lib/story-cache.ts; FULL_BUILD=1 reads every story again without it.)
const STORY_CACHE = path.resolve('node_modules/.cache/n95-stories');
fs.rmSync(STORY_CACHE, { recursive: true, force: true });
const PLAN = path.resolve('node_modules/.cache/n95-build/plan.json');
const ONLY = path.resolve('node_modules/.cache/n95-build/only.json');
fs.mkdirSync(path.dirname(PLAN), { recursive: true });
// Share cards are slow to draw: keep them between builds, in a folder named after the code that
// draws them, so a change to that code (or to a dependency) starts afresh (lib/share-image/render.tsx).
// Within it, a successful build keeps only the cards the current content needs.
const CARD_ROOT = path.resolve('node_modules/.cache/n95-cards');
const codeHash = crypto.createHash('sha256');
for (const file of ['package-lock.json', ...['lib', 'components', 'app'].flatMap((dir) => fs.readdirSync(dir, { recursive: true }).map((f) => path.join(dir, f)))].sort()) {
  if (fs.statSync(file, { throwIfNoEntry: false })?.isFile()) codeHash.update(file).update(fs.readFileSync(file));
}
const CARD_CACHE = path.join(CARD_ROOT, codeHash.digest('hex').slice(0, 16));
for (const old of fs.existsSync(CARD_ROOT) ? fs.readdirSync(CARD_ROOT) : []) if (path.join(CARD_ROOT, old) !== CARD_CACHE) fs.rmSync(path.join(CARD_ROOT, old), { recursive: true });
// One moment for every step: the check, the plan and Next's workers agree on which stories are published.
const PUBLISH_TIME = process.env.PUBLISH_TIME || new Date().toISOString();
const env = { ...process.env, PUBLISH_TIME, EXPORT_DIR: STAGE, STORY_CACHE, CARD_CACHE, PATH: [...bins, process.env.PATH].join(path.delimiter) };

// BUILD_TIMINGS=<file>: each step's wall time, as JSON, for npm run bench.
const steps = [];
function run(name, command, args, extraEnv = {}) {
  return exitCode(name, command, args, extraEnv) === 0;
}
function exitCode(name, command, args, extraEnv = {}) {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  steps.push({ name, ms: Math.round(performance.now() - started) });
  return result.status;
}
function timed(name, work) {
  const started = performance.now();
  const result = work();
  steps.push({ name, ms: Math.round(performance.now() - started) });
  return result;
}

/** Stops the build; OUT has not been touched. */
function fail(message) {
  for (const dir of [STAGE, BUILDING]) fs.rmSync(dir, { recursive: true, force: true });
  console.error(`\n✗ ${message}${fs.existsSync(OUT) ? ` The previous build in ${OUT}/ is untouched.` : ''}`);
  process.exit(1);
}

// Without SITE_URL the site knows no public address (lib/site.ts): said at the start and again at the
// end, where the reader of the build's output looks.
const NO_SITE_URL = process.env.SITE_URL
  ? ''
  : '⚠ SITE_URL is not set: shared links will not work. Share-card images, embed code, feeds and the sitemap point at http://localhost:3000, and pages name no canonical address. Set SITE_URL to the public address (SITE_URL=https://n95.example.org npm run build) before publishing.';
if (NO_SITE_URL) console.warn(NO_SITE_URL);
// The same for the corrections address (lib/site.ts): the pages still ask readers to report a mistake.
const NO_CORRECTIONS_EMAIL = process.env.CORRECTIONS_EMAIL?.trim()
  ? ''
  : '⚠ CORRECTIONS_EMAIL is not set: stories and the About page ask readers who spot a mistake to tell the editors, but give no address. Set CORRECTIONS_EMAIL=corrections@n95.example.org (the newsroom\'s own) before publishing.';
if (NO_CORRECTIONS_EMAIL) console.warn(NO_CORRECTIONS_EMAIL);

// NEXT_WORKER_HEAP_MB (for next build, below) is read first: a mistyped one stops here, saying so.
const heapMb = (() => {
  try {
    return workerHeapMb();
  } catch (error) {
    return fail(error.message);
  }
})();

// 1. Content first: a broken story stops here, before anything is written.
if (!run('check', 'node', ['scripts/check.mjs', '--cache', STORY_CACHE], process.env.FULL_BUILD ? { CHECK_STORY_CACHE: 'off' } : {})) process.exit(1);

// 2. The page script, which next build copies from public/.
if (!run('client', 'node', ['scripts/build-client.mjs'])) process.exit(1);

// 3. Every page's fingerprint, and what the last build of OUT was made of: update it, or build anew.
if (!run('plan', 'tsx', ['scripts/plan-pages.ts', PLAN])) process.exit(1);
const plan = JSON.parse(fs.readFileSync(PLAN, 'utf8'));
const key = timed('key', () => codeKey({ env, nodeModules: bins.map((bin) => path.dirname(bin)) }));
// The feeds' rendered bodies are kept between builds as the share cards are, in a folder named
// after the code key: whatever else than content could change a body starts a new one.
const FEED_ROOT = path.resolve('node_modules/.cache/n95-feed-bodies');
const FEED_CACHE = path.join(FEED_ROOT, key.slice(0, 16));
for (const old of fs.existsSync(FEED_ROOT) ? fs.readdirSync(FEED_ROOT) : []) if (path.join(FEED_ROOT, old) !== FEED_CACHE) fs.rmSync(path.join(FEED_ROOT, old), { recursive: true });
const state = (() => {
  try {
    return JSON.parse(fs.readFileSync(STATE, 'utf8'));
  } catch {
    return undefined;
  }
})();
const buildId = fs.existsSync('.next/BUILD_ID') ? fs.readFileSync('.next/BUILD_ID', 'utf8') : undefined;
const compiled = Boolean(state && buildId && state.buildId === buildId && state.key === key);
const whyFull = !state || !buildId
  ? 'no record of a previous build in .next'
  : state.key !== key
    ? 'the code, the packages, the config or the environment (SITE_URL, NODE_ENV...) changed since the last build'
    : state.out !== path.resolve(OUT)
      ? `the last build was of ${path.relative('.', state.out) || '.'}/, not ${OUT}/`
      : !fs.existsSync(OUT) || timed('stamp', () => folderStamp(OUT)) !== state.stamp
        ? `${OUT}/ is missing or was changed since the last build`
        : process.env.FULL_BUILD
          ? 'FULL_BUILD is set'
          : '';
const incremental = !whyFull;
const { changed, removed, selection } = changedPagesOf(incremental ? state.pages : {}, plan.pages);
if (incremental) console.log(`Correction build: ${changed.length} of ${plan.pages.length} pages changed${removed.length ? `, ${removed.length} gone` : ''}; Next's compiled code is reused.`);
else console.log(`Full build: ${whyFull}${compiled ? " (Next's compiled code is reused)" : ''}.`);

// 4. Next exports into STAGE: every page, or in a correction build the changed pages (and the few fixed pages).
for (const dir of [STAGE, BUILDING, KEPT]) fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(path.dirname(path.resolve(OUT)), { recursive: true });
if (incremental) fs.writeFileSync(ONLY, JSON.stringify(selection));
// Next's export copies the pages its prerender manifest lists from .next/server/app/; in generate
// mode it read the last build's manifest (cached by require) before writing the new one, and so
// exported the last build's pages. Without the old manifest, it exports exactly what it generated.
if (compiled) fs.rmSync(path.join('.next', 'prerender-manifest.json'), { force: true });
const nextArgs = compiled ? ['build', '--experimental-build-mode=generate'] : ['build'];
// Turbopack gives its memory back as soon as it has compiled; with NEXT_WORKER_HEAP_MB=n, each page worker
// keeps its heap under n MB, and one that needs more stops the build (scripts/lib/next-memory.mjs).
const nextEnv = { ...nextMemoryEnv(process.env, heapMb), ...(incremental ? { BUILD_ONLY: ONLY } : {}) };
if (!run('next', 'next', nextArgs, nextEnv)) fail(`next build failed: nothing was published.${heapMb ? ` If it says "heap out of memory" above, a page worker needed more than its ${heapMb} MB: NEXT_WORKER_HEAP_MB=${heapMb * 2} npm run build.` : ''}`);
const notGenerated = changed.filter((page) => !fs.existsSync(path.join(STAGE, page.file)));
if (notGenerated.length) fail(`next build did not generate ${notGenerated.map((p) => p.file).join(', ')}: nothing was published.`);
// Each edition's 404 sits at the root of its folder, where static hosts (and npm start) look for
// the nearest 404.html: Next writes the French one as a page, fr/404/index.html.
const FR_404 = path.join(STAGE, 'fr', '404');
if (fs.existsSync(path.join(FR_404, 'index.html'))) {
  fs.renameSync(path.join(FR_404, 'index.html'), path.join(STAGE, 'fr', '404.html'));
  fs.rmSync(FR_404, { recursive: true });
}
// The pages Next wrote: not its runtime or payloads, nor the files it copied from public/.
const fromPublic = new Set(filesIn('public'));
const pages = filesIn(STAGE).filter((f) => !f.startsWith('_next/') && !/(^|\/)(index\.txt|__next\.[^/]*\.txt)$/.test(f) && !fromPublic.has(f)).length;

// 5. The feeds, with each story's body rendered for feed readers, or read back from the last
// build's when its story did not change (scripts/lib/feed-bodies.ts). Not beside next build: on
// two busy cores both took longer than one after the other (2,006 stories, load 5: 21 s and 15 s).
// React's production build, as in next build's workers (and as the plan step reads the content):
// the development build's checks cost about a tenth of this step, for the same bytes.
const feedsEnv = { NODE_ENV: process.env.NODE_ENV === 'development' ? 'development' : 'production' };
if (!run('feeds', 'tsx', ['scripts/write-feeds.tsx', STAGE, PLAN, FEED_CACHE], feedsEnv)) fail('Writing the feeds failed: nothing was published.');

// 6. The pages are complete HTML: drop Next's client runtime, move the stylesheet, and stop on
// anything on a page that is neither the runtime nor ours. With --inline-css, the stylesheet's rules
// each page can use go into it, so its first paint waits for no other request: done on each page
// as it is stripped (one read and one write a page, on every core), with scripts/inline-css.mjs's
// result and messages, which come only once the whole site is stripped (exit code 3).
const stripped = exitCode('strip', 'node', ['scripts/strip-runtime.mjs', STAGE, '--inline-css']);
if (stripped === 3) fail('Inlining the stylesheet failed: nothing was published.');
if (stripped !== 0) fail('Stripping the client runtime failed: nothing was published.');

// 7. The new site: STAGE itself, or in a correction build a copy of OUT without its search index,
// headers and the pages that are gone, with the new pages moved over the old.
if (!incremental) fs.renameSync(STAGE, BUILDING);
else {
  timed('merge', () => {
    // Linked, not copied (scripts/lib/incremental.mjs): so the steps below that write files in
    // place, Pagefind and the headers, must find theirs removed first.
    linkTree(OUT, BUILDING);
    for (const file of ['pagefind', '_headers']) fs.rmSync(path.join(BUILDING, file), { recursive: true, force: true });
    for (const file of removed) removeFile(BUILDING, file);
    overlay(STAGE, BUILDING);
    fs.rmSync(STAGE, { recursive: true, force: true });
  });
  const missing = plan.pages.filter((page) => !fs.existsSync(path.join(BUILDING, page.file)));
  if (missing.length) fail(`The correction build is missing ${missing.map((p) => p.file).join(', ')}: nothing was published. Run FULL_BUILD=1 npm run build.`);
}

// 8. Search index, over the finished pages (Pagefind must run after next build).
if (!run('pagefind', 'node', ['scripts/search-index.mjs', BUILDING])) fail(`Pagefind could not index the site: nothing was published.`);

// 9. Security headers for static hosts and for npm start; inline scripts allowed by their source's hash.
if (!run('headers', 'tsx', ['scripts/write-headers.mjs', BUILDING])) fail('Writing the security headers failed: nothing was published.');

// 10. Only now is OUT replaced, by two renames.
if (fs.existsSync(OUT)) fs.renameSync(OUT, KEPT);
fs.renameSync(BUILDING, OUT);
fs.rmSync(KEPT, { recursive: true, force: true });
const pagesByFile = Object.fromEntries(plan.pages.map((page) => [page.file, page.fingerprint]));
fs.writeFileSync(STATE, JSON.stringify({ key, buildId: fs.readFileSync('.next/BUILD_ID', 'utf8'), out: path.resolve(OUT), stamp: folderStamp(OUT), pages: pagesByFile }));
const pruned = pruneCards(CARD_CACHE, plan.cards);

if (process.env.BUILD_TIMINGS) fs.writeFileSync(process.env.BUILD_TIMINGS, `${JSON.stringify({ incremental, pages, steps })}\n`);
console.log(`\n✓ Built the site into ${OUT}/ (${pages} pages generated${incremental ? `, the other ${plan.pages.length - changed.length} kept from the last build` : ''}${pruned ? `; ${pruned} unused share card${pruned === 1 ? '' : 's'} pruned` : ''}).`);
if (NO_SITE_URL) console.warn(`\n${NO_SITE_URL}`);
if (NO_CORRECTIONS_EMAIL) console.warn(`\n${NO_CORRECTIONS_EMAIL}`);
