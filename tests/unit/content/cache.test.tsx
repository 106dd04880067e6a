import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, test } from 'vitest';
import { inputKey, readSnapshot } from '@/lib/content/cache';
import { omit } from '@/lib/content/model';
import { checkContent, contentModel, loadStories, readContent } from '@/lib/content/disk';
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
    const file = fs.readdirSync(cache).find((f) => f.endsWith('.json'))!;
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
    const file = fs.readdirSync(cache).find((f) => f.endsWith('.json'))!;
    const text = fs.readFileSync(path.join(cache, file), 'utf8');
    // widget-orders is drawn or cited by two stories of each edition: written once per edition for
    // them, and once per edition as its files type it (the CSVs'), not once per story.
    const id = 'widget-orders';
    expect(model.stories.filter((s) => s.datasets.some((d) => d.id === id)).length).toBe(4);
    expect(text.split(`"id":"${id}","title"`).length - 1).toBe(2 + 2);
    const read = readSnapshot(cache, inputKey(readContent().input))!;
    // Each story's compiled tree is read back from the bodies file when asked for, as it was written.
    const withTrees = { ...read, stories: read.stories.map(({ body, ...story }) => ({ ...story, hast: body() })) };
    expect(withTrees).toEqual(JSON.parse(JSON.stringify({ ...model, stories: model.stories.map((s) => omit(s, 'tree')) })));
    // The index a worker parses holds no tree: a story's text is not in it.
    const story = model.stories.find((s) => s.slug === 'widget-orders-explained') ?? model.stories[0];
    const someWords = JSON.stringify(story.hast).match(/"value":"([^"\\]{20,})"/)![1];
    expect(text).not.toContain(someWords);
    expect(fs.readFileSync(path.join(cache, file.replace(/\.json$/, '.bodies')), 'utf8')).toContain(someWords);
  });

  test("a story's body renders its own compiled tree, read from the snapshot", () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'model-cache-'));
    const dirs = { dir: storiesDir({ 'a.mdx': storySource({ title: '"First"' }, 'Words of the first story.'), 'b.mdx': storySource({ title: '"Second"' }, 'Words of the second story.') }), dataDir: 'tests/unit/charts/fixtures/valid', publicDir: 'public', sourcesDir: null };
    contentModel(dirs, undefined, { cache });
    process.env.STORY_CACHE = cache;
    const html = (title: string) => {
      const { Body } = loadStories(dirs).find((s) => s.title === title)!;
      return renderToStaticMarkup(<Body components={{}} />);
    };
    expect(html('First')).toContain('Words of the first story.');
    expect(html('Second')).toContain('Words of the second story.');
    expect(html('Second')).not.toContain('first');
  });

  // npm run check reads each story's trees once and drops them (lib/content/story-facts.ts); its
  // problems and the snapshot it writes must be those of the model that keeps them.
  test('npm run check, which keeps no trees, finds the same problems and writes the same snapshot as the whole model', () => {
    const sites = ['tests/fixtures/site', ...fs.readdirSync('tests/fixtures/check').map((name) => `tests/fixtures/check/${name}`)];
    const now = Date.parse('2026-12-01T00:00:00Z');
    let problems = 0;
    for (const root of sites) {
      const dirs = { root, sourcesDir: fs.existsSync(`${root}/sources`) ? `${root}/sources` : 'tests/fixtures/site/sources' };
      const [a, b] = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'model-cache-')));
      const model = contentModel(dirs, now, { cache: a });
      const checked = checkContent(dirs, now, { cache: b });
      expect(checked.problems, root).toEqual(model.problems);
      expect(checked.counts).toEqual(model.counts);
      const [written, again] = [a, b].map((dir) => fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')));
      expect(again, root).toEqual(written);
      problems += model.problems.length;
      for (const dir of [a, b]) fs.rmSync(dir, { recursive: true, force: true });
    }
    // The fixtures hold mistakes of every kind.
    expect(problems).toBeGreaterThan(50);
  });
});
