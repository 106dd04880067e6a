// npm test: every check, each timed. Stops at the first failure.
// The real content is judged by npm run check; the build, HTML, site and end-to-end steps run on
// the fixture site (tests/fixtures/site), built into .test-build/site/ so out/ keeps the real site.
// Steps in one group run at the same time: the browser suites spend much of their time waiting
// (on next dev, on pages, on polls), so on 2 cores running them together saves wall time. A group's
// output is printed step by step when the group ends, so it never interleaves.
import { spawn } from 'node:child_process';

const GROUPS = [
  [['typecheck', 'tsc --noEmit'], ['lint', 'eslint']],
  [['check', 'the real content']],
  [['test:unit', 'vitest, on fixtures']],
  [['audit', 'production dependencies']],
  [['build:fixtures', 'the fixture site into .test-build/site/']],
  [['test:html', 'Nu HTML Checker, fixture site'], ['test:site', 'built files, fixture site']],
  // Installed once, before the two browser suites start side by side (two apt-get runs would collide).
  [['test:chromium', "Debian's Chromium, installed if missing"]],
  // Separate ports and folders: e2e serves .test-build/site, the desk runs on a copy in a temporary repository.
  [['test:e2e', 'Playwright, fixture site'], ['test:desk', 'the editing desk, Chromium, copy of the fixture site']],
  [['test:build', 'editor path, copy of the fixture site']],
];

const times = [];
const table = () => times.map(([name, what, s]) => `  ${name.padEnd(15)} ${`${s.toFixed(0)} s`.padStart(6)}  ${what}`).join('\n');

/** Runs one npm script; alone, its output streams; in a group, it is kept and printed at the end. */
function step([name, what], alone) {
  const t = performance.now();
  const child = spawn('npm', ['run', '--silent', name], { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  const output = [];
  child.stdout?.on('data', (d) => output.push(d));
  child.stderr?.on('data', (d) => output.push(d));
  return new Promise((resolve) => {
    child.on('close', (status) => {
      times.push([name, what, (performance.now() - t) / 1000]);
      resolve({ name, what, status, output: Buffer.concat(output) });
    });
  });
}

const started = performance.now();
for (const group of GROUPS) {
  const alone = group.length === 1;
  console.log(`\n▶ ${group.map(([name, what]) => `npm run ${name} (${what})`).join('\n▶ ')}${alone ? '' : '\n  (at the same time; output below when both end)'}`);
  const results = await Promise.all(group.map((s) => step(s, alone)));
  for (const { name, output } of alone ? [] : results) {
    console.log(`\n── npm run ${name}`);
    process.stdout.write(output);
  }
  const failed = results.find((r) => r.status !== 0);
  if (failed) {
    console.error(`\n✗ npm run ${failed.name} failed.\n${table()}`);
    process.exit(failed.status ?? 1);
  }
}
console.log(`\n✓ npm test passed in ${((performance.now() - started) / 60000).toFixed(1)} min:\n${table()}`);
