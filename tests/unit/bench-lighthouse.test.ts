import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { lighthouseSection, writeLighthouseSection, type LighthousePage } from '../../scripts/lib/bench-lighthouse.mjs';

const run = { performance: 100, accessibility: 100, bestPractices: 100, seo: 100, fcp: 700, cls: 0, benchmarkIndex: 1500, lcpBreakdown: { TTFB: 450, 'Render Delay': 300 }, renderBlocking: [] };
const page = (name: string, lcp: number, tbt: number): LighthousePage => ({ name, route: `/${name}/`, loadAtStart: [2.5, 3, 3.5], runs: [{ ...run, lcp, tbt }], median: { ...run, lcp, tbt, lcpElement: { selector: 'main > h1', label: 'A title' } } });
const figures = (pages: LighthousePage[]) => ({ date: '2026-12-03', lighthouseVersion: '12.8.2', chromium: 'Chromium 156', machine: '2 × CPU', pages });

test('the section names each page over a budget, with the figure, and the load its runs started at', () => {
  const section = lighthouseSection(figures([page('home', 802, 12), page('story', 640, 51), page('tag', 700, 50)]));
  expect(section).toContain('**Missed on home (LCP 802 ms); story (TBT 51 ms).**');
  expect(section).toContain('| home (`/home/`) | 100 | 100 | 100 | 100 | 0.80 s | 12 ms | 0.000 | 2.5 / 3 / 3.5 | 1500 |');
  expect(lighthouseSection(figures([page('tag', 800, 50)]))).toContain('All four pages are within the LCP and TBT budgets.');
});

test("each page's HTML transfer size is given, and a page over Lantern's first congestion window is pointed out", () => {
  const sized = (name: string, documentBytes: number | undefined) => {
    const p = page(name, 700, 0);
    return { ...p, median: { ...p.median, documentBytes } };
  };
  const section = lighthouseSection(figures([sized('home', 9_312), sized('story', 18_624), sized('tag', 14_600), sized('embed', undefined)]));
  const row = (name: string) => section.split('\n').find((line) => line.startsWith(`| ${name} | \``)) ?? '';
  expect(row('home')).toContain('| 9.3 kB |');
  expect(row('story')).toContain('| 18.6 kB (over the first window: one more round trip) |');
  // 14,600 bytes fit, one more does not.
  expect(row('tag')).toContain('| 14.6 kB |');
  expect(row('embed')).toContain('| unknown |');
});

test('the control page is shown with the site\'s pages but is held to no budget', () => {
  const control = { ...page('control', 900, 120), control: true };
  const section = lighthouseSection(figures([page('home', 700, 10), control]));
  expect(section).toContain('All four pages are within the LCP and TBT budgets.');
  expect(section).toContain('| control (`/control/`) | 100 | 100 | 100 | 100 | 0.90 s | 120 ms |');
  expect(section).toContain('The control row is not the site');
  expect(lighthouseSection(figures([{ ...page('story', 900, 10) }, control]))).toContain('**Missed on story (LCP 900 ms).**');
});

test('the section replaces its older figures in BENCHMARKS.md and leaves its notes and the other sections as they were', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-lh-')), 'BENCHMARKS.md');
  fs.writeFileSync(file, '# Benchmarks\n\n## Weight\n\nw\n\n## Lighthouse (mobile)\n\nold\n\n### Notes\n\nold notes\n\n## Throughput\n\nt\n');
  writeLighthouseSection(file, '## Lighthouse (mobile)\n\nnew\n');
  expect(fs.readFileSync(file, 'utf8')).toBe('# Benchmarks\n\n## Weight\n\nw\n\n## Lighthouse (mobile)\n\nnew\n\n### Notes\n\nold notes\n\n## Throughput\n\nt\n');
  fs.writeFileSync(file, '# Benchmarks\n\n## Lighthouse (mobile)\n\nold\n\n## Throughput\n\nt\n');
  writeLighthouseSection(file, '## Lighthouse (mobile)\n\nnew\n');
  expect(fs.readFileSync(file, 'utf8')).toBe('# Benchmarks\n\n## Lighthouse (mobile)\n\nnew\n\n## Throughput\n\nt\n');
  fs.writeFileSync(file, '# Benchmarks\n\n## Weight\n\nw\n');
  writeLighthouseSection(file, '## Lighthouse (mobile)\n\nnew\n');
  expect(fs.readFileSync(file, 'utf8')).toBe('# Benchmarks\n\n## Weight\n\nw\n\n## Lighthouse (mobile)\n\nnew\n');
});
