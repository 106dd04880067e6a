// Compiling the stories of a large site on its idle cores, for npm run check (and so the build's check
// step). lib/content stays pure and single-threaded: this only reads stories ahead, in worker
// threads and in this one, and hands the results to buildModel as a memo (lib/content/model.ts
// ParseMemo), which takes a result only for the exact text it was read from. The passes over the
// whole model then run as before, in the same order, so the problems are the same.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { frontmatterNode, readFrontmatter, type ReadFrontmatter } from '../../lib/content/frontmatter';
import type { ParseMemo } from '../../lib/content/model';
import { parseStory, type ParsedStory } from '../../lib/content/story-file';

/** A story file to read: its name as problems show it, and its text. */
export type StoryText = { file: string; text: string };

/** What a worker sends: a story read, without the one function it holds (see revive). */
export type Sent = Omit<ParsedStory, 'frontmatter'> & { frontmatter: Omit<ReadFrontmatter, 'positionOf'> & { positionOf: null } };

/** Positions the worker has already asked positionOf for, by JSON of the path. */
export type Positions = [string, { line: number; column: number }][];

/** Below this many stories, starting a thread (about half a second of loading modules) costs more than it saves. */
export const THREADS_FROM = 200;

/**
 * How many threads read stories besides this one: CHECK_THREADS when set (0: none); else, once the
 * site has THREADS_FROM stories, one per core that nothing else is using (by the load average).
 * A thread only pays on an idle core: handing a story over (copying its trees to this thread)
 * costs about a quarter of reading it, and on a busy machine a check of 2,006 stories took 22 to
 * 24 s with a worker against 17 s without.
 */
export function extraThreads(stories: number, env: Record<string, string | undefined> = process.env, cores = os.availableParallelism(), load = os.loadavg()[0]): number {
  const set = env.CHECK_THREADS;
  if (set !== undefined && /^\d+$/.test(set)) return Number(set);
  if (stories < THREADS_FROM) return 0;
  return Math.max(0, Math.min(cores - 1, Math.floor(cores - load)));
}

/**
 * A story read in a worker, made whole again: its frontmatter's positionOf answers from the
 * positions the worker sent, and for any other path reads the YAML again from the tree.
 */
export function revive(story: StoryText, sent: Sent, positions: Positions = []): ParsedStory {
  const known = new Map(positions);
  let read: Pick<ReadFrontmatter, 'positionOf'> | undefined;
  // As parseStory finds the frontmatter: the tree's yaml node, or the text's opening block when it did not compile.
  const again = (): Pick<ReadFrontmatter, 'positionOf'> => {
    let node: ReturnType<typeof frontmatterNode> | null;
    try {
      node = frontmatterNode(sent.tree, story.text);
    } catch {
      node = null;
    }
    return node === null ? { positionOf: () => ({ line: 1, column: 1 }) } : readFrontmatter(story.file, node);
  };
  const positionOf: ReadFrontmatter['positionOf'] = (path) => {
    const found = path.every((k) => typeof k !== 'symbol') ? known.get(JSON.stringify(path)) : undefined;
    // A copy, as each call of the real positionOf gives a new object.
    return found ? { ...found } : (read ??= again()).positionOf(path);
  };
  return { ...sent, frontmatter: { ...sent.frontmatter, positionOf } };
}

/** A memo that answers for the stories read ahead (same name, same text) and reads everything else as usual. */
export function aheadMemo(read: Map<string, { text: string; parsed: ParsedStory }>): ParseMemo {
  return {
    story: (file, text, parse) => {
      const kept = read.get(file);
      return kept && kept.text === text ? kept.parsed : parse();
    },
    dataset: (_file, _text, parse) => parse(),
    translation: (_file, _text, _base, parse) => parse(),
  };
}

/**
 * Reads `stories` in `threads` worker threads and in this one, each taking the next story not yet
 * taken (a shared counter), so a slow story or a slow thread holds no one up (`here: false`: in the
 * workers only). A story that a worker could not read or send is left out, and buildModel reads it
 * here, with its usual guard. `byWorkers`: how many the workers read.
 */
export async function readAhead(stories: StoryText[], threads: number, { here = true } = {}): Promise<{ read: Map<string, { text: string; parsed: ParsedStory }>; byWorkers: number }> {
  const read = new Map<string, { text: string; parsed: ParsedStory }>();
  let byWorkers = 0;
  if (!stories.length) return { read, byWorkers };
  const next = new Int32Array(new SharedArrayBuffer(4));
  const workers = Array.from({ length: threads }, () => {
    // The young generation sized for compiling: its default size made garbage collection a quarter of the time.
    const worker = new Worker(new URL('./story-worker.mjs', import.meta.url), { workerData: { stories, next }, resourceLimits: { maxYoungGenerationSizeMb: 96 } });
    return new Promise<void>((resolve) => {
      worker.on('message', (batch: [number, Sent, Positions][]) => {
        for (const [i, sent, positions] of batch) read.set(stories[i].file, { text: stories[i].text, parsed: revive(stories[i], sent, positions) });
        byWorkers += batch.length;
      });
      // A worker that fails leaves its stories to be read here.
      worker.on('error', () => undefined);
      worker.on('exit', () => resolve());
    });
  });
  let taken = 0;
  for (let i = here ? Atomics.add(next, 0, 1) : stories.length; i < stories.length; i = Atomics.add(next, 0, 1)) {
    const { file, text } = stories[i];
    try {
      read.set(file, { text, parsed: parseStory(file, text) });
    } catch {
      // buildModel reads it again and reports what it throws.
    }
    // Now and then, take in what the workers sent: done at the end instead, it would keep them waiting.
    if (++taken % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  return { read, byWorkers };
}
