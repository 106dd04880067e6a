// A worker thread of scripts/lib/story-workers.ts: reads the stories it takes from the shared
// counter (lib/content/model.ts readStory, without keeping the trees) and sends what reading each
// gave, in batches: problems and facts, plain data.
import { parentPort, workerData } from 'node:worker_threads';
import { readStory, type StoryRead } from '../../lib/content/model';
import { storyContext, type Shared, type StoryText } from './story-workers';

const { stories, next, shared } = workerData as { stories: StoryText[]; next: Int32Array; shared: Shared };
const ctx = storyContext(shared);
let batch: [number, StoryRead][] = [];

function send(): void {
  try {
    parentPort!.postMessage(batch);
  } catch {
    // Something in a result a message cannot carry: send them one by one, and leave out the one that fails.
    for (const one of batch) {
      try {
        parentPort!.postMessage([one]);
      } catch {
        // The main thread reads that story itself.
      }
    }
  }
  batch = [];
}

for (let i = Atomics.add(next, 0, 1); i < stories.length; i = Atomics.add(next, 0, 1)) {
  // readStory never throws: whatever went wrong in a story is a problem in what it gave.
  batch.push([i, readStory(stories[i].path, stories[i].text, ctx, { head: shared.head })]);
  if (batch.length >= 25) send();
}
if (batch.length) send();
