// npm run bench: the content check at 1,003 stories and with a 1 MB story, build cost at 3, 20+, 200+ and 1,000+ stories (cold, and a correction rebuilt), bytes and requests per route type,
// Lighthouse (mobile defaults, median of three) and npm start's throughput on loopback, and the editing desk's figures (scripts/bench-desk.mjs).
// Prints the figures and writes BENCHMARKS.md. Timings live here, never in tests.
// --check-only: only the content check's figures, printed (no build, no BENCHMARKS.md).
// --desk-only: only the desk's figures; they replace the desk's section of BENCHMARKS.md. The desk
// listens on BENCH_DESK_PORT (default 4401).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import zlib from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { deskFigures, deskSection } from './bench-desk.mjs';
import { benchTools } from './lib/bench-tools.mjs';

const ROOT = process.cwd();
const BIN = path.join(ROOT, 'node_modules', '.bin');
// Lighthouse and autocannon come from the registry on the first run (scripts/lib/bench-tools.mjs).
// (Kept under node_modules/.cache, since the bench empties .bench/ when it ends.)
const CHECK_ONLY = process.argv.includes('--check-only');
const DESK_ONLY = process.argv.includes('--desk-only');
const DESK_PORT = Number(process.env.BENCH_DESK_PORT ?? 4401);
const TOOLS = CHECK_ONLY || DESK_ONLY ? undefined : benchTools(path.join(ROOT, 'node_modules', '.cache', 'n95-bench-tools'));
const env = { ...process.env, PATH: [BIN, ...(TOOLS ? [TOOLS] : []), process.env.PATH].join(path.delimiter), NEXT_TELEMETRY_DISABLED: '1' };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const PARTS = ['app', 'components', 'lib', 'content', 'scripts', 'mdx-components.tsx', 'next.config.mjs', 'tailwind.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package.json'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms) => (ms / 1000).toFixed(1);

/** A copy of the site with `extra` generated stories (clones of the real ones under new names). */
function siteWith(extra) {
  const dir = path.join(ROOT, '.bench', `site-${extra}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const part of PARTS) fs.cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
  const stories = path.join(dir, 'content', 'stories');
  const originals = fs.readdirSync(stories).filter((f) => f.endsWith('.mdx'));
  for (let i = 0; i < extra; i++) {
    const source = fs.readFileSync(path.join(stories, originals[i % originals.length]), 'utf8');
    const day = String((i % 28) + 1).padStart(2, '0');
    const text = source
      .replace(/^title: "(.*)"$/m, `title: "Bench ${i + 1}: $1"`)
      .replace(/^published: .*$/m, `published: 2025-${String((i % 12) + 1).padStart(2, '0')}-${day}T09:00:00-05:00`);
    fs.writeFileSync(path.join(stories, `bench-${i + 1}.mdx`), text);
  }
  return { dir, stories: originals.length + extra };
}

// GNU time reports the peak memory of the largest process of the build (Next's workers included),
// and the CPU time of the build and every process it waited for.
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * Runs a command in `dir`; its wall time, the machine's load when it started, and its peak memory
 * in MB and CPU time in ms where GNU time is there to tell. The machine may be shared: wall time
 * grows with the load others put on it, CPU time much less.
 */
function timed(dir, args) {
  const [command, rest] = TIME ? [TIME, ['-f', 'peak-kb %M cpu-s %U %S', ...args]] : [args[0], args.slice(1)];
  const load = os.loadavg()[0];
  const started = performance.now();
  const result = spawnSync(command, rest, { cwd: dir, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed in ${dir}:\n${result.stdout}\n${result.stderr}`);
  const kb = /peak-kb (\d+)/.exec(result.stderr)?.[1];
  const cpu = /cpu-s ([\d.]+) ([\d.]+)/.exec(result.stderr);
  return { ms, load, mb: kb ? Number(kb) / 1024 : undefined, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined };
}

function timedBuild(dir, { cold = true } = {}) {
  fs.rmSync(path.join(dir, '.next'), { recursive: true, force: true });
  // Cold: nothing kept from an earlier build, share cards included.
  if (cold) fs.rmSync(path.join(dir, 'node_modules', '.cache'), { recursive: true, force: true });
  return timed(dir, ['node', 'scripts/build.mjs']);
}

function serve(dir, port) {
  const child = spawn('node', ['scripts/serve.mjs'], { cwd: dir, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
  // A server left over on the port would be measured instead of this build: fail loudly.
  child.stderr.on('data', (d) => process.stderr.write(d));
  child.on('exit', (code) => code && (console.error(`The server for ${dir} exited (${code}); is port ${port} taken?`), process.exit(1)));
  process.on('exit', () => child.kill());
  return { child, url: `http://localhost:${port}` };
}

async function waitFor(url) {
  for (let i = 0; i < 50; i++) {
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
  await page.goto(url, { waitUntil: 'networkidle' });
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

function lighthouse(url) {
  const runs = [];
  for (let i = 0, failures = 0; i < 3; i++) {
    // Lighthouse sometimes exits 1 after a complete run, when it cannot remove Chrome's temporary
    // profile; the report on stdout is what counts.
    const run = spawnSync('lighthouse', [url, '--quiet', '--output=json', `--chrome-flags=${FLAGS.join(' ')}`], { env: { ...env, CHROME_PATH: CHROMIUM }, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
    let r;
    try {
      r = JSON.parse(run.stdout);
    } catch {
      r = { runtimeError: { message: run.stderr } };
    }
    // Now and then a trace comes back empty (NO_NAVSTART); such a run measured nothing, so it is run again.
    if (r.runtimeError && ++failures <= 2) {
      console.error(`Lighthouse run failed for ${url}, trying again: ${r.runtimeError.message.split('\n')[0]}`);
      i--;
      continue;
    }
    if (r.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${r.runtimeError.message}`);
    runs.push({
      performance: r.categories.performance.score * 100,
      accessibility: r.categories.accessibility.score * 100,
      bestPractices: r.categories['best-practices'].score * 100,
      seo: r.categories.seo.score * 100,
      lcp: r.audits['largest-contentful-paint'].numericValue,
      tbt: r.audits['total-blocking-time'].numericValue,
      cls: r.audits['cumulative-layout-shift'].numericValue,
    });
  }
  return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
}

function autocannon(url) {
  const out = execFileSync('autocannon', ['--json', '--duration', '10', '--connections', '10', url], { env, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  const r = JSON.parse(out.toString());
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

// 0. The content check, cold, as an editor runs it: 1,003 stories, and one story of 1 MB.
// Inputs are generated in a temporary folder (CONTENT_DIR); each figure is the median of three runs.
function checkInputs() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'n95-check-bench-'));
  const copy = (name) => {
    const dir = path.join(root, name);
    fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
    return dir;
  };
  const originals = fs.readdirSync(path.join(ROOT, 'content', 'stories')).filter((f) => f.endsWith('.mdx'));
  const many = copy('many');
  for (let i = 0; originals.length + i < 1003; i++) {
    const source = fs.readFileSync(path.join(many, 'stories', originals[i % originals.length]), 'utf8');
    fs.writeFileSync(path.join(many, 'stories', `bench-${i + 1}.mdx`), source.replace(/^title: "(.*)"$/m, `title: "Bench ${i + 1}: $1"`));
  }
  // One long story: a real story's body again and again (its charts only once), to 1 MB.
  const big = copy('big');
  const source = fs.readFileSync(path.join(big, 'stories', originals[0]), 'utf8');
  const end = source.indexOf('\n---', 4) + 4;
  const body = source.slice(end).replace(/^<Chart [^\n]*\/>$/gm, '');
  let text = source;
  while (Buffer.byteLength(text) < 1e6) text += body;
  fs.writeFileSync(path.join(big, 'stories', 'one-megabyte.mdx'), text.replace(/^title: "(.*)"$/m, 'title: "One megabyte"'));
  return { root, many, big, bigKb: Buffer.byteLength(text) / 1000 };
}

function checkFigures() {
  const { root, many, big, bigKb } = checkInputs();
  const run = (dir) => {
    const command = timed(ROOT, ['env', `CONTENT_DIR=${dir}`, path.join(BIN, 'tsx'), 'scripts/check.ts']);
    return command;
  };
  const model = (dir) => JSON.parse(execFileSync(path.join(BIN, 'tsx'), ['scripts/bench-model.ts', '3'], { env: { ...env, CONTENT_DIR: dir }, encoding: 'utf8' }));
  const figures = {};
  for (const [name, dir] of Object.entries({ many, big })) {
    const runs = [run(dir), run(dir), run(dir)];
    figures[name] = { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs ?? 0)), load: runs[0].load, modelMs: model(dir).ms };
    console.log(`check ${name}: ${seconds(figures[name].ms)} s (CPU ${seconds(figures[name].cpuMs)} s, load ${figures[name].load.toFixed(1)}); the model alone ${seconds(figures[name].modelMs)} s`);
  }
  fs.rmSync(root, { recursive: true, force: true });
  return { ...figures, bigKb };
}

const machine = () => `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (1, 5, 15 min) when it ended`;
const today = () => new Date().toISOString().slice(0, 10);
const desk = () => deskFigures({ root: ROOT, parts: PARTS, port: DESK_PORT, env, chromiumPath: CHROMIUM, flags: FLAGS.slice(1) });

if (DESK_ONLY) {
  const section = deskSection(await desk(), { date: today(), machine: machine() });
  const file = path.join(ROOT, 'BENCHMARKS.md');
  const old = fs.readFileSync(file, 'utf8');
  // The section replaces its older self, or goes before the page weights.
  const at = /^## The desk\b[\s\S]*?(?=^## )/m;
  fs.writeFileSync(file, at.test(old) ? old.replace(at, `${section}\n`) : old.replace(/^## Weight per route type/m, `${section}\n## Weight per route type`));
  fs.rmSync(path.join(ROOT, '.bench'), { recursive: true, force: true });
  console.log('\nWrote the desk section of BENCHMARKS.md');
  process.exit(0);
}

const checks = checkFigures();
if (CHECK_ONLY) process.exit(0);
const deskFigured = await desk();

// 1. Build cost as the site grows.
const builds = [];
// The machine's first build pays for cold disk caches; a warm-up keeps that out of the figures.
timedBuild(siteWith(0).dir);
for (const extra of [0, 20, 200, 1000]) {
  const { dir, stories } = siteWith(extra);
  const { ms, mb, cpuMs, load } = timedBuild(dir);
  builds.push({ dir, stories, ms, mb, cpuMs, load });
  console.log(`build: ${stories} stories in ${seconds(ms)} s (CPU ${cpuMs ? seconds(cpuMs) : '?'} s, load ${load.toFixed(1)}), peak ${mb?.toFixed(0) ?? '?'} MB`);
}

// A correction at archive scale: one story changes, and the site is rebuilt; the check alone too.
const archive = builds[3];
const corrected = path.join(archive.dir, 'content', 'stories', 'bench-1.mdx');
fs.writeFileSync(corrected, fs.readFileSync(corrected, 'utf8').replace(/^corrections: \[\]$/m, 'corrections:\n  - date: 2026-11-22\n    text: "A date was wrong."'));
const correction = timedBuild(archive.dir, { cold: false });
const check = timed(archive.dir, ['tsx', 'scripts/check.ts']);
console.log(`correction rebuilt: ${seconds(correction.ms)} s (load ${correction.load.toFixed(1)}); check alone: ${seconds(check.ms)} s`);

// 2. Weight, Lighthouse and throughput on the real site (the first build above).
const { dir } = builds[0];
const port = 4400;
const server = serve(dir, port);
const base = `http://localhost:${port}`;
await waitFor(base);
const slug = fs.readdirSync(path.join(dir, 'out', 'stories'))[0];
const chart = fs.readdirSync(path.join(dir, 'out', 'embed'))[0];
const routes = { home: '/', story: `/stories/${slug}/`, tag: '/tags/canada/', embed: `/embed/${chart}/`, about: '/about/', search: '/search/?q=masks' };
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
const weights = {};
for (const [name, route] of Object.entries(routes)) weights[name] = await weigh(browser, base + route);
await browser.close();
console.log('weights', weights);
const scores = { story: lighthouse(base + routes.story), home: lighthouse(base + routes.home) };
console.log('lighthouse', scores);
const throughput = { story: autocannon(base + routes.story), embed: autocannon(base + routes.embed) };
console.log('throughput', throughput);
server.child.kill();

// The map's own bytes: its two SVG layouts (narrow, wide) in the HTML of the story that shows it.
const mapStory = fs.readdirSync(path.join(dir, 'out', 'stories')).map((s) => path.join(dir, 'out', 'stories', s, 'index.html')).find((f) => fs.readFileSync(f, 'utf8').includes('data-chart="map"'));
const mapSvgs = mapStory ? [...fs.readFileSync(mapStory, 'utf8').matchAll(/<figure[^>]*data-chart="map"[\s\S]*?<\/figure>/g)].flatMap((m) => m[0].match(/<svg[^>]*chart-svg[\s\S]*?<\/svg>/g) ?? []) : [];
const mapKb = { raw: mapSvgs.reduce((n, s) => n + Buffer.byteLength(s), 0) / 1000, gzip: mapSvgs.reduce((n, s) => n + zlib.gzipSync(s, { level: 9 }).length, 0) / 1000 };
console.log('map', mapKb);

// 3. BENCHMARKS.md
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const chromiumVersion = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim();
const date = new Date().toISOString().slice(0, 10);
const [small, , large, huge] = builds;
const md = `# Benchmarks

Measured by \`npm run bench\` on ${date}: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromiumVersion}. Cold builds (no .next cache); Lighthouse ${execFileSync('lighthouse', ['--version'], { env }).toString().trim()} with its mobile defaults (simulated slow 4G, 4× CPU slowdown), median of three runs; loads served by \`npm start\` (brotli) on loopback.

## Build time

| stories | build | each story beyond the real ${small.stories} | CPU time | load at start (${os.cpus().length} cores) | peak memory (largest process) |
| --- | --- | --- | --- | --- | --- |
${builds.map((b) => `| ${b.stories} | ${seconds(b.ms)} s | ${b === small ? '' : `${((b.ms - small.ms) / (b.stories - small.stories) / 1000).toFixed(2)} s`} | ${b.cpuMs ? `${seconds(b.cpuMs)} s` : 'n/a'} | ${b.load.toFixed(1)} | ${b.mb ? `${b.mb.toFixed(0)} MB` : 'n/a'} |`).join('\n')}

Wall times are only comparable at a similar load: on a shared machine, CPU time is the steadier figure.

${builds[2].stories} stories take ${(large.ms / builds[1].ms).toFixed(1)}× the time of ${builds[1].stories} (budget: at most 4×), ${(large.ms / small.ms).toFixed(1)}× the real site of ${small.stories}.

At archive scale (${huge.stories} stories), a correction to one story is rebuilt and ready to upload in ${seconds(correction.ms)} s (budget: under 120 s; load ${correction.load.toFixed(1)} at start): every story is compiled once, in the check step, pages are rendered on every core, and only the changed story's share card is drawn again. \`npm run check\` alone takes ${seconds(check.ms)} s. A cold build, with every share card drawn, takes ${seconds(huge.ms)} s.

Per story at that scale: ${(huge.ms / huge.stories).toFixed(0)} ms of cold build, ${(correction.ms / huge.stories).toFixed(0)} ms of rebuild after a correction, ${(check.ms / huge.stories).toFixed(1)} ms of check${huge.mb ? `, and ${((huge.mb - small.mb) / (huge.stories - small.stories) * 1024).toFixed(0)} kB of peak memory beyond the real site's ${small.mb.toFixed(0)} MB` : ''}.

## Content check (\`npm run check\`)

| content | check (whole command) | CPU time | load at start | the model alone (in process) | budget |
| --- | --- | --- | --- | --- | --- |
| 1,003 stories | ${seconds(checks.many.ms)} s | ${seconds(checks.many.cpuMs)} s | ${checks.many.load.toFixed(1)} | ${seconds(checks.many.modelMs)} s | under 10 s |
| the real site and one story of ${Math.round(checks.bigKb)} kB | ${seconds(checks.big.ms)} s | ${seconds(checks.big.cpuMs)} s | ${checks.big.load.toFixed(1)} | ${seconds(checks.big.modelMs)} s | the story under 1 s |

Medians of three cold runs of the command (Node and tsx start-up included), and of three builds of the model (\`scripts/bench-model.ts\`).

${deskSection(deskFigured, { date, machine: machine() })}

## Weight per route type (first load, as transferred)

| route | requests | total | JavaScript |
| --- | --- | --- | --- |
${Object.entries(weights).map(([name, w]) => `| ${name} (\`${routes[name]}\`) | ${w.requests} | ${w.kb.toFixed(1)} kB | ${w.jsKb.toFixed(1)} kB |`).join('\n')}

${mapSvgs.length ? `The map's two SVG layouts add ${mapKb.raw.toFixed(1)} kB to its story's HTML (${mapKb.gzip.toFixed(1)} kB gzipped), the base maps included: they are paths drawn at build time, and no geodata is loaded.\n\n` : ''}Budgets for a story page: at most 180 kB in at most 15 requests, at most 140 kB of JavaScript, of which our own at most 12 kB.
All of the JavaScript here is our own (\`/assets/site.js\`): Next's client runtime is stripped after export.
On the search page, Pagefind's index and WebAssembly load only once a query is made.

## Lighthouse (mobile)

| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |
| --- | --- | --- | --- | --- | --- | --- | --- |
${Object.entries(scores).map(([name, s]) => `| ${name} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} | ${(s.lcp / 1000).toFixed(2)} s | ${Math.round(s.tbt)} ms | ${s.cls.toFixed(3)} |`).join('\n')}

Budgets: 100 in each category, LCP at most 1.0 s, TBT at most 50 ms, CLS 0.

## npm start throughput (autocannon, 10 connections, 10 s)

| page | requests/s | p99 latency | errors |
| --- | --- | --- | --- |
${Object.entries(throughput).map(([name, t]) => `| ${name} | ${Math.round(t.rps)} | ${t.p99} ms | ${t.errors} |`).join('\n')}
`;
fs.writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), md);
fs.rmSync(path.join(ROOT, '.bench'), { recursive: true, force: true });
console.log('\nWrote BENCHMARKS.md');
