import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extraThreads, THREADS_FROM } from '@/scripts/lib/story-workers';

// npm run check compiles a large site's stories in worker threads (scripts/lib/story-workers.ts).
// What the workers read must be what reading here gives, positions included, and the check's
// output the same whether they run or not.

const TSX = 'node_modules/.bin/tsx';
const run = (env: Record<string, string>, script: string, ...args: string[]) => spawnSync(TSX, [script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, SOURCES_DIR: 'tests/fixtures/site/sources', ...env } });
const readAhead = (content: string, env: Record<string, string>) => {
  const result = run({ CONTENT_DIR: content, ...env }, 'tests/unit/scripts/read-ahead.run.ts');
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as { stories: number; read: number; byWorkers: number; same: boolean; corrections?: { line: number; column: number } };
};

describe('how many threads', () => {
  test('one per idle core for a large site, none for a small one or a busy machine, CHECK_THREADS when set', () => {
    expect(extraThreads(THREADS_FROM - 1, {}, 2, 0)).toBe(0);
    expect(extraThreads(THREADS_FROM, {}, 2, 0.3)).toBe(1);
    expect(extraThreads(2006, {}, 4, 0)).toBe(3);
    expect(extraThreads(2006, {}, 4, 2.5)).toBe(1);
    expect(extraThreads(2006, {}, 2, 1.2)).toBe(0);
    expect(extraThreads(2006, {}, 2, 6)).toBe(0);
    expect(extraThreads(2006, {}, 1, 0)).toBe(0);
    expect(extraThreads(6, { CHECK_THREADS: '2' }, 2, 6)).toBe(2);
    expect(extraThreads(2006, { CHECK_THREADS: '0' }, 2, 0)).toBe(0);
    expect(extraThreads(2006, { CHECK_THREADS: 'many' }, 2, 0)).toBe(1);
  });
});

describe('stories read in worker threads', () => {
  test('are what reading them here gives, frontmatter positions included', () => {
    // Workers only: every story crosses from a worker, each of the fixture site's stories ten times.
    const site = readAhead('tests/fixtures/site', { CHECK_THREADS: '2', HERE: '0' });
    expect(site).toMatchObject({ stories: 80, read: 80, byWorkers: 80, same: true });
    // A translation without its original's correction: pairProblems asks where its corrections are (line 13).
    const pairing = readAhead('tests/fixtures/check/pairing', { CHECK_THREADS: '1', HERE: '0' });
    expect(pairing).toMatchObject({ stories: 40, byWorkers: 40, same: true, corrections: { line: 13, column: 1 } });
  }, 60_000);

  test('this thread takes its share too, and every story is read once', () => {
    expect(readAhead('tests/fixtures/site', { CHECK_THREADS: '1', HERE: '1' })).toMatchObject({ stories: 80, read: 80, same: true });
  }, 60_000);
});

describe('npm run check with worker threads', () => {
  // The pairing fixture (a translation missing its original's correction, quotations and figures
  // that differ) and 300 generated stories (100 of them translated): enough stories for the workers to take a share.
  let content: string;
  beforeAll(async () => {
    content = fs.mkdtempSync(path.join(os.tmpdir(), 'check-workers-'));
    fs.cpSync('tests/fixtures/check/pairing', content, { recursive: true });
    const { addArchive } = await import('@/scripts/lib/archive.mjs');
    expect(addArchive(content, 300)).toBe(404);
  });
  afterAll(() => fs.rmSync(content, { recursive: true, force: true }));

  const output = (threads: string, ...args: string[]) => {
    const result = run({ CONTENT_DIR: content, CHECK_THREADS: threads }, 'scripts/check.ts', ...args);
    const timeless = (text: string) => text.replace(/checked in [\d.]+s/, 'checked in Ns');
    return { status: result.status, stdout: timeless(result.stdout), stderr: timeless(result.stderr) };
  };

  test('the same problems, in the same order, with the same positions and exit code, and the same model for the build (--cache)', () => {
    const caches = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'check-cache-')));
    const alone = output('0', '--cache', caches[0]);
    const threaded = output('1', '--cache', caches[1]);
    expect(threaded).toEqual({ ...alone, stdout: alone.stdout.replaceAll(caches[0], caches[1]) });
    expect(alone.status).toBe(1);
    // Read in a worker or here, each generated translation is missing the same correction, at its frontmatter's line 13.
    expect(alone.stdout).toContain(`${content}/stories/fr/banc-298.mdx:13:1  error  corrections: expected the correction of 2026-11-22 carried over from the original (${content}/stories/bench-298.mdx:16)`);
    expect(alone.stderr).toContain('404 stories and 0 data files checked in Ns');
    const [a, b] = caches.map((dir) => fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')));
    expect(a).toHaveLength(1);
    expect(b).toEqual(a);
    for (const dir of caches) fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
