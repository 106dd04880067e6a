// A worker thread of scripts/lib/story-workers.ts: reads the stories it takes from the shared
// counter and sends what reading each gave, in batches, without the frontmatter's positionOf (a
// function, which a message cannot carry; the main thread reads it again when asked).
import { parentPort, workerData } from 'node:worker_threads';
import { parseStory } from '../../lib/content/story-file';
import type { Positions, Sent, StoryText } from './story-workers';

const { stories, next } = workerData as { stories: StoryText[]; next: Int32Array };
let batch: [number, Sent, Positions][] = [];
// translationProblems asks every translation where its translationOf is; pairProblems, where its corrections are.
const ASKED = (corrections: number): (readonly PropertyKey[])[] => [['translationOf'], ['corrections'], ...Array.from({ length: corrections }, (_, i) => ['corrections', i, 'date'])];

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
  try {
    const parsed = parseStory(stories[i].file, stories[i].text);
    const { positionOf } = parsed.frontmatter;
    // Where the fields are that the checks ask about for every story, so the main thread need not read the YAML again.
    const asked = ASKED(parsed.story?.corrections.length ?? 0);
    const positions = asked.map((path) => [JSON.stringify(path), positionOf(path)] as [string, { line: number; column: number }]);
    // Replaced in place (null), so every key keeps its place in the object.
    batch.push([i, { ...parsed, frontmatter: { ...parsed.frontmatter, positionOf: null } }, positions]);
  } catch {
    // Left to the main thread, which reports what it throws.
  }
  if (batch.length >= 25) send();
}
if (batch.length) send();
