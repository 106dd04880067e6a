// Types of scripts/lib/next-memory.mjs, for the tests that import it.
export const WORKER_HEAP_MB: number;
export function nextMemoryEnv(env?: Record<string, string | undefined>, heapMb?: number): { MIMALLOC_PURGE_DELAY: string; MALLOC_ARENA_MAX: string; NODE_OPTIONS: string };
export function nextNodeOptions(nodeOptions?: string, heapMb?: number): string;
export function workerHeapMb(env?: Record<string, string | undefined>): number;
