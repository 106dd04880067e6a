// npm run bench: build cost (the real site, and an archive of 1,003 stories with a French translation
// each, cold and after a one-story correction, with each step's time where the build writes them),
// the content check at that scale and with a 1 MB story, bytes and requests per route type,
// Lighthouse (mobile defaults, median of three) and npm start's throughput on loopback, and the
// editing desk's figures (scripts/bench-desk.mjs).
// Prints the figures and writes BENCHMARKS.md. Timings live here, never in tests.
// --archive-only: only the build and check figures (the real site's build, the archive cold and
// corrected, npm run check at archive scale and with a 1 MB story); they replace those two sections.
// --sections-from=<file>: those two sections written again from the figures an --archive-only run kept.
// --check-only: only the content check's figures, printed (no build, no BENCHMARKS.md).
// --desk-only: only the desk's figures; they replace the desk's section of BENCHMARKS.md. The desk
// listens on BENCH_DESK_PORT (default 4401).
// --weight-only: only the bytes and requests per route type, of the site npm run build wrote in out/;
// they replace that section.
// Quotations are checked against the real source reports: SOURCES_DIR, else ../shared/sources.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import zlib from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { deskFigures, deskSection } from './bench-desk.mjs';
import { addArchive, archiveSite } from './lib/archive.mjs';
import { measure, readTimings, stepSection } from './lib/bench-build.mjs';
import { keepingNotes, replaceSection } from './lib/bench-sections.mjs';
import { benchTools } from './lib/bench-tools.mjs';
import { lighthouseRoutes, lighthouseSection, measureLighthouse } from './lib/bench-lighthouse.mjs';

const ROOT = process.cwd();
const BIN = path.join(ROOT, 'node_modules', '.bin');
// Lighthouse and autocannon come from the registry on the first run (scripts/lib/bench-tools.mjs).
// (Kept under node_modules/.cache, since the bench empties .bench/ when it ends.)
const CHECK_ONLY = process.argv.includes('--check-only');
const DESK_ONLY = process.argv.includes('--desk-only');
const ARCHIVE_ONLY = process.argv.includes('--archive-only');
const WEIGHT_ONLY = process.argv.includes('--weight-only');
const SECTIONS_FROM = process.argv.find((a) => a.startsWith('--sections-from='))?.split('=')[1];
/** Generated stories beyond the real ones: each English one has its French translation. */
const ARCHIVE_EXTRA = Number(process.env.BENCH_ARCHIVE_EXTRA ?? 1000);
const SOURCES = path.resolve(process.env.SOURCES_DIR ?? path.join(ROOT, '..', 'shared', 'sources'));
const DESK_PORT = Number(process.env.BENCH_DESK_PORT ?? 4401);
const TOOLS = CHECK_ONLY || DESK_ONLY || ARCHIVE_ONLY || SECTIONS_FROM || WEIGHT_ONLY ? undefined : benchTools(path.join(ROOT, 'node_modules', '.cache', 'n95-bench-tools'));
const env = { ...process.env, SOURCES_DIR: SOURCES, PATH: [BIN, ...(TOOLS ? [TOOLS] : []), process.env.PATH].join(path.delimiter), NEXT_TELEMETRY_DISABLED: '1' };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const PARTS = ['app', 'components', 'lib', 'content', 'scripts', 'mdx-components.tsx', 'next.config.mjs', 'tailwind.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package.json'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms) => (ms / 1000).toFixed(1);

/**
 * A build of the copy in `dir`, measured (scripts/lib/bench-build.mjs), with the step times it
 * writes to BUILD_TIMINGS where it does. A fresh copy is cold: no .next, no caches, no earlier out/.
 */
async function build(dir) {
  const timings = path.join(dir, 'build-timings.json');
  fs.rmSync(timings, { force: true });
  const result = await measure(dir, 'node', ['scripts/build.mjs'], { env: { ...env, BUILD_TIMINGS: timings } });
  const steps = readTimings(timings);
  const pages = steps?.pages ?? fs.readdirSync(path.join(dir, 'out'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  return { ...result, stdout: undefined, stderr: undefined, steps, pages };
}

/** The worker threads npm run check starts for a large site, whatever the load (scripts/lib/story-workers.ts extraThreads): one per core. */
const checkThreads = () => Math.max(1, os.availableParallelism());
const mb = (b) => (b === undefined ? 'n/a' : `${b.toFixed(0)} MB`);
const says = (b) => `${seconds(b.ms)} s (CPU ${b.cpuMs ? seconds(b.cpuMs) : '?'} s, load ${b.load.toFixed(1)} at start), ${b.pages} pages, peak memory ${mb(b.treeMb)} for the whole tree (largest process ${mb(b.largestMb)}${b.peakParts ? `; at the peak: ${b.peakParts}` : ''})`;

/** Which processes made up the larger of the builds' summed peaks (scripts/lib/bench-build.mjs peakParts). */
const atPeak = (...builds) => {
  const peak = builds.reduce((a, b) => (b.treeMb > a.treeMb ? b : a));
  return peak.peakParts ? ` (at that moment: ${peak.peakParts})` : '';
};

function serve(dir, port) {
  const child = spawn('node', ['scripts/serve.mjs'], { cwd: dir, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
  // A server left over on the port would be measured instead of this build: fail loudly.
  child.stderr.on('data', (d) => process.stderr.write(d));
  child.on('exit', (code) => code && (console.error(`The server for ${dir} exited (${code}); is port ${port} taken?`), process.exit(1)));
  process.on('exit', () => child.kill());
  return { child, url: `http://localhost:${port}` };
}

/** Waits for the server: it compresses every file of out/ before it listens, which a busy machine can take well over 10 s to do. */
async function waitFor(url) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

/** Requests and bytes on the wire (as npm start sends them) for one page, in a real browser. */
async function weigh(browser, url) {
  const page = await browser.newPage();
  const responses = [];
  page.on('response', (r) => responses.push(r));
  // The site script is asked for only after the first paint (components/inline-scripts.ts), which
  // on a busy machine can come after the network has been idle for half a second: a page was then
  // weighed without it. Every page this weighs loads it.
  const script = page.waitForResponse((r) => r.url().includes('/assets/site'), { timeout: 60_000 });
  await page.goto(url, { waitUntil: 'networkidle' });
  await script;
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  let js = 0;
  for (const r of responses) {
    const size = (await r.request().sizes()).responseBodySize + (await r.request().sizes()).responseHeadersSize;
    bytes += size;
    if (r.request().resourceType() === 'script') js += size;
  }
  await page.close();
  return { requests: responses.length, kb: bytes / 1000, jsKb: js / 1000 };
}


/** The routes weighed: the first story and the first embed by name, as Lighthouse's. */
function weightRoutes(out) {
  const slug = fs.readdirSync(path.join(out, 'stories'))[0];
  const chart = fs.readdirSync(path.join(out, 'embed'))[0];
  return { home: '/', story: `/stories/${slug}/`, tag: '/tags/canada/', embed: `/embed/${chart}/`, about: '/about/', search: '/search/?q=masks' };
}

async function weighAll(base, routes) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
  const weights = {};
  for (const [name, route] of Object.entries(routes)) weights[name] = await weigh(browser, base + route);
  await browser.close();
  console.log('weights', weights);
  return weights;
}

/** The map's own bytes: its SVG layouts (one per width, lib/charts/variants.ts) in the HTML of the story that shows it; undefined without a map. */
function mapBytes(out) {
  const mapStory = fs.readdirSync(path.join(out, 'stories')).map((s) => path.join(out, 'stories', s, 'index.html')).find((f) => fs.existsSync(f) && fs.readFileSync(f, 'utf8').includes('data-chart="map"'));
  const svgs = mapStory ? [...fs.readFileSync(mapStory, 'utf8').matchAll(/<figure[^>]*data-chart="map"[\s\S]*?<\/figure>/g)].flatMap((m) => m[0].match(/<svg[^>]*chart-svg[\s\S]*?<\/svg>/g) ?? []) : [];
  const variants = svgs.map((svg) => /data-variant="([^"]+)"/.exec(svg)?.[1] ?? '?');
  const kb = svgs.length ? { variants, raw: svgs.reduce((n, s) => n + Buffer.byteLength(s), 0) / 1000, brotli: zlib.brotliCompressSync(svgs.join('')).length / 1000 } : undefined;
  console.log('map', kb);
  return kb;
}

function weightSection(weights, routes, mapKb) {
  return `## Weight per route type (first load, as transferred)

Measured on ${today()} (\`npm run bench\`, or \`node scripts/bench.mjs --weight-only\` on the site \`npm run build\` wrote), in Chromium, every response's headers and body as \`npm start\` sends them.

| route | requests | total | JavaScript |
| --- | --- | --- | --- |
${Object.entries(weights).map(([name, w]) => `| ${name} (\`${routes[name]}\`) | ${w.requests} | ${w.kb.toFixed(1)} kB | ${w.jsKb.toFixed(1)} kB |`).join('\n')}

${mapKb ? `The map's ${mapKb.variants.length} SVG layouts (${mapKb.variants.join(', ')}) add ${mapKb.raw.toFixed(1)} kB to its story's HTML (${mapKb.brotli.toFixed(1)} kB with brotli, all together), the base maps included: they are paths drawn at build time, and no geodata is loaded.\n\n` : ''}Budgets for a story page: at most 180 kB in at most 15 requests, at most 140 kB of JavaScript, of which our own at most 12 kB.
All of the JavaScript here is our own (\`/assets/site.js\`): Next's client runtime is stripped after export.
On the search page, Pagefind's index and WebAssembly load only once a query is made.
`;
}

function autocannon(url) {
  const out = execFileSync('autocannon', ['--json', '--duration', '10', '--connections', '10', url], { env, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  const r = JSON.parse(out.toString());
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

// 0. The content check as an editor runs it: the archive (its content folder, when the archive
// was built; else generated here) cold, unchanged and after a one-character edit, and the real
// site with one story of 1 MB. Each figure is the median of three runs of the command.
function checkInputs() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'n95-check-bench-'));
  const copy = (name) => {
    const dir = path.join(root, name);
    fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
    return dir;
  };
  const originals = fs.readdirSync(path.join(ROOT, 'content', 'stories')).filter((f) => f.endsWith('.mdx'));
  // One long story: a real story's body again and again (its charts only once), to 1 MB.
  const big = copy('big');
  const source = fs.readFileSync(path.join(big, 'stories', originals[0]), 'utf8');
  const end = source.indexOf('\n---', 4) + 4;
  const body = source.slice(end).replace(/^<Chart [^\n]*\/>$/gm, '');
  let text = source;
  while (Buffer.byteLength(text) < 1e6) text += body;
  fs.writeFileSync(path.join(big, 'stories', 'one-megabyte.mdx'), text.replace(/^title: "(.*)"$/m, 'title: "One megabyte"'));
  return { root, big, bigKb: Buffer.byteLength(text) / 1000 };
}

/** One character of a story changed (a space at its end, added or taken away): the check reads it again, its problems the same. */
function editOneStory(dir) {
  const file = path.join(dir, 'stories', fs.readdirSync(path.join(dir, 'stories')).filter((f) => f.endsWith('.mdx')).sort()[0]);
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.endsWith(' ') ? text.slice(0, -1) : `${text} `);
}

/**
 * Three runs of npm run check on the content folder `dir`, each `mode`: 'cold', with an empty story
 * cache (scripts/lib/story-cache.ts) of its own, as after a clone or a change to the check's code;
 * 'warm', nothing changed since the check before it; 'edit', one story changed by one character
 * since. The warm and edit runs follow one run that fills the cache, not counted. The median's
 * wall and CPU time, the load at the first, and how many stories each run read (CHECK_STATS), so
 * a cold figure is known to have read every story.
 */
async function checkRuns(dir, extra = {}, mode = 'cold') {
  const caches = fs.mkdtempSync(path.join(os.tmpdir(), 'n95-check-bench-cache-'));
  const run = (cache) => measure(ROOT, process.execPath, ['scripts/check.mjs'], { env: { ...env, CONTENT_DIR: dir, CHECK_STORY_CACHE: cache, CHECK_STATS: '1', ...extra } });
  const kept = path.join(caches, 'kept');
  if (mode !== 'cold') await run(kept);
  const runs = [];
  for (let i = 0; i < 3; i++) {
    if (mode === 'edit') editOneStory(dir);
    runs.push(await run(mode === 'cold' ? path.join(caches, `cold-${i}`) : kept));
  }
  fs.rmSync(caches, { recursive: true, force: true });
  const files = Number(/✓ (\d+) stories/.exec(runs[0].stdout)?.[1] ?? 0);
  const read = runs.map((r) => Number(/\(check stats: \d+ stories, \d+ from the story cache[^,]*, (\d+) read/.exec(r.stderr)?.[1] ?? NaN));
  return { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs ?? 0)), load: runs[0].load, treeMb: Math.max(...runs.map((r) => r.treeMb)), files, read, runs: runs.map((r) => r.ms) };
}

async function checkFigures(archiveContent) {
  const { root, big, bigKb } = checkInputs();
  let archive = archiveContent;
  if (!archive) {
    archive = path.join(root, 'archive');
    fs.cpSync(path.join(ROOT, 'content'), archive, { recursive: true });
    addArchive(archive, ARCHIVE_EXTRA);
  }
  // The one-story edits go into a copy: the archive may be the build benchmark's.
  const edited = path.join(root, 'edited');
  fs.cpSync(archive, edited, { recursive: true });
  const model = (dir) => JSON.parse(execFileSync(path.join(BIN, 'tsx'), ['scripts/bench-model.ts', '3'], { env: { ...env, CONTENT_DIR: dir }, encoding: 'utf8' }));
  // As npm run check decides (a worker thread per core: scripts/lib/story-workers.ts), cold, then with the story cache, then with one worker fewer and the command's own thread reading too.
  const figures = {
    archive: await checkRuns(archive),
    warm: await checkRuns(archive, {}, 'warm'),
    edit: await checkRuns(edited, {}, 'edit'),
    threaded: await checkRuns(archive, { CHECK_THREADS: String(Math.max(1, os.availableParallelism() - 1)) }),
    big: { ...(await checkRuns(big)), modelMs: model(big).ms },
  };
  for (const [name, f] of Object.entries(figures)) console.log(`check ${name}: ${seconds(f.ms)} s (runs ${f.runs.map(seconds).join(', ')} s; CPU ${seconds(f.cpuMs)} s, load ${f.load.toFixed(1)}; stories read ${f.read.join(', ')}), peak ${mb(f.treeMb)}${f.modelMs ? `; the model alone ${seconds(f.modelMs)} s` : ''}`);
  fs.rmSync(root, { recursive: true, force: true });
  return { ...figures, bigKb };
}

/**
 * 1. Build cost: the real site, cold; the archive (ARCHIVE_EXTRA generated English stories, each
 * with its French translation), cold; then one story corrected (in both editions, as the pairing
 * check requires) and the archive built again, as a newsroom would, nothing removed.
 */
async function buildFigures() {
  const small = { ...archiveSite(path.join(ROOT, '.bench', 'site-0'), 0) };
  Object.assign(small, await build(small.dir));
  console.log(`build, real site (${small.files} story files): ${says(small)}`);
  const archive = { ...archiveSite(path.join(ROOT, '.bench', 'archive'), ARCHIVE_EXTRA) };
  Object.assign(archive, await build(archive.dir));
  console.log(`build, archive (${archive.files} story files), cold: ${says(archive)}`);
  const note = 'A date in this story was wrong.';
  for (const file of ['bench-1.mdx', path.join('fr', 'banc-1.mdx')]) {
    const at = path.join(archive.dir, 'content', 'stories', file);
    const text = fs.readFileSync(at, 'utf8');
    if (!/^corrections: \[\]$/m.test(text)) throw new Error(`${at}: no "corrections: []" line to correct`);
    fs.writeFileSync(at, text.replace(/^corrections: \[\]$/m, `corrections:\n  - date: 2026-11-22\n    text: "${note}"`));
  }
  const correction = await build(archive.dir);
  const page = path.join(archive.dir, 'out', 'stories', 'bench-1', 'index.html');
  correction.shown = fs.existsSync(page) && fs.readFileSync(page, 'utf8').includes('A date in this story was wrong');
  console.log(`build, archive after a correction to one story: ${says(correction)}${correction.shown ? '' : ' -- THE CORRECTION IS NOT ON THE PAGE'}`);
  return { small, archive, correction };
}

function buildSection(b, date) {
  const { small, archive, correction } = b;
  const rows = [
    ['the real site, cold', small],
    [`the archive (${archive.files} story files), cold`, archive],
    ['the archive after a one-story correction', correction],
  ];
  const ratio = archive.ms / small.ms;
  const correctionSteps = correction.steps ? `\n\nThe correction build's steps (${correction.steps.incremental ? 'incremental' : 'a full build'}, ${correction.steps.pages} pages written): ${correction.steps.steps.map((s) => `${s.name} ${seconds(s.ms)} s`).join(', ')}.` : '';
  return `## Build time

Measured on ${date} by \`node scripts/bench.mjs --archive-only\` (or \`npm run bench\`), ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}. The archive is the real site (${small.files} story files) with ${ARCHIVE_EXTRA} generated English stories, each with its French translation (\`scripts/lib/archive.mjs\`: copies of the real stories under new names and dates, so they show the real charts): ${archive.files} story files. Quotations are checked against the real source reports (\`SOURCES_DIR\`). Only these three builds were measured (no 23- or 203-story builds any more), one after another, each once.

| build | wall time | CPU time | load at start (${os.cpus().length} cores) | pages | peak memory, whole process tree | largest process |
| --- | --- | --- | --- | --- | --- | --- |
${rows.map(([name, r]) => `| ${name} | ${seconds(r.ms)} s | ${r.cpuMs ? `${seconds(r.cpuMs)} s` : 'n/a'} | ${r.load.toFixed(1)} | ${r.pages} | ${mb(r.treeMb)} | ${mb(r.largestMb)} |`).join('\n')}

Budgets (issue 19), as measured here:

- cold archive build at most 6× the real site's: **${ratio.toFixed(1)}×** (${seconds(archive.ms)} s against ${seconds(small.ms)} s; in CPU time ${archive.cpuMs && small.cpuMs ? `${(archive.cpuMs / small.cpuMs).toFixed(1)}×` : 'n/a'}) -- ${ratio <= 6 ? 'met' : 'missed'};
- a one-story correction ready to upload within 60 s: **${seconds(correction.ms)} s** -- ${correction.ms <= 60_000 ? 'met' : 'missed'}${correction.shown ? '' : ' (and the correction was not found on the rebuilt page)'};
- peak memory under 2 GB (the sum of every process of the build, sampled every 150 ms from /proc): **${mb(Math.max(archive.treeMb, correction.treeMb))}** -- ${Math.max(archive.treeMb, correction.treeMb) < 2048 ? 'met' : 'missed'}${atPeak(archive, correction)}.

Wall times are only comparable at a similar load: on a shared machine, CPU time is the steadier figure. Memory sums each process's resident set, so pages they share are counted more than once: an upper bound.

### Which steps grow with the archive

${stepSection(small.steps, archive.steps, ['the real site', 'the archive'])}${correctionSteps}
`;
}

function checkSection(c, date) {
  const row = (what, f, budget, model = '') => `| ${what} | ${seconds(f.ms)} s | ${seconds(f.cpuMs)} s | ${f.read.join(', ')} | ${f.load.toFixed(1)} | ${mb(f.treeMb)} | ${model} | ${budget} |\n`;
  const threads = `${checkThreads()} worker thread${checkThreads() === 1 ? '' : 's'}, the command's own reading none`;
  return `## Content check (\`npm run check\`)

| content | check (whole command) | CPU time | stories read (each run) | load at start | peak memory | the model alone (in process) | budget |
| --- | --- | --- | --- | --- | --- | --- | --- |
${row(`the archive, ${c.archive.files} story files, cold: an empty story cache (${threads})`, c.archive, 'under 10 s')}${row('the archive again, nothing changed (every story from the story cache)', c.warm, '')}${row('the archive, one story changed by one character before each run', c.edit, '')}${c.threaded ? row(`the archive, cold, a worker per core but one and the command's own thread reading too (\`CHECK_THREADS=${Math.max(1, os.availableParallelism() - 1)}\`)`, c.threaded, 'under 10 s') : ''}${row(`the real site and one story of ${Math.round(c.bigKb)} kB, cold`, c.big, 'the story under 1 s', `${seconds(c.big.modelMs)} s`)}
Measured on ${date}: medians of three runs of the command (Node's start-up and reading the cached bundle included; the archive's cold runs took ${c.archive.runs.map(seconds).join(', ')} s), and of three builds of the model (\`scripts/bench-model.ts\`), quotations checked against the real source reports. A cold run has a story cache of its own, empty, and reads every story (the count above, from \`CHECK_STATS=1\`); the warm and edited runs follow a run that filled it, not counted. The story cache (\`scripts/lib/story-cache.ts\`) keeps what reading each story gave, keyed on its path and text, the data files, the public files, how paths are shown and the check's bundled code; the passes over the whole model (links between stories, translations, quotations against the source reports, what PUBLISH_TIME decides) run on every check. A site of 200 stories or more is read in a worker thread per core, whatever the load, the command's own thread reading none (\`scripts/lib/story-workers.ts\`): each compiles the stories it takes and runs their own checks there (\`lib/content/story-facts.ts\`), and sends back only problems and small facts, never the trees; the passes then run once, in one order (\`lib/content/model.ts\` checkFiles), so the problems and their order are the same. \`CHECK_THREADS=n\` sets the number of workers. In the bundle, mdast-util-from-markdown's compiler hands every token one context instead of a copy each (\`scripts/check.mjs\`). A story over 100,000 characters is parsed section by section (\`lib/content/sections.ts\`).
`;
}


const machine = () => `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (1, 5, 15 min) when it ended`;
const today = () => new Date().toISOString().slice(0, 10);
const desk = () => deskFigures({ root: ROOT, parts: PARTS, port: DESK_PORT, env, chromiumPath: CHROMIUM, flags: FLAGS.slice(1) });

if (DESK_ONLY) {
  const section = deskSection(await desk(), { date: today(), machine: machine() });
  const file = path.join(ROOT, 'BENCHMARKS.md');
  // The section replaces its older figures, its notes kept, or goes before the page weights.
  fs.writeFileSync(file, replaceSection(fs.readFileSync(file, 'utf8'), section, 'Weight per route type'));
  fs.rmSync(path.join(ROOT, '.bench'), { recursive: true, force: true });
  console.log('\nWrote the desk section of BENCHMARKS.md');
  process.exit(0);
}

// The archive's figures are kept as JSON outside .bench/ (which the bench empties), so their sections
// can be written again without measuring again: --sections-from=<that file>.
const FIGURES = path.join(ROOT, 'node_modules', '.cache', 'n95-bench-archive.json');

if (ARCHIVE_ONLY || SECTIONS_FROM) {
  let figures;
  if (SECTIONS_FROM) figures = JSON.parse(fs.readFileSync(SECTIONS_FROM, 'utf8'));
  else {
    const builds = await buildFigures();
    const checks = await checkFigures(path.join(builds.archive.dir, 'content'));
    figures = { builds, checks, date: today(), machine: machine() };
    fs.mkdirSync(path.dirname(FIGURES), { recursive: true });
    fs.writeFileSync(FIGURES, JSON.stringify(figures, null, 1));
    console.log(`Figures kept in ${path.relative(ROOT, FIGURES)}`);
  }
  const { builds, checks, date } = figures;
  const file = path.join(ROOT, 'BENCHMARKS.md');
  let md = fs.readFileSync(file, 'utf8');
  md = replaceSection(md, buildSection(builds, date), 'Content check');
  md = replaceSection(md, checkSection(checks, date), 'The desk');
  fs.writeFileSync(file, md);
  fs.rmSync(path.join(ROOT, '.bench'), { recursive: true, force: true });
  console.log(`\nWrote the build and check sections of BENCHMARKS.md (${figures.machine})`);
  process.exit(0);
}

if (CHECK_ONLY) {
  await checkFigures();
  process.exit(0);
}

if (WEIGHT_ONLY) {
  // The site npm run build wrote (out/), served as npm start serves it.
  const out = path.join(ROOT, 'out');
  const server = serve(ROOT, 4400);
  await waitFor(server.url);
  const routes = weightRoutes(out);
  const section = weightSection(await weighAll(server.url, routes), routes, mapBytes(out));
  server.child.kill();
  const file = path.join(ROOT, 'BENCHMARKS.md');
  fs.writeFileSync(file, replaceSection(fs.readFileSync(file, 'utf8'), section, 'Lighthouse (mobile)'));
  console.log('\nWrote the page weights of BENCHMARKS.md');
  process.exit(0);
}
const deskFigured = await desk();
const builds = await buildFigures();
const checks = await checkFigures(path.join(builds.archive.dir, 'content'));

// 2. Weight, Lighthouse and throughput on the real site (the first build above).
const { dir } = builds.small;
const port = 4400;
const server = serve(dir, port);
const base = `http://localhost:${port}`;
await waitFor(base);
const routes = weightRoutes(path.join(dir, 'out'));
const weights = await weighAll(base, routes);
// Lighthouse on home, a story, a tag and an embed (scripts/lib/bench-lighthouse.mjs: medians of three, load, LCP element).
const scores = await measureLighthouse(base, lighthouseRoutes(path.join(dir, 'out')), { bin: TOOLS, controlPort: port + 3 });
console.log('lighthouse', scores);
const throughput = { story: autocannon(base + routes.story), embed: autocannon(base + routes.embed) };
console.log('throughput', throughput);
server.child.kill();

const mapKb = mapBytes(path.join(dir, 'out'));
console.log('map', mapKb);

// 3. BENCHMARKS.md
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const chromiumVersion = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim();
const date = new Date().toISOString().slice(0, 10);
const md = `# Benchmarks

Measured by \`npm run bench\` on ${date}: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromiumVersion}. Cold builds (no .next cache); Lighthouse ${execFileSync('lighthouse', ['--version'], { env }).toString().trim()} with its mobile defaults (simulated slow 4G, 4× CPU slowdown), median of three runs; loads served by \`npm start\` (brotli) on loopback.

${buildSection(builds, date)}
${checkSection(checks, date)}
${deskSection(deskFigured, { date, machine: machine() })}

${weightSection(weights, routes, mapKb)}

${lighthouseSection(scores)}

## npm start throughput (autocannon, 10 connections, 10 s)

| page | requests/s | p99 latency | errors |
| --- | --- | --- | --- |
${Object.entries(throughput).map(([name, t]) => `| ${name} | ${Math.round(t.rps)} | ${t.p99} ms | ${t.errors} |`).join('\n')}
`;
// Every section's figures are new; the notes written by hand under its ### headings are kept.
const benchmarks = path.join(ROOT, 'BENCHMARKS.md');
fs.writeFileSync(benchmarks, keepingNotes(fs.existsSync(benchmarks) ? fs.readFileSync(benchmarks, 'utf8') : '', md));
fs.rmSync(path.join(ROOT, '.bench'), { recursive: true, force: true });
console.log('\nWrote BENCHMARKS.md');
