import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { nextMemoryEnv, nextNodeOptions, WORKER_HEAP_MB, workerHeapMb } from '@/scripts/lib/next-memory.mjs';

// The heap limit of Next's page workers (scripts/lib/next-memory.mjs, NEXT_WORKER_HEAP_MB): what a
// worker started by Next's own worker pool, as next build starts its page workers (isolatedMemory:
// true), really gets, and what happens when a page needs more.

const MB = 1024 * 1024;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'next-memory-'));
const workerFile = path.join(dir, 'worker.cjs');
fs.writeFileSync(
  workerFile,
  `module.exports = {
    heapLimit: () => require('node:v8').getHeapStatistics().heap_size_limit,
    // A page that keeps more than any limit allows.
    grow: () => { const kept = []; for (;;) kept.push(new Array(100000).fill(kept.length)); },
  };`,
);
// A parent that starts one worker with Next's worker pool, as next build does, and runs `method` in it.
const parentFile = path.join(dir, 'parent.cjs');
fs.writeFileSync(
  parentFile,
  `const { Worker } = require(require.resolve('next/dist/lib/worker.js', { paths: [${JSON.stringify(process.cwd())}] }));
  const worker = new Worker(${JSON.stringify(workerFile)}, { numWorkers: 1, isolatedMemory: true, debuggerPortOffset: -1, exposedMethods: ['heapLimit', 'grow'], forkOptions: { env: {} } });
  worker[process.argv[2]]().then((value) => { console.log(JSON.stringify({ value })); return worker.end(); });`,
);
const inWorker = (method: string, nodeOptions: string) => spawnSync(process.execPath, [parentFile, method], { env: { ...process.env, NODE_OPTIONS: nodeOptions }, encoding: 'utf8', timeout: 60_000 });
const limitMb = (nodeOptions: string) => JSON.parse(inWorker('heapLimit', nodeOptions).stdout.trim().split('\n').pop()!).value / MB;

describe("the heap limit of Next's page workers", () => {
  test('reaches a worker Next starts with isolatedMemory, where --max-old-space-size does not', () => {
    // The old generation's limit, plus V8's young generation (a few tens of MB).
    const limit = limitMb(nextNodeOptions('', 320));
    expect(limit).toBeGreaterThanOrEqual(320);
    expect(limit).toBeLessThan(320 + 64);
    // What Next removes: the usual spelling leaves the worker with V8's default, far larger.
    expect(limitMb('--max-old-space-size=320')).toBeGreaterThan(1000);
  }, 60_000);

  test('a worker that needs more stops next build with a non-zero exit and says why', () => {
    const result = inWorker('grow', nextNodeOptions('', 48));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/heap out of memory/i);
    expect(result.stderr).toMatch(/Next\.js build worker exited/);
  }, 60_000);
});

describe('NODE_OPTIONS for next build', () => {
  test("the build's own options kept, the limit last so it wins over an earlier one", () => {
    expect(nextNodeOptions('--require ./x.cjs', 320)).toBe('--require ./x.cjs --max-old-space_size=320');
    expect(nextNodeOptions(undefined, 400)).toBe('--max-old-space_size=400');
    expect(nextNodeOptions(' --max-old-space-size=4096 ', 320)).toBe('--max-old-space-size=4096 --max-old-space_size=320');
    expect(limitMb(nextNodeOptions('--max-old-space-size=4096', 320))).toBeLessThan(320 + 64);
  }, 60_000);

  test('0 sets no limit; anything but a whole number of MB is refused, naming the variable', () => {
    expect(nextNodeOptions('--require ./x.cjs', 0)).toBe('--require ./x.cjs');
    expect(nextNodeOptions()).toBe('');
    expect(workerHeapMb({})).toBe(WORKER_HEAP_MB);
    expect(workerHeapMb({ NEXT_WORKER_HEAP_MB: '' })).toBe(WORKER_HEAP_MB);
    expect(workerHeapMb({ NEXT_WORKER_HEAP_MB: '512' })).toBe(512);
    expect(workerHeapMb({ NEXT_WORKER_HEAP_MB: '0' })).toBe(0);
    expect(() => workerHeapMb({ NEXT_WORKER_HEAP_MB: '512MB' })).toThrow(/NEXT_WORKER_HEAP_MB.*"512MB"/);
    expect(() => nextNodeOptions('', -1)).toThrow(/NEXT_WORKER_HEAP_MB/);
  });
});

describe("next build's environment", () => {
  test("Turbopack's allocator gives freed memory back at once and glibc keeps two pools, unless the environment says otherwise", () => {
    expect(nextMemoryEnv({}, 0)).toEqual({ MIMALLOC_PURGE_DELAY: '0', MALLOC_ARENA_MAX: '2', NODE_OPTIONS: '' });
    expect(nextMemoryEnv({ MIMALLOC_PURGE_DELAY: '10', MALLOC_ARENA_MAX: '8', NODE_OPTIONS: '--require ./x.cjs' }, 448)).toEqual({ MIMALLOC_PURGE_DELAY: '10', MALLOC_ARENA_MAX: '8', NODE_OPTIONS: '--require ./x.cjs --max-old-space_size=448' });
  });
});
