// The desk's figures for npm run bench (scripts/bench.mjs): its start time, and from a keystroke to
// the problem shown and to the preview redrawn, on the largest real story and on a 1 MB story.
// Measured in Chromium over `npm run desk` on a copy of the site (.bench/desk-site/), never on content/.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

/** Edits measured per story (after one warm-up); fewer on the 1 MB story, where each check takes seconds. */
const EDITS = { real: 20, big: 8 };
/** The editor's wait after the last keystroke before it checks (CHECK_DELAY in app/desk/(tools)/edit/Editor.tsx). */
const CHECK_DELAY = 150;
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const summary = (xs) => ({ median: percentile(xs, 50), p95: percentile(xs, 95), n: xs.length });

/** A copy of the site, with the real content, inside the repository (Turbopack accepts no project outside it). */
function copySite(root, parts) {
  const dir = path.join(root, '.bench', 'desk-site');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const part of [...parts, 'public']) if (fs.existsSync(path.join(root, part))) fs.cpSync(path.join(root, part), path.join(dir, part), { recursive: true });
  return dir;
}

/** `npm run desk` in the copy; resolves when /desk/ first answers 200, with the time that took. */
async function startDesk(dir, port, env) {
  const started = performance.now();
  const load = os.loadavg()[0];
  const log = [];
  const child = spawn('npm', ['run', 'desk', '--', '--port', String(port)], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout.on('data', (d) => log.push(String(d)));
  child.stderr.on('data', (d) => log.push(String(d)));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // gone already
    }
  };
  process.on('exit', stop);
  for (;;) {
    const status = await fetch(`http://127.0.0.1:${port}/desk/`).then((r) => r.status, () => 0);
    if (status === 200) break;
    if (child.exitCode !== null || performance.now() - started > 180_000) {
      stop();
      throw new Error(`npm run desk did not answer on port ${port} (is it taken?):\n${log.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { ms: performance.now() - started, load, stop };
}

/**
 * In the page: the time from the last keydown to the moment `done()` first holds, watched on every
 * animation frame and DOM change. Both ends are the page's own clock, so Playwright's round trips
 * are not counted.
 */
async function armWatch(page, kind, word) {
  await page.evaluate(
    ([kind, word]) => {
      const w = (window.__bench = { key: 0, at: 0 });
      addEventListener('keydown', () => (w.key = performance.now()), { capture: true });
      const region = document.querySelector('[aria-label="Problems"]');
      const frame = document.querySelector('iframe[title="Preview"]');
      const done =
        kind === 'problems'
          ? () => !region.querySelector('h2').textContent.includes('checking') && [...region.querySelectorAll('li button')].some((b) => b.textContent.includes('  error  '))
          : () => Boolean(frame.contentDocument?.body?.textContent.includes(word));
      const tick = () => {
        if (w.at) return;
        if (w.key && done()) w.at = performance.now();
        else requestAnimationFrame(tick);
      };
      new MutationObserver(() => !w.at && w.key && done() && (w.at = performance.now())).observe(region, { subtree: true, childList: true, characterData: true });
      requestAnimationFrame(tick);
    },
    [kind, word],
  );
}

const elapsed = (page) => page.evaluate(() => (window.__bench.at ? window.__bench.at - window.__bench.key : undefined));

/** Waits until the Problems heading is settled on no error (the text as typed, checked). */
async function settled(page, timeout = 120_000) {
  await page.waitForFunction(() => {
    const h2 = document.querySelector('[aria-label="Problems"] h2')?.textContent ?? '';
    return !h2.includes('checking') && !/\b[1-9]\d* errors?\b/.test(h2);
  }, undefined, { timeout });
}

/**
 * Requests the desk answered during the edits: check and preview calls, as the browser saw them
 * (from the request's start to its last byte, waiting for next dev's one thread included), and the
 * time the route itself took (its Server-Timing header).
 */
function serverTimes(page) {
  const times = { check: [], checkRoute: [], preview: [], previewRoute: [] };
  page.on('requestfinished', async (request) => {
    // responseEnd counts from the request's start; -1 when the browser did not say.
    const ms = request.timing().responseEnd;
    const url = request.url();
    const kind = url.includes('/desk/api/check/') ? 'check' : url.includes('/desk/api/preview/') ? 'preview' : undefined;
    if (!kind) return;
    if (ms > 0) times[kind].push(ms);
    const timing = /dur=([\d.]+)/.exec((await request.response())?.headers()['server-timing'] ?? '');
    if (timing) times[`${kind}Route`].push(Number(timing[1]));
  });
  return times;
}

/**
 * `edits` edits of one story, each on a new line at the end: a `{` typed (an MDX error) and timed to
 * the problem shown; removed; then a new word typed and timed to the preview showing it. Only the
 * `{` waits for the text to be checked first; the word follows at once, as an editor types.
 */
async function measureStory(browser, origin, rel, edits) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const load = os.loadavg()[0];
  await page.goto(`${origin}/desk/edit/?file=${rel}`, { timeout: 180_000 });
  const frame = page.frameLocator('iframe[title="Preview"]');
  // Attached, not visible: the frame's page may be laid out hidden until its theme is applied, and only its text is read.
  await frame.locator('h1').first().waitFor({ state: 'attached', timeout: 180_000 });
  const box = page.getByRole('textbox', { name: 'Story source' });
  await box.focus();
  await page.keyboard.press('Control+End');
  // Each edit is a line of its own at the end, typed and then removed; the first is a warm-up (next dev compiles the routes it calls).
  const problems = [];
  const previews = [];
  const server = serverTimes(page);
  for (let i = 0; i <= edits; i++) {
    await page.keyboard.type(`\nBench edit ${i} `);
    await settled(page);
    await armWatch(page, 'problems');
    await page.keyboard.type('{');
    await page.waitForFunction(() => window.__bench.at > 0, undefined, { timeout: 120_000 });
    const toProblem = await elapsed(page);
    const word = `zebra${i}q${Date.now() % 1e6}`;
    await page.keyboard.press('Backspace');
    await armWatch(page, 'preview', word);
    await page.keyboard.type(word);
    await page.waitForFunction(() => window.__bench.at > 0, undefined, { timeout: 120_000 });
    const toPreview = await elapsed(page);
    if (i === 0) for (const list of Object.values(server)) list.length = 0;
    else {
      problems.push(toProblem);
      previews.push(toPreview);
    }
  }
  await page.close();
  return { problems: summary(problems), preview: summary(previews), load, server: Object.fromEntries(Object.entries(server).map(([k, xs]) => [k, summary(xs)])) };
}

/** One check inside the server, without HTTP or React (scripts/bench-desk-check.ts), in the copy. */
function inProcess(dir, env, rel) {
  const out = execFileSync(path.join(dir, '..', '..', 'node_modules', '.bin', 'tsx'), ['scripts/bench-desk-check.ts', rel], { cwd: dir, env: { ...env, CONTENT_DIR: 'content' }, encoding: 'utf8' });
  return JSON.parse(out);
}

/** The bench's 1 MB story: a real story's body again and again (its charts only once), as the check's bench makes it. */
export function megabyteStory(storiesDir) {
  const originals = fs.readdirSync(storiesDir).filter((f) => f.endsWith('.mdx')).sort();
  const source = fs.readFileSync(path.join(storiesDir, originals[0]), 'utf8');
  const end = source.indexOf('\n---', 4) + 4;
  const body = source.slice(end).replace(/^<Chart [^\n]*\/>$/gm, '');
  let text = source;
  while (Buffer.byteLength(text) < 1e6) text += body;
  return text.replace(/^title: "(.*)"$/m, 'title: "One megabyte"');
}

/**
 * The desk's figures. `parts` are the site's files to copy; `port` the desk's. The largest real
 * story is measured before the 1 MB story is added to the copy: every check reads the whole
 * content model, and the 1 MB story in it would slow the real story's figures too.
 */
export async function deskFigures({ root, parts, port, env, chromiumPath, flags }) {
  const dir = copySite(root, parts);
  const stories = path.join(dir, 'content', 'stories');
  const largest = fs
    .readdirSync(stories)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ f, size: fs.statSync(path.join(stories, f)).size }))
    .sort((a, b) => b.size - a.size)[0];
  const deskEnv = { ...env, NEXT_TELEMETRY_DISABLED: '1' };
  for (const name of ['CONTENT_DIR', 'OUT_DIR', 'EXPORT_DIR', 'DESK', 'PORT', 'NODE_ENV']) delete deskEnv[name];
  const origin = `http://127.0.0.1:${port}`;

  const cold = await startDesk(dir, port, deskEnv);
  console.log(`desk: started (cold, no .next) in ${(cold.ms / 1000).toFixed(1)} s, load ${cold.load.toFixed(1)}`);
  cold.stop();
  await new Promise((r) => setTimeout(r, 2000));
  const desk = await startDesk(dir, port, deskEnv);
  console.log(`desk: started again (its .next kept) in ${(desk.ms / 1000).toFixed(1)} s, load ${desk.load.toFixed(1)}`);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: flags });
  try {
    const real = { ...(await measureStory(browser, origin, `stories/${largest.f}`, EDITS.real)), model: inProcess(dir, deskEnv, `stories/${largest.f}`) };
    console.log(`desk: ${largest.f} (${(largest.size / 1000).toFixed(1)} kB)`, JSON.stringify(real));
    const bigText = megabyteStory(stories);
    fs.writeFileSync(path.join(stories, 'one-megabyte.mdx'), bigText);
    const big = { ...(await measureStory(browser, origin, 'stories/one-megabyte.mdx', EDITS.big)), model: inProcess(dir, deskEnv, 'stories/one-megabyte.mdx') };
    console.log(`desk: one-megabyte.mdx (${(Buffer.byteLength(bigText) / 1000).toFixed(0)} kB)`, JSON.stringify(big));
    return { start: { cold: cold.ms, coldLoad: cold.load, warm: desk.ms, warmLoad: desk.load }, real: { name: largest.f, kb: largest.size / 1000, ...real }, big: { name: 'one-megabyte.mdx', kb: Buffer.byteLength(bigText) / 1000, ...big } };
  } finally {
    await browser.close();
    desk.stop();
    // next dev may still be writing its .next for a moment after it is stopped: an error here would hide the measurement's own.
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
  }
}

const ms = (x) => (x === undefined ? 'not measured' : `${Math.round(x)} ms`);

/** The BENCHMARKS.md section for these figures (its heading included). */
export function deskSection(f, { date, machine }) {
  const row = (s) => `| ${s.name} (${s.kb.toFixed(s.kb < 100 ? 1 : 0)} kB) | ${ms(s.problems.median)} | ${ms(s.problems.p95)} | ${ms(s.preview.median)} | ${ms(s.preview.p95)} | ${s.load.toFixed(1)} |`;
  const server = (s) => `| ${s.name} | ${ms(s.server.check.median)} | ${ms(s.server.checkRoute.median)} | ${ms(s.model.readMs)} + ${ms(s.model.checkMs)} / ${ms(s.model.memoMs)} | ${ms(s.server.preview.median)} | ${ms(s.server.previewRoute.median)} |`;
  return `## The desk (\`npm run desk\`)

Measured on ${date} by \`npm run bench\` (or \`node scripts/bench.mjs --desk-only\`), ${machine}: Chromium over \`npm run desk\` (next dev) on a copy of the site, ${EDITS.real} edits of the largest real story and ${EDITS.big} of the 1 MB one, each after one warm-up edit. Keystroke to problems: from the keydown of a \`{\` typed at the end of a new line to the Problems region listing the error. Keystroke to preview: from the keydown of the last letter of a new word to the preview iframe's document containing it. Both measured with the page's own clock.

| story | to problems, median | 95th percentile | to preview, median | 95th percentile | load at start |
| --- | --- | --- | --- | --- | --- |
${row(f.real)}
${row(f.big)}

Targets (the issue): problems within 300 ms on the largest real story, the preview within 1 s.

Where the time goes (medians): the editor waits ${CHECK_DELAY} ms after the last keystroke before it asks for a check, and asks for the preview of a text when the check has answered for it; then

| story | check request, as the browser saw it | of which in the check's route | in one process: reading content/ + checkEdit, every file compiled / with the desk's memo (only the edited story compiled) | preview request, as the browser saw it | of which in the preview's route |
| --- | --- | --- | --- | --- | --- |
${server(f.real)}
${server(f.big)}

Start: \`npm run desk\` to the first 200 on \`/desk/\` took ${(f.start.cold / 1000).toFixed(1)} s from a fresh copy (no \`.next\`; load ${f.start.coldLoad.toFixed(1)}), ${(f.start.warm / 1000).toFixed(1)} s when started again (load ${f.start.warmLoad.toFixed(1)}).
`;
}
