// Run by tests/unit/scripts/story-workers.test.ts under tsx (as npm run check runs): reads the
// stories of CONTENT_DIR ahead in CHECK_THREADS workers (HERE=1: in this thread too) and prints
// whether each story's reading is what reading it here gives.
import { readContent } from '../../../lib/content/disk';
import { readStory } from '../../../lib/content/model';
import { readAhead, storyContext } from '../../../scripts/lib/story-workers';

const content = readContent();
const stories = content.input.files.filter((f) => f.path.endsWith('.mdx'));
const shared = { data: content.input.files.filter((f) => f.path.startsWith('data/')), publicFiles: content.input.publicFiles ?? [], tops: content.tops, head: true };
const { read, byWorkers } = await readAhead(stories, Number(process.env.CHECK_THREADS), shared, { here: process.env.HERE === '1' });
const ctx = storyContext(shared);
const same = stories.every(({ path, text }) => JSON.stringify(read.get(path)?.read) === JSON.stringify(readStory(path, text, ctx, { head: true })));
const compiled = [...read.values()].filter((r) => r.read.story).length;
console.log(JSON.stringify({ stories: stories.length, read: read.size, compiled, byWorkers, same }));
