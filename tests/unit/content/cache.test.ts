import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { inputKey, readSnapshot } from '@/lib/content/cache';
import { omit } from '@/lib/content/model';
import { contentModel, loadStories, readContent } from '@/lib/content/disk';
import { storiesDir, storySource } from './helpers';

// The build's check step writes the model; next build's workers read it instead of building it again.
describe('the build cache of the content model', () => {
  const previous = process.env.STORY_CACHE;
  afterEach(() => {
    if (previous === undefined) delete process.env.STORY_CACHE;
    else process.env.STORY_CACHE = previous;
  });

  test('a worker reads the model the check wrote, while the files are the ones checked', () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'model-cache-'));
    const dir = storiesDir({ 'a.mdx': storySource({ title: '"Checked"' }) });
    const dirs = { dir, dataDir: 'tests/unit/charts/fixtures/valid', publicDir: 'public', sourcesDir: null };
    contentModel(dirs, undefined, { cache });
    const [file] = fs.readdirSync(cache);
    // Mark the written model, so reading it back shows.
    const written = JSON.parse(fs.readFileSync(path.join(cache, file), 'utf8'));
    written.stories[0].title = 'From the cache';
    fs.writeFileSync(path.join(cache, file), JSON.stringify(written));
    process.env.STORY_CACHE = cache;
    expect(loadStories(dirs)[0].title).toBe('From the cache');
    // A file changed after the check: the model is built again from the files.
    fs.writeFileSync(path.join(dir, 'a.mdx'), storySource({ title: '"Edited"' }));
    expect(loadStories(dirs)[0].title).toBe('Edited');
  });

  test('the model read back is the model written, with each dataset written once', () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'model-cache-'));
    const model = contentModel({}, undefined, { cache });
    const [file] = fs.readdirSync(cache);
    const text = fs.readFileSync(path.join(cache, file), 'utf8');
    // widget-orders is drawn or cited by two stories of each edition: written once per edition for
    // them, and once per edition as its files type it (the CSVs'), not once per story.
    const id = 'widget-orders';
    expect(model.stories.filter((s) => s.datasets.some((d) => d.id === id)).length).toBe(4);
    expect(text.split(`"id":"${id}","title"`).length - 1).toBe(2 + 2);
    const read = readSnapshot(cache, inputKey(readContent().input))!;
    expect(read).toEqual(JSON.parse(JSON.stringify({ ...model, stories: model.stories.map((s) => omit(s, 'tree')) })));
  });
});
