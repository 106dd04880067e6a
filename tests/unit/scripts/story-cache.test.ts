import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { mistakesSite } from './mistakes-site';

// npm run check keeps what reading each story gave (scripts/lib/story-cache.ts): a check of
// unchanged content reads no story again. Whatever the cache holds, the check must print what a
// check without it prints: the same problems, order, summary and exit code.

const ENV = { SOURCES_DIR: 'tests/fixtures/site/sources', PUBLISH_TIME: '2026-12-01T00:00:00Z', CHECK_STATS: '1' };

let content: string;
let scratch: string;
let env: Record<string, string>;
beforeAll(() => {
  content = mistakesSite('story-cache-');
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'story-cache-scratch-'));
  env = { CONTENT_DIR: content, CHECK_BUNDLE_DIR: path.join(scratch, 'bundles'), CHECK_STORY_CACHE: path.join(scratch, 'stories') };
});
afterAll(() => {
  for (const dir of [content, scratch]) fs.rmSync(dir, { recursive: true, force: true });
});

type Run = { status: number | null; stdout: string; stderr: string; read: number; cached: number; workers: number };

/** One run of npm run check: what it printed (the time and the stats line taken out), and how many stories it read and took from the cache. */
function check(extra: Record<string, string> = {}, cwd = process.cwd(), args: string[] = []): Run {
  const result = spawnSync(process.execPath, ['scripts/check.mjs', ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...ENV, ...env, ...extra } });
  const stats = /\(check stats: (\d+) stories, (\d+) from the story cache(?: \(not used\))?, (\d+) read, (\d+) of them in worker threads\)\n/.exec(result.stderr);
  expect(stats, result.stderr).not.toBeNull();
  const timeless = (text: string) => text.replace(/checked in [\d.]+s/, 'checked in Ns');
  return { status: result.status, stdout: timeless(result.stdout), stderr: timeless(result.stderr.replace(stats![0], '')), cached: Number(stats![2]), read: Number(stats![3]), workers: Number(stats![4]) };
}
const output = ({ status, stdout, stderr }: Run) => ({ status, stdout, stderr });
// npm run check's files; the build's check step keeps its own (.build.bin).
const cacheFiles = () => fs.readdirSync(env.CHECK_STORY_CACHE).filter((f) => f.endsWith('.bin') && !f.endsWith('.build.bin'));
const edit = (file: string, from: string, to: string) => {
  const full = path.join(content, file);
  const text = fs.readFileSync(full, 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(full, text.replace(from, to));
};

describe('the story cache of npm run check', () => {
  let stories: number;
  let without: Run;

  test('a second check of unchanged content reads no story and prints the same as a check without the cache', () => {
    without = check({ CHECK_STORY_CACHE: 'off' });
    stories = without.read;
    expect(stories).toBeGreaterThan(20);
    expect(without.cached).toBe(0);
    // Mistakes of each kind, known lines of the fixtures.
    expect(without.status).toBe(1);
    expect(without.stdout).toMatch(/broken-links\.mdx:16:5 {2}error {2}link \/stories\/no-such-story\/: expected one of .*found no story "no-such-story"/);
    expect(without.stdout).toMatch(/invented-quote\.mdx:\d+:\d+ {2}error {2}quotation:/);
    expect(without.stdout).toMatch(/unclosed-jsx\.mdx:\d+:\d+ {2}error {2}markup:/);
    expect(without.stdout).toMatch(/image-without-alt\.mdx:\d+:\d+ {2}error {2}image \/icon\.svg: expected alt text/);
    expect(without.stdout).not.toMatch(/#b-section/);

    // Read in two worker threads, which send each reading as the bytes the cache keeps.
    const cold = check({ CHECK_THREADS: '2', CHECK_HERE: '0' });
    expect(cold.read).toBe(stories);
    expect(cold.workers).toBe(stories);
    expect(cacheFiles()).toHaveLength(1);
    const warm = check();
    expect(warm.read).toBe(0);
    expect(warm.cached).toBe(stories);
    expect(output(cold)).toEqual(output(without));
    expect(output(warm)).toEqual(output(without));
  }, 120_000);

  test('a story edited by one character is read again, alone, and its new problem shows', () => {
    edit('stories/broken-links.mdx', '/stories/broken-links/#a-section', '/stories/broken-links/#b-section');
    const after = check();
    expect(after.read).toBe(1);
    expect(after.cached).toBe(stories - 1);
    expect(after.stdout).toMatch(/broken-links\.mdx:16:\d+ {2}error {2}link \/stories\/broken-links\/#b-section: expected a heading or chart of that story, found no #b-section in it/);
    expect(output(after)).toEqual(output(check({ CHECK_STORY_CACHE: 'off' })));
    expect(check().read).toBe(0);
  }, 120_000);

  test('a changed data file reads every story again', () => {
    edit('data/fixture-line.json', '"title": "', '"title": "A ');
    const after = check();
    expect(after.read).toBe(stories);
    expect(output(after)).toEqual(output(check({ CHECK_STORY_CACHE: 'off' })));
  }, 120_000);

  test('the source reports and the publication time are read by the passes after the cache: their changes show, no story read again', () => {
    const quote = /invented-quote\.mdx:16:60 {2}error {2}quotation: expected the words as written in one of the source reports.*found "twenty million in May\.", which no report holds/;
    expect(check().stdout).toMatch(quote);
    fs.appendFileSync(path.join(content, 'sources', 'fixture.txt'), '\nIt made twenty million in May.\n');
    const quoted = check();
    expect(quoted.read).toBe(0);
    expect(quoted.stdout).not.toMatch(quote);
    expect(output(quoted)).toEqual(output(check({ CHECK_STORY_CACHE: 'off' })));

    // A scheduled story (published in 2099) has no translation yet: a warning once it is published, none before.
    const scheduled = /scheduled\.mdx {2}warning {2}translation: expected a French edition in fr\/ with translationOf: scheduled/;
    const later = { PUBLISH_TIME: '2100-01-01T00:00:00Z' };
    expect(quoted.stdout).not.toMatch(scheduled);
    const published = check(later);
    expect(published.read).toBe(0);
    expect(published.stdout).toMatch(scheduled);
    expect(output(published)).toEqual(output(check({ ...later, CHECK_STORY_CACHE: 'off' })));
  }, 120_000);

  test('the build\u2019s check step (--cache) keeps a file of its own: a second build reads only the story that changed, and writes the same snapshot', () => {
    const snapshot = (name: string) => path.join(scratch, name);
    const snapshotFiles = (dir: string) => Object.fromEntries(fs.readdirSync(dir).sort().map((f) => [f, fs.readFileSync(path.join(dir, f))]));
    const build = (dir: string, extra: Record<string, string> = {}) => check(extra, process.cwd(), ['--cache', snapshot(dir)]);
    expect(check().read).toBe(0);
    const before = fs.readFileSync(path.join(env.CHECK_STORY_CACHE, cacheFiles()[0]));
    const first = build('first');
    expect(first.read).toBe(stories);
    expect(first.stdout.replaceAll(snapshot('first'), '')).toBe(check().stdout);
    expect(fs.readdirSync(env.CHECK_STORY_CACHE).filter((f) => f.endsWith('.build.bin'))).toHaveLength(1);
    // npm run check's file is not the build's: byte for byte as it was.
    expect(fs.readFileSync(path.join(env.CHECK_STORY_CACHE, cacheFiles()[0]))).toEqual(before);

    const second = build('second');
    expect(second.read).toBe(0);
    expect(second.cached).toBe(stories);
    expect(snapshotFiles(snapshot('second'))).toEqual(snapshotFiles(snapshot('first')));

    // A correction: one story changed. Its new words reach the snapshot, as a build without the cache writes it.
    edit('stories/scheduled.mdx', 'title: "', 'title: "Corrected: ');
    onTestFinished(() => edit('stories/scheduled.mdx', 'title: "Corrected: ', 'title: "'));
    const corrected = build('corrected');
    expect(corrected.read).toBe(1);
    const uncached = build('uncached', { CHECK_STORY_CACHE: 'off' });
    expect(uncached.read).toBe(stories);
    expect(output(corrected)).toEqual(output(uncached));
    const index = (dir: string) => Object.entries(snapshotFiles(snapshot(dir))).find(([f]) => f.endsWith('.json'))![1].toString();
    expect(index('corrected')).toContain('"title":"Corrected: ');
    expect(snapshotFiles(snapshot('corrected'))).toEqual(snapshotFiles(snapshot('uncached')));
    expect(snapshotFiles(snapshot('corrected'))).not.toEqual(snapshotFiles(snapshot('first')));
  }, 120_000);

  // Each kind of damage (empty, garbage, cut short, a byte changed, a header alone) is tried on the
  // cache's own code in story-cache-file.test.ts, 300 times; here two of them through the whole check.
  test('a cache file that is cut short, altered or not a file is ignored: the stories are read again, the output the same', () => {
    const expected = output(check({ CHECK_STORY_CACHE: 'off' }));
    expect(check().read).toBe(0);
    const [name] = cacheFiles();
    const file = path.join(env.CHECK_STORY_CACHE, name);
    const good = fs.readFileSync(file);
    const flipped = Buffer.from(good);
    flipped[Math.floor(good.length * 0.6)] ^= 0x20;
    const damaged: [string, Buffer][] = [
      ['cut short', good.subarray(0, good.length >> 1)],
      ['one byte changed', flipped],
    ];
    for (const [what, bytes] of damaged) {
      fs.writeFileSync(file, bytes);
      const run = check();
      expect({ what, read: run.read, ...output(run) }).toEqual({ what, read: stories, ...expected });
    }
    // Written anew after the last: the next check takes every story from it.
    expect(check().read).toBe(0);
    // A folder where the file goes: nothing can be read or written there, and the check still runs.
    fs.rmSync(file);
    fs.mkdirSync(file);
    const run = check();
    expect({ read: run.read, ...output(run) }).toEqual({ read: stories, ...expected });
    fs.rmSync(file, { recursive: true });
  }, 120_000);
});

describe('the story cache and the check’s code', () => {
  test('a change to the check’s code reads every story again, and the new code’s words show', () => {
    // A copy of what the check is made of, its packages those of this checkout.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'story-cache-root-'));
    for (const part of ['lib', 'scripts', 'tsconfig.json', 'package.json']) fs.cpSync(part, path.join(root, part), { recursive: true });
    fs.symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'));
    const own = { SOURCES_DIR: path.resolve(ENV.SOURCES_DIR), CHECK_BUNDLE_DIR: path.join(root, 'bundles'), CHECK_STORY_CACHE: path.join(root, 'stories') };
    const first = check(own, root);
    expect(first.read).toBeGreaterThan(20);
    expect(check(own, root).read).toBe(0);
    const facts = path.join(root, 'lib', 'content', 'story-facts.ts');
    fs.writeFileSync(facts, fs.readFileSync(facts, 'utf8').replace('expected: `alt text, as in', 'expected: `words saying what it shows, as in'));
    const edited = check(own, root);
    expect(edited.read).toBe(first.read);
    expect(edited.stdout).toMatch(/image-without-alt\.mdx:\d+:\d+ {2}error {2}image \/icon\.svg: expected words saying what it shows/);
    expect(edited.stdout.replace('words saying what it shows', 'alt text')).toBe(first.stdout);
    fs.rmSync(root, { recursive: true, force: true });
  }, 120_000);
});
