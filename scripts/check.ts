// npm run check: validates all content in seconds, without a build. Exits 1 on any error.
// The content root is CONTENT_DIR (default content); see lib/content/disk.ts.
import v8 from 'node:v8';
import { checkContent, publishTime, readContent } from '../lib/content/disk';
import { parseMemo, readData, type StoryRead } from '../lib/content/model';
import { formatProblems } from '../lib/problems';
import { listLengthFrom } from '../lib/site';
import { codeKey, openStoryCache, type StoryCache } from './lib/story-cache';
import { extraThreads, readAhead, readsHere, type ReadOne, type Shared } from './lib/story-workers';

// --cache <dir>: also write the checked model there, for the build's page workers (lib/content/cache.ts).
const at = process.argv.indexOf('--cache');
const cache = at === -1 ? undefined : process.argv[at + 1];

/** Set by scripts/check.mjs when the check runs bundled: the bundle's folder, and where the story cache is (undefined: none). */
const bundled = (globalThis as { n95Check?: { bundle: string; storyCache?: string } }).n95Check;

/**
 * The story cache (./lib/story-cache.ts), for a bundled check. The build's check step (--cache) has
 * a file of its own, whose readings carry each story's snapshot (its compiled tree as JSON, in
 * UTF-8: 62 MB for 2,006 stories). Kept so, they cost far less to load than to compile again: a
 * correction's check step reads the one story that changed.
 */
function storyCache(shared: Shared): StoryCache | undefined {
  if (!bundled?.storyCache) return undefined;
  try {
    return openStoryCache(bundled.storyCache, codeKey(bundled.bundle), shared);
  } catch {
    // The bundle's files could not be read for the key: no cache this time.
    return undefined;
  }
}

const started = performance.now();
let model: ReturnType<typeof checkContent>;
let stories: StoryCache | undefined;
// Every story of this check as it was read (here, ahead in a worker, or taken from the story cache).
const reads = new Map<string, ReadOne>();
let byWorkers = 0;
try {
  // PUBLISH_TIME first: a wrong one stops the check before any work.
  const now = publishTime();
  // So does LIST_LENGTH: the build's other steps would each only warn and use the default.
  const list = listLengthFrom(process.env.LIST_LENGTH);
  if (list.problem) throw new Error(`${list.problem}; nothing was checked`);
  const content = readContent();
  const texts = content.input.files.filter((f) => /^stories\/(?:fr\/)?[^/]+\.mdx$/.test(f.path));
  const data = content.input.files.filter((f) => f.path.startsWith('data/'));
  const shared = { data, publicFiles: content.input.publicFiles ?? [], tops: content.tops, head: !!cache };
  stories = storyCache(shared);
  const unread = texts.filter(({ path, text }) => {
    const kept = stories?.get(path, text);
    if (kept) reads.set(path, { text, ...kept });
    return !kept;
  });
  // A large site's stories are read in a worker thread per core first (scripts/lib/story-workers.ts); the passes over the whole model then take them as read.
  const threads = Math.min(extraThreads(unread.length), unread.length);
  const reading = threads ? readAhead(unread, threads, shared, { here: readsHere(threads), keepBytes: !!stories }) : undefined;
  // While the workers read, this thread reads the data files as the passes will (the memo hands them
  // these results): about 0.1 s less after the last story, where nothing else runs.
  const memo = parseMemo();
  if (reading) readData(data, content.display, memo);
  if (reading) {
    const ahead = await reading;
    for (const [path, one] of ahead.read) reads.set(path, one);
    byWorkers = ahead.byWorkers;
  }
  // A story read here is kept for the story cache as reading gave it, before the passes run.
  const onRead = (path: string, text: string, read: StoryRead) => reads.set(path, { text, read, bytes: stories ? serialized(read) : undefined });
  model = checkContent({}, now, { cache, content, ahead: new Map(reads), memo, onRead });
} catch (error) {
  // A setting such as PUBLISH_TIME, not content: its own message, without a stack trace.
  console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const { problems } = model;

if (problems.length) console.log(`\n${formatProblems(problems)}`);

const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const summary = `${model.counts.storyFiles} stories and ${model.datasets.en.length} data files checked in ${seconds}s: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
if (errors) {
  console.error(`\n✗ ${summary}. Fix the errors above; nothing was built.`);
  // Not process.exit: into a pipe, the list of problems is still being written, and would be cut off.
  process.exitCode = 1;
} else {
  console.log(`${problems.length ? '\n' : ''}✓ ${summary}.`);
}
// After the result is out: the next check takes these stories from here.
stories?.save(reads);
// CHECK_STATS=1: how many stories were read and where (the tests and the benchmark read it).
if (process.env.CHECK_STATS === '1') {
  const fromCache = stories?.stats.hits ?? 0;
  console.error(`(check stats: ${reads.size} stories, ${fromCache} from the story cache${stories ? '' : ' (not used)'}, ${reads.size - fromCache} read, ${byWorkers} of them in worker threads)`);
}

/** The bytes of a reading, as the story cache keeps them; undefined when it cannot be (the story is then read again next time). */
function serialized(read: StoryRead): Uint8Array | undefined {
  try {
    return v8.serialize(read);
  } catch {
    return undefined;
  }
}
