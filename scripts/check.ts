// npm run check: validates all content in seconds, without a build. Exits 1 on any error.
// The content root is CONTENT_DIR (default content); see lib/content/disk.ts.
import { checkContent, publishTime, readContent } from '../lib/content/disk';
import { parseMemo, readData } from '../lib/content/model';
import { formatProblems } from '../lib/problems';
import { extraThreads, readAhead, readsHere } from './lib/story-workers';

// --cache <dir>: also write the checked model there, for the build's page workers (lib/content/cache.ts).
const at = process.argv.indexOf('--cache');
const cache = at === -1 ? undefined : process.argv[at + 1];

const started = performance.now();
let model: ReturnType<typeof checkContent>;
try {
  // PUBLISH_TIME first: a wrong one stops the check before any work.
  const now = publishTime();
  const content = readContent();
  // A large site's stories are read in a worker thread per core first (scripts/lib/story-workers.ts); the passes over the whole model then take them as read.
  const stories = content.input.files.filter((f) => /^stories\/(?:fr\/)?[^/]+\.mdx$/.test(f.path));
  const threads = extraThreads(stories.length);
  const data = content.input.files.filter((f) => f.path.startsWith('data/'));
  const shared = { data, publicFiles: content.input.publicFiles ?? [], tops: content.tops, head: !!cache };
  const reading = threads ? readAhead(stories, threads, shared, { here: readsHere(threads) }) : undefined;
  // While the workers read, this thread reads the data files as the passes will (the memo hands them
  // these results): about 0.1 s less after the last story, where nothing else runs.
  const memo = parseMemo();
  if (reading) readData(data, content.display, memo);
  const ahead = reading ? (await reading).read : undefined;
  model = checkContent({}, now, { cache, content, ahead, memo });
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
