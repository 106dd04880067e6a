// npm test: every check, each timed. Stops at the first failure.
// The real content is judged by npm run check; the build, HTML, site and end-to-end steps run on
// the fixture site (tests/fixtures/site), built into .test-build/site/ so out/ keeps the real site.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

// Steps in a group run side by side: the HTML check (mostly Java starting) leaves a core idle.
// Typecheck and lint do not: side by side they took longer than one after the other (28 s against 26 s).
// Each goes beside a browser step instead, which leaves a core idle about a fifth of its time (the
// busy table below: e2e 77%, the editor path 84%): lint's 36 CPU-s and typecheck's 22 fit in what
// e2e (49 idle core-seconds) and the editor path (26) leave. One after the other, npm test took
// 9.9-10.2 min from a clean clone (2026-12-05), against a 10-minute budget; with them beside, 9.5
// and 10.0 min. The HTML check and the built-file tests (19 CPU-s, the checker mostly Java starting)
// go beside the end-to-end tests too.
const STEPS = [
  [['check', 'the real content']],
  [['test:unit', 'vitest, on fixtures']],
  [['audit', 'production dependencies']],
  [['build:fixtures', 'the fixture site into .test-build/site/']],
  [['test:e2e', 'Playwright, fixture site'], ['lint', 'eslint'], ['test:html', 'Nu HTML Checker, fixture site'], ['test:site', 'built files, fixture site']],
  [['test:desk', 'the editing desk, Chromium, copy of the fixture site']],
  // Not beside the desk's, even at idle priority: locally both ended in 273-292 s against 235 s +
  // 78 s one after the other, but from a clean clone in 343 s, with 657 CPU-s against about 590
  // (the two cores share their caches: work side by side costs more CPU than one after the other).
  [['test:build', 'editor path, copy of the fixture site'], ['typecheck', 'tsc --noEmit']],
];

/** Runs one step; beside another, its output is held and printed whole when it ends, so the two never interleave. */
function run(name, alone) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', name], { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const held = [];
    child.stdout?.on('data', (chunk) => held.push(chunk));
    child.stderr?.on('data', (chunk) => held.push(chunk));
    child.on('close', (status) => {
      if (held.length) process.stdout.write(Buffer.concat(held));
      resolve(status);
    });
  });
}

/**
 * The machine's busy CPU time so far, in seconds (Linux's /proc/stat; null elsewhere). Every step
 * is CPU-bound on a small machine, so how busy a group kept the cores says what running steps side
 * by side could still gain.
 */
function busySeconds() {
  try {
    const [, ...ticks] = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).map(Number);
    const [user, nice, system, , , irq, softirq, steal] = ticks;
    return (user + nice + system + irq + softirq + steal) / 100;
  } catch {
    return null;
  }
}

const times = [];
const groups = [];
const table = () => times.map(([name, what, s]) => `  ${name.padEnd(15)} ${`${s.toFixed(0)} s`.padStart(6)}  ${what}`).join('\n');
const busyTable = () =>
  groups.map(([names, s, cpu]) => `  ${names.padEnd(22)} ${`${s.toFixed(0)} s`.padStart(6)} ${`${cpu.toFixed(0)} CPU-s`.padStart(10)}  ${`${Math.round((100 * cpu) / (s * cores))}%`.padStart(4)} busy`).join('\n');
const cores = os.availableParallelism();
const started = performance.now();
for (const group of STEPS) {
  const groupStart = performance.now();
  const busyStart = busySeconds();
  console.log(`\n▶ ${group.map(([name, what]) => `npm run ${name} (${what})`).join(', beside ')}`);
  const results = await Promise.all(
    group.map(async ([name, what]) => {
      const t = performance.now();
      const status = await run(name, group.length === 1);
      times.push([name, what, (performance.now() - t) / 1000]);
      return [name, status];
    }),
  );
  if (busyStart !== null) groups.push([group.map(([name]) => name).join(' + '), (performance.now() - groupStart) / 1000, busySeconds() - busyStart]);
  const failed = results.find(([, status]) => status !== 0);
  if (failed) {
    console.error(`\n✗ npm run ${failed[0]} failed.\n${table()}`);
    process.exit(failed[1] ?? 1);
  }
}
console.log(`\n✓ npm test passed in ${((performance.now() - started) / 60000).toFixed(1)} min:\n${table()}`);
if (groups.length) console.log(`\nThe machine's CPU in each group (${cores} cores; other work on the machine counts too):\n${busyTable()}`);
