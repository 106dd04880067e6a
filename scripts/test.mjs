// npm test: every check, one step after another, each timed. Stops at the first failure.
// The real content is judged by npm run check; the build, HTML, site and end-to-end steps run on
// the fixture site (tests/fixtures/site), built into .test-build/site/ so out/ keeps the real site.
import { spawnSync } from 'node:child_process';

const STEPS = [
  ['typecheck', 'tsc --noEmit'],
  ['lint', 'eslint'],
  ['check', 'the real content'],
  ['test:unit', 'vitest, on fixtures'],
  ['audit', 'production dependencies'],
  ['build:fixtures', 'the fixture site into .test-build/site/'],
  ['test:html', 'Nu HTML Checker, fixture site'],
  ['test:site', 'built files, fixture site'],
  ['test:e2e', 'Playwright, fixture site'],
  ['test:desk', 'the editing desk, Chromium, copy of the fixture site'],
  ['test:build', 'editor path, copy of the fixture site'],
];

const times = [];
const table = () => times.map(([name, what, s]) => `  ${name.padEnd(15)} ${`${s.toFixed(0)} s`.padStart(6)}  ${what}`).join('\n');
const started = performance.now();
for (const [name, what] of STEPS) {
  console.log(`\n▶ npm run ${name} (${what})`);
  const t = performance.now();
  const { status } = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' });
  times.push([name, what, (performance.now() - t) / 1000]);
  if (status !== 0) {
    console.error(`\n✗ npm run ${name} failed.\n${table()}`);
    process.exit(status ?? 1);
  }
}
console.log(`\n✓ npm test passed in ${((performance.now() - started) / 60000).toFixed(1)} min:\n${table()}`);
