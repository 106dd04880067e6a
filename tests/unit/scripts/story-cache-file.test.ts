import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readContent } from '@/lib/content/disk';
import { readStory, type StoryRead } from '@/lib/content/model';
import { cacheFile, openStoryCache } from '@/scripts/lib/story-cache';
import { storyContext, type Shared } from '@/scripts/lib/story-workers';
import { mistakesSite } from './mistakes-site';

// The story cache's file (scripts/lib/story-cache.ts): what it gives back is exactly what was
// stored, for the same story text and the same everything else, or nothing; whatever the file holds,
// opening it and asking never throws.

let content: string;
let dir: string;
let shared: Shared;
let stories: { path: string; text: string; read: StoryRead }[];
beforeAll(() => {
  content = mistakesSite('story-cache-file-');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'story-cache-dir-'));
  const read = readContent({ root: content, sourcesDir: null });
  shared = { data: read.input.files.filter((f) => f.path.startsWith('data/')), publicFiles: read.input.publicFiles ?? [], tops: read.tops, head: false };
  const ctx = storyContext(shared);
  stories = read.input.files.filter((f) => f.path.endsWith('.mdx')).map(({ path: p, text }) => ({ path: p, text, read: readStory(p, text, ctx) }));
});
afterAll(() => {
  for (const folder of [content, dir]) fs.rmSync(folder, { recursive: true, force: true });
});

const CODE = 'code 1';
const save = (code = CODE, on = shared) => openStoryCache(dir, code, on).save(stories.map((s) => [s.path, { text: s.text, read: s.read }]));
const found = (code = CODE, on = shared) => {
  const cache = openStoryCache(dir, code, on);
  return stories.map((s) => cache.get(s.path, s.text)?.read);
};

describe('the story cache file', () => {
  test('gives back each reading as stored, for the same text; nothing for another text or a story it does not hold', () => {
    save();
    expect(found()).toEqual(stories.map((s) => s.read));
    const cache = openStoryCache(dir, CODE, shared);
    expect(cache.get(stories[0].path, `${stories[0].text} `)).toBeUndefined();
    expect(cache.get('stories/not-there.mdx', stories[0].text)).toBeUndefined();
    expect(cache.stats).toEqual({ hits: 0, misses: 2 });
  });

  test('nothing when the code, a data file, the public files or where the folders are shown differ', () => {
    save();
    const none = stories.map(() => undefined);
    expect(found('code 2')).toEqual(none);
    const data = shared.data.map((f, i) => (i === 0 ? { ...f, text: `${f.text} ` } : f));
    expect(found(CODE, { ...shared, data })).toEqual(none);
    expect(found(CODE, { ...shared, publicFiles: [...shared.publicFiles, 'new.png'] })).toEqual(none);
    const tops = { ...shared.tops, data: `${shared.tops.data}/` };
    // The same folders written otherwise: the same file, another key (problems would name files otherwise).
    expect(cacheFile(dir, tops)).toBe(cacheFile(dir, shared.tops));
    expect(found(CODE, { ...shared, tops })).toEqual(none);
    // The public files' order does not matter: they are a set to the checks.
    expect(found(CODE, { ...shared, publicFiles: [...shared.publicFiles].reverse() })).toEqual(stories.map((s) => s.read));
  });

  test('keeps only the stories of the last check', () => {
    save();
    const [first, ...rest] = stories;
    openStoryCache(dir, CODE, shared).save(rest.map((s) => [s.path, { text: s.text, read: s.read }]));
    const cache = openStoryCache(dir, CODE, shared);
    expect(cache.get(first.path, first.text)).toBeUndefined();
    expect(cache.get(rest[0].path, rest[0].text)?.read).toEqual(rest[0].read);
  });

  test('whatever the file holds, opening and asking never throw, and give the stored reading or nothing', () => {
    save();
    const file = cacheFile(dir, shared.tops);
    const good = fs.readFileSync(file);
    const random = (n: number) => crypto.randomInt(n);
    let hits = 0;
    for (let round = 0; round < 300; round++) {
      const bytes = Buffer.from(good);
      const kind = round % 4;
      let damaged: Buffer;
      if (kind === 0) {
        for (let i = 0; i <= random(4); i++) bytes[random(bytes.length)] ^= 1 + random(255);
        damaged = bytes;
      } else if (kind === 1) damaged = bytes.subarray(0, random(bytes.length));
      else if (kind === 2) damaged = crypto.randomBytes(random(4096));
      else damaged = Buffer.concat([bytes.subarray(0, random(bytes.length)), crypto.randomBytes(random(64)), bytes.subarray(random(bytes.length))]);
      fs.writeFileSync(file, damaged);
      const got = found();
      got.forEach((read, i) => {
        if (read) {
          hits++;
          expect(read).toEqual(stories[i].read);
        }
      });
    }
    // Only an unchanged file gives anything (a change that cut nothing may leave it whole).
    expect(hits).toBeLessThan(stories.length * 10);
  });

  test('a whole file (its checksum right) that holds something else is ignored, entry by entry where it can be', () => {
    const magic = Buffer.from('n95 story cache 1\n');
    const file = cacheFile(dir, shared.tops);
    const write = (stored: unknown) => {
      const payload = v8.serialize(stored);
      fs.writeFileSync(file, Buffer.concat([magic, crypto.createHash('sha256').update(payload).digest(), payload]));
    };
    save();
    const key = (v8.deserialize(fs.readFileSync(file).subarray(magic.length + 32)) as { key: string }).key;
    const hash = (text: string) => crypto.createHash('sha256').update(text).digest('hex');
    const none = stories.map(() => undefined);
    for (const stored of [null, 42, 'text', {}, { key }, { key, entries: 'x' }, { key, entries: [['a', 'b']] }, { key, entries: [[1, 2, 3]] }, { key: 'other', entries: [] }]) {
      write(stored);
      expect(found()).toEqual(none);
    }
    // One entry's bytes are not a reading: that story is read again, the others are taken.
    const [first, second] = stories;
    write({ key, entries: [[first.path, hash(first.text), Buffer.from('not a reading')], [second.path, hash(second.text), v8.serialize(second.read)]] });
    expect(found().slice(0, 2)).toEqual([undefined, second.read]);
    write({ key, entries: [[first.path, hash(first.text), v8.serialize({ problems: 'none' })]] });
    expect(found()[0]).toBeUndefined();
  });

  test('the build\u2019s check step (head) has a file of its own, and takes only readings that carry the snapshot\u2019s texts', () => {
    // Anew: the test before left an entry that save, given no bytes, would carry over.
    fs.rmSync(cacheFile(dir, shared.tops));
    save();
    const build = { ...shared, head: true };
    expect(cacheFile(dir, shared.tops, true)).not.toBe(cacheFile(dir, shared.tops));
    // npm run check's readings have no compiled tree: the build's step never takes them.
    expect(found(CODE, build)).toEqual(stories.map(() => undefined));
    const ctx = storyContext(shared);
    const withHead = stories.map((s) => ({ ...s, read: readStory(s.path, s.text, ctx, { head: true }) }));
    const compiled = withHead.filter((s) => s.read.story);
    expect(compiled.length).toBeGreaterThan(10);
    for (const { read } of compiled) expect(read.body).toBeInstanceOf(Uint8Array);
    openStoryCache(dir, CODE, build).save(withHead.map((s) => [s.path, { text: s.text, read: s.read }]));
    const cache = openStoryCache(dir, CODE, build);
    expect(withHead.map((s) => cache.get(s.path, s.text)?.read)).toEqual(withHead.map((s) => s.read));
    // npm run check's file is untouched by the build's.
    expect(found()).toEqual(stories.map((s) => s.read));
    // A reading of a story that compiled, stored without its tree, is read again.
    const [first] = compiled;
    fs.rmSync(cacheFile(dir, shared.tops, true));
    openStoryCache(dir, CODE, build).save([[first.path, { text: first.text, read: { ...first.read, body: undefined } }]]);
    expect(openStoryCache(dir, CODE, build).get(first.path, first.text)).toBeUndefined();
  });

  test('a folder it cannot write to costs only the next check its time', () => {
    const blocked = path.join(dir, 'blocked');
    fs.writeFileSync(blocked, 'a file where the folder would be');
    const cache = openStoryCache(path.join(blocked, 'inside'), CODE, shared);
    expect(() => cache.save(stories.map((s) => [s.path, { text: s.text, read: s.read }]))).not.toThrow();
    expect(cache.get(stories[0].path, stories[0].text)).toBeUndefined();
  });
});
