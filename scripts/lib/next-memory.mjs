// The memory of `next build`'s processes (issue 19: the cold archive build under 2 GB).
//
// Turbopack's memory is given back as soon as it is freed (MIMALLOC_PURGE_DELAY, below); and a heap
// limit for the page workers, for a machine short of memory, off unless asked for:
// NEXT_WORKER_HEAP_MB=448 npm run build.
//
// Next renders pages in two worker processes, and V8 lets each one's heap grow to 300-400 MB of which
// 110-160 MB is live (200 to 2,006 stories). A limit on the old generation keeps a worker to about
// 350-500 MB instead of 650-800 MB, whatever the load. It costs CPU: with a limit, V8 lets the heap grow
// less after each full collection, so a worker collects four times as often (40-50 full collections
// for 440 pages instead of 10), even with a limit it never reaches: about 11% more CPU for the
// 200-story archive with 448 MB, and next 4% longer for the full archive with 320 MB, in single runs
// (BENCHMARKS.md, "Memory of the cold archive build"). Hence not by default.
//
// No garbage-collection flags for the workers either (gc22, BENCHMARKS.md): a worker's scavenges
// (its young generation, 16 MB semi-spaces by default) are most of its collections, and
// --max-semi-space-size does reach the workers (Next passes NODE_OPTIONS on; V8 rounds it up to a
// power of two, so 48 is 64), but 32 MB saved no CPU in the workers, and 64 MB, which took about 8%
// off them (2-5% of the build's CPU, inside the spread of repeated builds), made each worker 150-200
// MB larger at 200 stories, more than the 2 GB budget leaves at the full archive. --v8-pool-size=1
// (fewer V8 helper threads on two cores) changed nothing. --single-threaded-gc, --no-concurrent-marking, --no-parallel-scavenge
// and --min-semi-space-size are refused in NODE_OPTIONS (Node does not start), and set at run
// time with v8.setFlagsFromString they crash V8 at the next collection.

/** No limit by default: V8's own (here about 4 GB). */
export const WORKER_HEAP_MB = 0;

/**
 * The environment of next build's processes, beside the build's own: what `nextNodeOptions` gives,
 * and MIMALLOC_PURGE_DELAY=0 unless set otherwise. Turbopack (next-swc) allocates with mimalloc,
 * which gives freed pages back to the system only after a delay, on a later allocation by the same
 * thread. When compiling ends, Turbopack frees 400 MB but its threads go idle: next build then kept
 * 600 MB to the end of page generation in 6 of 10 cold builds, beside the two page workers, which made
 * the summed peak swing by 400 MB from one build to the next. With no delay, it falls to 200 MB as
 * compiling ends, in every build measured, at no measurable cost in time (BENCHMARKS.md).
 *
 * And MALLOC_ARENA_MAX=2 unless set otherwise: glibc gives each thread that allocates its own pool
 * of C memory, and a page worker's threads (sharp's libvips drawing the share cards, libuv's pool,
 * V8's) each kept one: with two pools, each worker holds 80-150 MB less at the peak, for the same
 * CPU time within this machine's noise (BENCHMARKS.md, 200-story archive).
 */
export function nextMemoryEnv(env = process.env, heapMb = WORKER_HEAP_MB) {
  return {
    MIMALLOC_PURGE_DELAY: env.MIMALLOC_PURGE_DELAY ?? '0',
    MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '2',
    NODE_OPTIONS: nextNodeOptions(env.NODE_OPTIONS, heapMb),
  };
}

/**
 * NODE_OPTIONS for `next build`: the build's own options, and with `heapMb` a heap limit that reaches
 * Next's page workers. Next 16.4 starts them without `--max-old-space-size` or `--max_old_space_size`,
 * whatever it was given (isolatedMemory in next/dist/lib/worker.js; vercel/next.js#95745, with no
 * setting for it yet), but Node reads a flag's name with any mix of - and _, and Next removes only
 * those two spellings: `--max-old-space_size` reaches the workers (tests/unit/scripts/next-memory.test.ts
 * starts Next's own worker pool and reads the limit a worker got). Next's own process and its PostCSS
 * worker get it too; their heaps are far smaller (under 60 MB).
 */
export function nextNodeOptions(nodeOptions = '', heapMb = WORKER_HEAP_MB) {
  if (!Number.isInteger(heapMb) || heapMb < 0) throw new Error(`NEXT_WORKER_HEAP_MB: expected a whole number of MB (0 for no limit), found "${heapMb}"`);
  // An earlier limit in NODE_OPTIONS, in any spelling, gives way to this one (Node takes the last).
  return [nodeOptions.trim(), heapMb ? `--max-old-space_size=${heapMb}` : ''].filter(Boolean).join(' ');
}

/** The limit asked for in the environment (NEXT_WORKER_HEAP_MB), or the default. */
export function workerHeapMb(env = process.env) {
  const asked = env.NEXT_WORKER_HEAP_MB;
  if (asked === undefined || asked === '') return WORKER_HEAP_MB;
  if (!/^\d+$/.test(asked)) throw new Error(`NEXT_WORKER_HEAP_MB: expected a whole number of MB (0 for no limit), found "${asked}"`);
  return Number(asked);
}
