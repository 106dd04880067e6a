import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Root as HastRoot } from 'hast';
import type { Dataset } from '../data/schema';
import { omit, storyHead, type ContentModel, type ModelInput, type ModelStory } from './model';

/**
 * The content model of one build, shared by its processes. `next build` renders pages in several
 * worker processes, and each would build the model again (about 7 ms a story). So the build asks
 * the check step for it: scripts/build.mjs runs `scripts/check.mjs --cache <dir>` (scripts/check.ts, bundled), which writes
 * the model it has just checked there, and points STORY_CACHE at that folder for `next build`;
 * the disk adapter (./disk) reads it back when the files are still the ones that were checked.
 * The folder is emptied at the start of every build, so code changes never meet an old model.
 */

/** A story as a snapshot keeps it: without its Markdown tree, which only the checks read, and with its compiled tree read on demand. */
export type SnapshotStory = Omit<ModelStory, 'tree' | 'hast'> & {
  /** Reads the compiled tree the page renders (lib/content/body.tsx): a fresh copy at each call. */
  body: () => HastRoot;
};

/** What a snapshot keeps: the model without the Markdown trees, and the compiled trees read only when a page renders one. */
export type Snapshot = Omit<ContentModel, 'stories'> & { stories: SnapshotStory[] };

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
const bodiesOf = (dir: string, key: string) => path.join(dir, `${key}.bodies`);

/**
 * On disk, each dataset is written once: a story's datasets are the same objects as every other
 * story's of its edition (the model typesets each once), and written out in every story they made
 * up most of the file (36 of 88 MB at 2,006 stories), which every build process parsed.
 *
 * The compiled trees are 98% of what is left (65 of 66 MB at 2,006 stories), and a page worker
 * renders a few of them: they go into a file of their own, one after another, each story keeping
 * where its tree starts and how long it is (in bytes). So a worker parses a small index, and
 * holds a tree only while it renders that story (each worker held 250 MB more with every tree).
 */
type Stored = Omit<Snapshot, 'stories'> & { datasetTable: Dataset[]; stories: (Omit<SnapshotStory, 'datasets' | 'body'> & { datasets: number[]; body: [number, number] })[] };

/** One story's compiled tree, read from its place in the bodies file. */
function readBody(file: string, [start, length]: [number, number]): HastRoot {
  const bytes = Buffer.alloc(length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, bytes, 0, length, start);
  } finally {
    fs.closeSync(fd);
  }
  return JSON.parse(bytes.toString('utf8')) as HastRoot;
}

export function readSnapshot(dir: string, key: string): Snapshot | undefined {
  try {
    const { datasetTable, stories, ...rest } = JSON.parse(fs.readFileSync(entry(dir, key), 'utf8')) as Stored;
    const bodies = bodiesOf(dir, key);
    return { ...rest, stories: stories.map(({ body, ...story }) => ({ ...story, datasets: story.datasets.map((i) => datasetTable[i]), body: () => readBody(bodies, body) })) };
  } catch {
    return undefined;
  }
}

/**
 * What a snapshot is written from: each story as the JSON of its fields but its compiled tree and
 * datasets (storyHead in ./model), its compiled tree's JSON, and its datasets.
 */
export type SnapshotInput = Omit<ContentModel, 'stories'> & { stories: { head: string; body: string | Uint8Array; datasets: Dataset[] }[] };

/**
 * The snapshot's two files: the index, as JSON.stringify would write a Stored (the model, then the
 * dataset table), and the compiled trees one after another. Put together from each story's head
 * and body texts, so that npm run check, whose stories were read in other threads, writes it
 * without their trees in this one (tests/unit/content/cache.test.tsx compares).
 */
export function snapshotText(model: SnapshotInput): { index: string; bodies: Buffer } {
  const datasetTable: Dataset[] = [];
  const index = new Map<Dataset, number>();
  const ref = (dataset: Dataset) => index.get(dataset) ?? index.set(dataset, datasetTable.push(dataset) - 1).get(dataset)!;
  const trees: Uint8Array[] = [];
  let end = 0;
  const place = (body: string | Uint8Array): [number, number] => {
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    trees.push(bytes);
    end += bytes.length;
    return [end - bytes.length, bytes.length];
  };
  // A head is a JSON object: its closing brace gives way to the datasets and the tree's place, the story's last fields.
  const stories = model.stories.map(({ head, body, datasets }) => `${head.slice(0, -1)},"datasets":${JSON.stringify(datasets.map(ref))},"body":${JSON.stringify(place(body))}}`);
  const tail = JSON.stringify({ ...omit(model, 'stories'), datasetTable });
  return { index: `{"stories":[${stories.join(',')}],${tail.slice(1)}`, bodies: Buffer.concat(trees) };
}

/** Writes the snapshot of `model` for the build's processes (readSnapshot reads it). */
export function writeSnapshot(dir: string, key: string, model: ContentModel): void {
  const stories = model.stories.map((story) => ({ head: storyHead(omit(story, 'tree', 'hast', 'datasets')), body: JSON.stringify(story.hast), datasets: story.datasets }));
  writeSnapshotText(dir, key, snapshotText({ ...model, stories }));
}

export function writeSnapshotText(dir: string, key: string, { index, bodies }: { index: string; bodies: Buffer }): void {
  fs.mkdirSync(dir, { recursive: true });
  // Each written whole, then renamed: a worker never reads half an entry. The trees first, so an
  // index is never there without the trees it points into.
  const write = (target: string, data: string | Buffer) => {
    const partial = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(partial, data);
    fs.renameSync(partial, target);
  };
  write(bodiesOf(dir, key), bodies);
  write(entry(dir, key), index);
}
