import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extraThreads, readsHere, THREADS_FROM } from '@/scripts/lib/story-workers';
import { mistakesSite } from './mistakes-site';

// npm run check reads a large site's stories in worker threads (scripts/lib/story-workers.ts),
// which send back problems and facts, not trees. What a worker sends must be what reading the
// story here gives, and the check's output (problems, their order, exit code, the build's
// snapshot) the same whether workers run or not.

const TSX = 'node_modules/.bin/tsx';
/** The fixture's source reports and one publication time, for every run of the check here. */
const BASE = { SOURCES_DIR: 'tests/fixtures/site/sources', PUBLISH_TIME: '2026-12-01T00:00:00Z' };
const run = (env: Record<string, string>, script: string, ...args: string[]) => spawnSync(TSX, [script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...BASE, ...env } });

describe('how many threads', () => {
  test('one per core for a large site (this thread reads none), whatever the load, none for a small one, CHECK_THREADS when set', () => {
    expect(extraThreads(THREADS_FROM - 1, {}, 2)).toBe(0);
    expect(extraThreads(THREADS_FROM, {}, 2)).toBe(2);
    expect(readsHere(extraThreads(THREADS_FROM, {}, 2), {}, 2)).toBe(false);
    expect(extraThreads(2006, {}, 4)).toBe(4);
    expect(extraThreads(2006, {}, 1)).toBe(1);
    expect(extraThreads(6, { CHECK_THREADS: '2' }, 2)).toBe(2);
    expect(extraThreads(2006, { CHECK_THREADS: '0' }, 2)).toBe(0);
    expect(extraThreads(2006, { CHECK_THREADS: 'many' }, 2)).toBe(2);
  });

  test('the thread that runs the passes reads stories only when a core is left for it', () => {
    expect(readsHere(2, {}, 2)).toBe(false);
    expect(readsHere(1, {}, 2)).toBe(true);
    expect(readsHere(1, { CHECK_HERE: '0' }, 2)).toBe(false);
  });
});

describe('npm run check with worker threads', () => {
  let content: string;
  beforeAll(async () => {
    content = mistakesSite();
    // More stories than threads, so each thread takes a share; the generated translations each lack a quotation of their original.
    const { addArchive } = await import('@/scripts/lib/archive.mjs');
    expect(addArchive(content, 20)).toBeGreaterThan(40);
  });
  afterAll(() => fs.rmSync(content, { recursive: true, force: true }));

  test('a worker sends what reading the story here gives, for every story, and reads its share', () => {
    const result = run({ CONTENT_DIR: content, CHECK_THREADS: '2', HERE: '0' }, 'tests/unit/scripts/read-ahead.run.ts');
    expect(result.status, result.stderr).toBe(0);
    const seen = JSON.parse(result.stdout) as { stories: number; read: number; compiled: number; byWorkers: number; same: boolean };
    expect(seen.same).toBe(true);
    expect(seen.byWorkers).toBe(seen.stories);
    // Some stories do not compile (a syntax error, a missing title): their problems cross too.
    expect(seen.compiled).toBeLessThan(seen.stories);
  }, 60_000);

  // npm run check's own entry (scripts/check.mjs, bundled once into a folder of this file's, no story
  // cache): check-entry.test.ts shows that it prints what scripts/check.ts under tsx prints.
  const bundles = fs.mkdtempSync(path.join(os.tmpdir(), 'story-workers-bundles-'));
  afterAll(() => fs.rmSync(bundles, { recursive: true, force: true }));
  const output = (threads: string, ...args: string[]) => {
    const env = { ...process.env, ...BASE, CONTENT_DIR: content, CHECK_THREADS: threads, CHECK_HERE: '0', CHECK_BUNDLE_DIR: bundles, CHECK_STORY_CACHE: 'off' };
    const result = spawnSync(process.execPath, ['scripts/check.mjs', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env });
    const timeless = (text: string) => text.replace(/checked in [\d.]+s/, 'checked in Ns');
    return { status: result.status, stdout: timeless(result.stdout), stderr: timeless(result.stderr) };
  };

  test('the same problems, in the same order, with the same positions and exit code, and the same model for the build (--cache)', () => {
    const caches = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'check-cache-')));
    const alone = output('0', '--cache', caches[0]);
    // Every story read in a worker (CHECK_HERE=0), none in the thread that runs the passes.
    const threaded = output('2', '--cache', caches[1]);
    expect(threaded).toEqual({ ...alone, stdout: alone.stdout.replaceAll(caches[0], caches[1]) });
    expect(alone.status).toBe(1);
    // Mistakes of each kind, found whichever thread read the story: a link to a missing story (known only once every story is read) ...
    expect(alone.stdout).toMatch(/broken-links\.mdx:\d+:\d+ {2}error {2}link \/stories\/[a-z-]+\/: expected one of .*found no story/);
    // ... a figure typed by hand, a quotation no report holds, a syntax error, a translation that lacks a quotation of its original.
    expect(alone.stdout).toMatch(/hand-typed-figures\.mdx:\d+:\d+ {2}(error|warning) {2}figure:/);
    expect(alone.stdout).toMatch(/invented-quote\.mdx:\d+:\d+ {2}error {2}quotation:/);
    expect(alone.stdout).toMatch(/unclosed-jsx\.mdx:\d+:\d+ {2}error {2}markup:/);
    expect(alone.stdout).toMatch(/fr\/banc-\d+\.mdx {2}error {2}the quotation “[^”]+”: expected <Quote original=/);
    // The snapshot's index and its compiled trees (lib/content/cache.ts), byte for byte.
    const [a, b] = caches.map((dir) => fs.readdirSync(dir).sort().map((f) => [path.extname(f), fs.readFileSync(path.join(dir, f), 'utf8')]));
    expect(a.map(([ext]) => ext)).toEqual(['.bodies', '.json']);
    expect(b).toEqual(a);
    for (const dir of caches) fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
