// npm test: every check, each timed. Stops at the first failure.
// The real content is judged by npm run check; the build, HTML, site and end-to-end steps run on
// the fixture site (tests/fixtures/site), built into .test-build/site/ so out/ keeps the real site.
import { spawn } from 'node:child_process';

// Steps in a group run side by side: the HTML check (mostly Java starting) leaves a core idle.
// Typecheck and lint do not: side by side on a fresh clone they took as long as one after the other.
const STEPS = [
  [['typecheck', 'tsc --noEmit']],
  [['lint', 'eslint']],
  [['check', 'the real content']],
  [['test:unit', 'vitest, on fixtures']],
  [['audit', 'production dependencies']],
  [['build:fixtures', 'the fixture site into .test-build/site/']],
  [['test:html', 'Nu HTML Checker, fixture site'], ['test:site', 'built files, fixture site']],
  [['test:e2e', 'Playwright, fixture site']],
  [['test:desk', 'the editing desk, Chromium, copy of the fixture site']],
  [['test:build', 'editor path, copy of the fixture site']],
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

const times = [];
const table = () => times.map(([name, what, s]) => `  ${name.padEnd(15)} ${`${s.toFixed(0)} s`.padStart(6)}  ${what}`).join('\n');
const started = performance.now();
for (const group of STEPS) {
  console.log(`\n▶ ${group.map(([name, what]) => `npm run ${name} (${what})`).join(', beside ')}`);
  const results = await Promise.all(
    group.map(async ([name, what]) => {
      const t = performance.now();
      const status = await run(name, group.length === 1);
      times.push([name, what, (performance.now() - t) / 1000]);
      return [name, status];
    }),
  );
  const failed = results.find(([, status]) => status !== 0);
  if (failed) {
    console.error(`\n✗ npm run ${failed[0]} failed.\n${table()}`);
    process.exit(failed[1] ?? 1);
  }
}
console.log(`\n✓ npm test passed in ${((performance.now() - started) / 60000).toFixed(1)} min:\n${table()}`);
