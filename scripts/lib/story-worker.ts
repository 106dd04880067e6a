// A worker thread of scripts/lib/story-workers.ts: reads the stories it takes from the shared
// counter (lib/content/model.ts readStory, without keeping the trees) and sends what reading each
// gave, in batches: problems and facts, plain data (and, for the build's step, the snapshot's
// texts). With `bytes` (the story cache is on), each reading goes as the bytes of its structured
// clone (v8.serialize, what postMessage would do with it), which the cache (./story-cache.ts)
// stores as they are instead of serializing the reading again; without, as it is.
import v8 from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { readStory, type StoryRead } from '../../lib/content/model';
import { storyContext, type Shared, type StoryText } from './story-workers';

const { stories, next, shared, bytes } = workerData as { stories: StoryText[]; next: Int32Array; shared: Shared; bytes: boolean };
const ctx = storyContext(shared);
let batch: [number, StoryRead | Uint8Array][] = [];

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
  const read = readStory(stories[i].path, stories[i].text, ctx, { head: shared.head });
  try {
    batch.push([i, bytes ? v8.serialize(read) : read]);
  } catch {
    // What v8.serialize cannot carry, a message cannot either: the main thread reads that story itself.
  }
  if (batch.length >= 25) send();
}
if (batch.length) send();
