// Reading the stories of a large site in worker threads, for npm run check (and so the build's check
// step). Each thread (the workers and this one) takes the next story not yet taken, reads it
// (lib/content/model.ts readStory: compiled, and what the passes over the whole model need read
// from its trees) and keeps only that: problems and small facts, plain data, never the trees. A
// worker sends those, which costs little to copy; the passes over the whole model then run here,
// once, in one order (lib/content/model.ts checkFiles), so the problems are the same whichever
// thread read a story.
import os from 'node:os';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { displayFrom, type DisplayTops } from '../../lib/content/disk';
import { readData, readStory, type StoryContext, type StoryRead } from '../../lib/content/model';
import type { ContentFile } from '../../lib/content/model-types';

/** A story file to read: its path in the content root, and its text. */
export type StoryText = ContentFile;

/** What a worker needs besides the stories: the data files and public files (a story's checks read them), and how paths are shown. */
export type Shared = { data: ContentFile[]; publicFiles: string[]; tops: DisplayTops; head: boolean };

/** A story read ahead: the text it was read from, what reading it gave, and (from a worker) that as the bytes of its structured clone. */
export type ReadOne = { text: string; read: StoryRead; bytes?: Uint8Array };

/** Below this many stories, starting a thread (a few tenths of a second, compiling the bundled modules) costs more than it saves. */
export const THREADS_FROM = 200;

/**
 * How many worker threads read stories: CHECK_THREADS when set (0: none); else, once the site has
 * THREADS_FROM stories, one per core, whatever the load: a worker sends only problems and facts
 * (plain data, little to copy), so even on a busy machine its share of the cores is a gain. This
 * thread then reads none (see readsHere) and only takes in what the workers send: a worker has a
 * young generation sized for compiling, in which garbage collection costs a third of what it does
 * here. Since the check is bundled (scripts/check.mjs) a worker starts in about 0.2 s instead of
 * 1.3 s under tsx, and on 2 cores at 2,006 stories two workers took 16.4 s of CPU against 17.5 s
 * for one worker and this thread (medians of three, back to back, load about 5); before the
 * bundle, the second worker's start cost more than that saved.
 */
export function extraThreads(stories: number, env: Record<string, string | undefined> = process.env, cores = os.availableParallelism()): number {
  const set = env.CHECK_THREADS;
  if (set !== undefined && /^\d+$/.test(set)) return Number(set);
  if (stories < THREADS_FROM) return 0;
  return Math.max(1, cores);
}

/**
 * Whether this thread reads stories too: only when a core is left for it (CHECK_HERE=0: never).
 * A worker is given a young generation sized for compiling; this thread has Node's default, in
 * which garbage collection took half again as long per story.
 */
export function readsHere(threads: number, env: Record<string, string | undefined> = process.env, cores = os.availableParallelism()): boolean {
  return env.CHECK_HERE !== '0' && threads < cores;
}

/** A worker's young generation: sized for compiling (at 32 MB, garbage collection took 2.7 ms a story; at 96, 1.2; at 256, 1.0). */
const YOUNG_MB = 256;

/** How a story is read in any thread: its data context, built from the same files in each. */
export function storyContext(shared: Omit<Shared, 'head'>): StoryContext {
  const display = displayFrom(shared.tops);
  const data = readData(shared.data, display);
  return { english: data.english, french: data.french, invalid: data.invalid, publicFiles: new Set(shared.publicFiles), display };
}

/**
 * Reads `stories` in `threads` worker threads and in this one (`here: false`: in the workers
 * only), each taking the next story not yet taken (a shared counter), so a slow story or a slow
 * thread holds no one up. A story that a worker could not read or send is left out, and the
 * caller reads it here. `byWorkers`: how many the workers read. `keepBytes`: each worker
 * sends its readings as bytes, kept with them (the story cache stores them).
 */
export async function readAhead(stories: StoryText[], threads: number, shared: Shared, { here = true, keepBytes = false } = {}): Promise<{ read: Map<string, ReadOne>; byWorkers: number }> {
  const read = new Map<string, ReadOne>();
  let byWorkers = 0;
  if (!stories.length) return { read, byWorkers };
  const next = new Int32Array(new SharedArrayBuffer(4));
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(new URL('./story-worker.mjs', import.meta.url), { workerData: { stories, next, shared, bytes: keepBytes }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
    return new Promise<void>((resolve) => {
      worker.on('message', (batch: [number, StoryRead | Uint8Array][]) => {
        for (const [i, sent] of batch) {
          let one: StoryRead;
          try {
            one = sent instanceof Uint8Array ? (v8.deserialize(sent) as StoryRead) : sent;
          } catch {
            continue;
          }
          read.set(stories[i].path, { text: stories[i].text, read: one, bytes: sent instanceof Uint8Array ? sent : undefined });
          byWorkers++;
        }
      });
      // A worker that fails leaves its stories to be read here: the same problems, only slower, so say so.
      worker.on('error', (error) => console.warn(`(a worker thread of the check stopped, its stories are read in the main thread: ${String(error).split('\n')[0]})`));
      worker.on('exit', () => resolve());
    });
  });
  if (here) {
    const ctx = storyContext(shared);
    let taken = 0;
    for (let i = Atomics.add(next, 0, 1); i < stories.length; i = Atomics.add(next, 0, 1)) {
      const { path, text } = stories[i];
      read.set(path, { text, read: readStory(path, text, ctx, { head: shared.head }) });
      // Now and then, take in what the workers sent: done at the end instead, it would keep them waiting.
      if (++taken % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }
  await Promise.all(workers);
  return { read, byWorkers };
}
