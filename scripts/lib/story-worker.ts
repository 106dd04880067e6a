// A worker thread of scripts/lib/story-workers.ts: reads the stories it takes from the shared
// counter (lib/content/model.ts readStory, without keeping the trees) and sends what reading each
// gave, in batches: problems and facts, plain data, as the bytes of its structured clone
// (v8.serialize, what postMessage would do with it), which npm run check keeps as they are in its
// story cache (./story-cache.ts) instead of serializing each reading again.
import v8 from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { readStory } from '../../lib/content/model';
import { storyContext, type Shared, type StoryText } from './story-workers';

const { stories, next, shared } = workerData as { stories: StoryText[]; next: Int32Array; shared: Shared };
const ctx = storyContext(shared);
let batch: [number, Uint8Array][] = [];

for (let i = Atomics.add(next, 0, 1); i < stories.length; i = Atomics.add(next, 0, 1)) {
  // readStory never throws: whatever went wrong in a story is a problem in what it gave.
  const read = readStory(stories[i].path, stories[i].text, ctx, { head: shared.head });
  try {
    batch.push([i, v8.serialize(read)]);
  } catch {
    // Something in the result a message cannot carry: the main thread reads that story itself.
  }
  if (batch.length >= 25) {
    parentPort!.postMessage(batch);
    batch = [];
  }
}
if (batch.length) parentPort!.postMessage(batch);
