import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../data/schema';
import { omit, storyHead, type ContentModel, type ModelInput, type ModelStory } from './model';

/**
 * The content model of one build, shared by its processes. `next build` renders pages in several
 * worker processes, and each would build the model again (about 7 ms a story). So the build asks
 * the check step for it: scripts/build.mjs runs `scripts/check.ts --cache <dir>`, which writes
 * the model it has just checked there, and points STORY_CACHE at that folder for `next build`;
 * the disk adapter (./disk) reads it back when the files are still the ones that were checked.
 * The folder is emptied at the start of every build, so code changes never meet an old model.
 */

/** What a snapshot keeps: the model without the Markdown trees, which only the checks read. */
export type Snapshot = Omit<ContentModel, 'stories'> & { stories: Omit<ModelStory, 'tree'>[] };

/**
 * A key for the model's input: every file's path and text, and the sources'. Not the public files:
 * the build writes its page script into public/ after the check, which changes nothing the model holds.
 */
export function inputKey(input: Pick<ModelInput, 'files' | 'sources'>): string {
  const hash = crypto.createHash('sha256');
  for (const group of [input.files, input.sources ?? []]) for (const file of group) hash.update(file.path).update('\0').update(file.text).update('\0');
  return hash.digest('hex');
}

const entry = (dir: string, key: string) => path.join(dir, `${key}.json`);

/**
 * On disk, each dataset is written once: a story's datasets are the same objects as every other
 * story's of its edition (the model typesets each once), and written out in every story they made
 * up most of the file (36 of 88 MB at 2,006 stories), which every build process parses.
 */
type Stored = Omit<Snapshot, 'stories'> & { datasetTable: Dataset[]; stories: (Omit<Snapshot['stories'][number], 'datasets'> & { datasets: number[] })[] };

export function readSnapshot(dir: string, key: string): Snapshot | undefined {
  try {
    const { datasetTable, stories, ...rest } = JSON.parse(fs.readFileSync(entry(dir, key), 'utf8')) as Stored;
    return { ...rest, stories: stories.map((story) => ({ ...story, datasets: story.datasets.map((i) => datasetTable[i]) })) };
  } catch {
    return undefined;
  }
}

/** What a snapshot is written from: each story as the JSON of its fields but its datasets (storyHead in ./model), and its datasets. */
export type SnapshotInput = Omit<ContentModel, 'stories'> & { stories: { head: string; datasets: Dataset[] }[] };

/**
 * The snapshot's text: as JSON.stringify would write a Stored (the model, then the dataset table),
 * put together from each story's head, so that npm run check, whose stories were read in other
 * threads, writes it without their trees in this one (tests/unit/content/cache.test.ts compares).
 */
export function snapshotText(model: SnapshotInput): string {
  const datasetTable: Dataset[] = [];
  const index = new Map<Dataset, number>();
  const ref = (dataset: Dataset) => index.get(dataset) ?? index.set(dataset, datasetTable.push(dataset) - 1).get(dataset)!;
  // A head is a JSON object: its closing brace gives way to the datasets, the story's last field.
  const stories = model.stories.map(({ head, datasets }) => `${head.slice(0, -1)},"datasets":${JSON.stringify(datasets.map(ref))}}`);
  const tail = JSON.stringify({ ...omit(model, 'stories'), datasetTable });
  return `{"stories":[${stories.join(',')}],${tail.slice(1)}`;
}

/** Writes the snapshot of `model` for the build's processes (readSnapshot reads it). */
export function writeSnapshot(dir: string, key: string, model: ContentModel): void {
  writeSnapshotText(dir, key, snapshotText({ ...model, stories: model.stories.map((story) => ({ head: storyHead(omit(story, 'tree', 'datasets')), datasets: story.datasets })) }));
}

export function writeSnapshotText(dir: string, key: string, text: string): void {
  fs.mkdirSync(dir, { recursive: true });
  // Written whole, then renamed: a worker never reads half an entry.
  const target = entry(dir, key);
  const partial = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(partial, text);
  fs.renameSync(partial, target);
}
