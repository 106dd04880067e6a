import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mistakesSite } from './mistakes-site';

// npm run check runs scripts/check.mjs: scripts/check.ts and its worker bundled by esbuild, kept
// until a source changes, run by plain Node. An editor must get from it exactly what the
// TypeScript run under tsx gives, and a developer's edit to the check must be what runs next.

const ENV = { SOURCES_DIR: 'tests/fixtures/site/sources', PUBLISH_TIME: '2026-12-01T00:00:00Z' };
const spawn = (command: string, args: string[], env: Record<string, string>, cwd = process.cwd()) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...ENV, ...env } });
  const timeless = (text: string) => text.replace(/checked in [\d.]+s/, 'checked in Ns');
  return { status: result.status, stdout: timeless(result.stdout), stderr: timeless(result.stderr) };
};

let content: string;
let bundles: string;
beforeAll(async () => {
  content = mistakesSite('check-entry-');
  // A data file that is not JSON: its problem comes from jsonc-parser, which the bundle takes in its ES module build.
  fs.writeFileSync(path.join(content, 'data', 'broken-json.json'), '{ "id": "broken-json", "title": ');
  // More stories, for the worker thread to read (every story: CHECK_HERE=0 below).
  const { addArchive } = await import('@/scripts/lib/archive.mjs');
  expect(addArchive(content, 20)).toBeGreaterThan(40);
  bundles = fs.mkdtempSync(path.join(os.tmpdir(), 'check-bundles-'));
});
afterAll(() => {
  for (const dir of [content, bundles]) fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run check, bundled', () => {
  test('the same problems, order, exit code and snapshot bytes as the TypeScript under tsx, its worker thread running', () => {
    const caches = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'check-entry-cache-')));
    // Every story read in the worker thread, none in the thread that runs the passes: the bundle's
    // worker must give what tsx's gives (the bundle's own thread reads every story of a small site).
    const env = { CONTENT_DIR: content, CHECK_THREADS: '1', CHECK_HERE: '0', CHECK_BUNDLE_DIR: bundles };
    const tsx = spawn('node_modules/.bin/tsx', ['scripts/check.ts', '--cache', caches[0]], env);
    const bundled = spawn(process.execPath, ['scripts/check.mjs', '--cache', caches[1]], env);
    expect(bundled).toEqual({ ...tsx, stdout: tsx.stdout.replaceAll(caches[0], caches[1]) });
    expect(bundled.status).toBe(1);
    // No worker stopped (its stories would be read in the main thread, the same problems, slower).
    expect(bundled.stderr).not.toMatch(/worker thread/);
    expect(bundled.stdout).toMatch(/broken-json\.json:1:\d+ {2}error {2}/);
    expect(bundled.stdout).toMatch(/unclosed-jsx\.mdx:\d+:\d+ {2}error {2}markup:/);
    expect(bundled.stdout).toMatch(/fr\/banc-\d+\.mdx {2}error {2}the quotation “[^”]+”: expected <Quote original=/);
    expect(bundled.stderr).toMatch(/✗ \d+ stories and \d+ data files checked in Ns: \d+ errors/);
    // The same output although the bundle's Markdown compiler hands every token one context instead of a copy each (scripts/check.mjs).
    const [made] = fs.readdirSync(bundles).filter((f) => !f.startsWith('stamp-'));
    const code = fs.readdirSync(path.join(bundles, made)).map((f) => fs.readFileSync(path.join(bundles, made, f), 'utf8')).join('\n');
    expect(code.match(/withSlice\(context, events\[\w+\]\[2\]\.sliceSerialize\)/g)).toHaveLength(3);
    expect(code).not.toMatch(/\.\.\.context,\s*sliceSerialize/);
    const [a, b] = caches.map((dir) => fs.readdirSync(dir).sort().map((f) => [path.extname(f), fs.readFileSync(path.join(dir, f), 'utf8')]));
    expect(a.map(([ext]) => ext)).toEqual(['.bodies', '.json']);
    expect(b).toEqual(a);
    for (const dir of caches) fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  test('kept while the sources are unchanged, bundled again when one changes, and run under tsx when bundling fails', () => {
    // A copy of what the check is made of, its packages those of this checkout.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-entry-root-'));
    for (const part of ['lib', 'scripts', 'tsconfig.json', 'package.json']) fs.cpSync(part, path.join(root, part), { recursive: true });
    fs.symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'));
    const env = { CONTENT_DIR: path.resolve('tests/fixtures/check/broken-links'), SOURCES_DIR: path.resolve(ENV.SOURCES_DIR), CHECK_BUNDLE_DIR: path.join(root, 'bundles') };
    const check = (extra: Record<string, string> = {}) => spawn(process.execPath, ['scripts/check.mjs'], { ...env, ...extra }, root);
    const folders = () => fs.readdirSync(env.CHECK_BUNDLE_DIR).filter((f) => !f.startsWith('stamp-'));

    const first = check();
    expect(first.stdout).toMatch(/broken-links\.mdx:\d+:\d+ {2}error {2}link /);
    expect(first.stderr).toMatch(/✗ \d+ stories and \d+ data files checked in Ns/);
    const [made] = folders();
    const madeAt = fs.statSync(path.join(env.CHECK_BUNDLE_DIR, made, 'check.mjs')).mtimeMs;
    expect(check()).toEqual(first);
    expect(folders()).toEqual([made]);
    expect(fs.statSync(path.join(env.CHECK_BUNDLE_DIR, made, 'check.mjs')).mtimeMs).toBe(madeAt);

    // A developer rewords the summary, deep in what the check imports: the next check says it so.
    const problems = path.join(root, 'scripts', 'check.ts');
    fs.writeFileSync(problems, fs.readFileSync(problems, 'utf8').replace('data files checked in', 'data files looked at in'));
    const edited = check();
    expect(edited.stderr).toMatch(/✗ \d+ stories and \d+ data files looked at in [\d.]+s/);
    expect(edited.stdout).toBe(first.stdout);
    expect(folders()).toHaveLength(2);

    // Nowhere to write the bundle: the check still runs, under tsx, and says why.
    const fallback = check({ CHECK_BUNDLE_DIR: '/dev/null/bundles' });
    expect(fallback.stderr).toMatch(/runs under tsx: bundling it failed/);
    expect(fallback.stdout).toBe(first.stdout);
    expect(fallback.status).toBe(1);
    fs.rmSync(root, { recursive: true, force: true });
  }, 120_000);
});
