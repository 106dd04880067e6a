import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { measure, peakParts, processLabel, readTimings, stepGrowth, stepSection } from '@/scripts/lib/bench-build.mjs';

// npm run bench's build figures: which steps grow with the archive (from the step times the build
// writes, here two fixture files), and the memory of the build's whole process tree.

const site = readTimings('tests/fixtures/bench/timings-site.json');
const archive = readTimings('tests/fixtures/bench/timings-archive.json');

describe('which steps grow with the archive', () => {
  test('steps at least twice as long that add at least 5% of the archive build, most added time first', () => {
    const growth = stepGrowth(site, archive)!;
    expect(growth.grows).toEqual(['next', 'strip-runtime']);
    expect(growth.extraPages).toBe(2020);
    const strip = growth.rows.find((r) => r.name === 'strip-runtime')!;
    expect(strip.factor).toBeCloseTo(70000 / 3000);
    expect(strip.perPageMs).toBeCloseTo(67000 / 2020);
    // Five times longer, but a small part of the whole: not said to grow.
    expect(growth.rows.find((r) => r.name === 'pagefind')).toMatchObject({ grows: false, smallMs: 900, largeMs: 6000 });
    // A step only one build has is listed, without a factor.
    expect(growth.rows.find((r) => r.name === 'plan')).toMatchObject({ smallMs: undefined, largeMs: 3000, factor: undefined, grows: false });
  });

  test('as a table and a sentence for BENCHMARKS.md', () => {
    const text = stepSection(site, archive);
    expect(text).toContain('| step | real site (61 pages) | archive (2081 pages) | × | per extra page |');
    expect(text).toContain('| **strip-runtime** | 3.0 s | 70.0 s | 23.3× | 33.2 ms |');
    expect(text).toContain('| pagefind | 0.9 s | 6.0 s | 6.7× | 2.5 ms |');
    expect(text).toContain('| plan |  | 3.0 s |  |  |');
    expect(text).toContain('most added time first: next, strip-runtime.');
  });

  test('a build that writes no step times: said so, not guessed', () => {
    expect(readTimings('tests/fixtures/bench/no-such-file.json')).toBeUndefined();
    fs.writeFileSync('/tmp/bench-build-test-bad.json', '{"pages": 3}');
    expect(readTimings('/tmp/bench-build-test-bad.json')).toBeUndefined();
    expect(stepGrowth(undefined, archive)).toBeUndefined();
    expect(stepSection(site, undefined)).toMatch(/^No step times/);
  });
});

describe('memory of a whole process tree', () => {
  test('sums the processes a command starts, where the largest alone is much less', async () => {
    // A parent that starts two children, each holding 80 MB for a second.
    const hold = "const b = Buffer.alloc(80 * 1024 * 1024, 1); setTimeout(() => b.length, 1500);";
    const parent = `const { spawn } = require('node:child_process'); for (let i = 0; i < 2; i++) spawn(process.execPath, ['-e', ${JSON.stringify(hold)}], { stdio: 'inherit' });`;
    const result = await measure('.', process.execPath, ['-e', parent], { every: 100 });
    expect(result.treeMb).toBeGreaterThan(160);
    // The peak says what it was made of: both children, each with its 80 MB.
    const held = result.peakParts.split(', ').filter((part) => /^node (\d+) MB$/.test(part) && Number(/(\d+) MB/.exec(part)![1]) >= 80);
    expect(held).toHaveLength(2);
    if (result.largestMb !== undefined) expect(result.largestMb).toBeLessThan(130);
    expect(result.ms).toBeGreaterThan(1000);
  }, 30_000);

  test('a failing command rejects with its output', async () => {
    await expect(measure('.', process.execPath, ['-e', 'console.error("broken"); process.exit(3)'])).rejects.toThrow(/broken/);
  });
});

describe('what made up the peak', () => {
  test("each of the build's processes named from its command line", () => {
    expect(processLabel('next-build (v16.4.6)          ')).toBe('next build');
    expect(processLabel('/usr/bin/node /w/node_modules/next/dist/compiled/jest-worker/processChild.js')).toBe("Next's page worker");
    expect(processLabel('node /w/.bench/a/.next/build/chunks/pool_entry-[turbopack-node]_transforms_postcss_ts_0w643._.js 45577')).toBe("Turbopack's postcss worker");
    // tsx's own loaders come first on its command line: the script it runs is what the process is.
    expect(processLabel('/usr/bin/node --require /w/node_modules/tsx/dist/preflight.cjs --import file:///w/node_modules/tsx/dist/loader.mjs scripts/check.ts --cache /w/x')).toBe('scripts/check.ts');
    expect(processLabel('node /w/node_modules/.bin/tsx scripts/write-feeds.tsx out.incoming /w/plan.json')).toBe('scripts/write-feeds.tsx');
    expect(processLabel('node /w/.bench/archive/scripts/build.mjs')).toBe('scripts/build.mjs');
    expect(processLabel('/w/node_modules/@pagefind/linux-x64/bin/pagefind_extended --site out.building --quiet')).toBe('pagefind');
    expect(processLabel('/usr/bin/time -f peak-kb %M cpu-s %U %S node scripts/build.mjs')).toBe('scripts/build.mjs');
    expect(processLabel('sh -c true')).toBe('sh');
  });

  test('the processes at the peak, largest first, the small ones left out', () => {
    const rows = [
      { label: 'next build', kb: 194 * 1024 },
      { label: "Next's page worker", kb: 723 * 1024 },
      { label: 'sh', kb: 3 * 1024 },
      { label: "Next's page worker", kb: 794 * 1024 },
    ];
    expect(peakParts(rows)).toBe("Next's page worker 794 MB, Next's page worker 723 MB, next build 194 MB");
  });
});
