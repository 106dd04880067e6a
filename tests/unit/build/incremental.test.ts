import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { codeKey, folderStamp, linkTree, overlay, pruneCards, removeFile } from '../../../scripts/lib/incremental.mjs';

/** What decides between a correction build and a full one, and the file moves of the merge (scripts/lib/incremental.mjs). */

const dirs: string[] = [];
function folder(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'incremental-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the code key: anything but content changed means a full build', () => {
  const env = { SITE_URL: 'https://example.org', NODE_ENV: 'production' };

  test('a change of code, config, packages or environment changes it; content does not', () => {
    const root = folder({ 'app/page.tsx': 'a', 'next.config.mjs': 'c', 'package-lock.json': '{}', 'content/stories/x.mdx': 'story' });
    const key = codeKey({ root, env });
    expect(codeKey({ root, env })).toBe(key);

    fs.writeFileSync(path.join(root, 'content/stories/x.mdx'), 'a corrected story');
    fs.writeFileSync(path.join(root, 'content/stories/y.mdx'), 'a new story');
    expect(codeKey({ root, env })).toBe(key);

    for (const [file, text] of [['app/page.tsx', 'b'], ['app/new.ts', ''], ['next.config.mjs', 'd'], ['package-lock.json', '{"v":2}']]) {
      const full = path.join(root, file);
      const before = fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
      fs.writeFileSync(full, text);
      expect(codeKey({ root, env }), file).not.toBe(key);
      if (before === undefined) fs.rmSync(full);
      else fs.writeFileSync(full, before);
    }
    expect(codeKey({ root, env })).toBe(key);

    expect(codeKey({ root, env: { ...env, SITE_URL: 'https://n95.example.org' } })).not.toBe(key);
    expect(codeKey({ root, env: { ...env, NODE_ENV: 'test' } })).not.toBe(key);
    // Every story's footer gives the corrections address.
    expect(codeKey({ root, env: { ...env, CORRECTIONS_EMAIL: 'corrections@example.org' } })).not.toBe(key);
    expect(codeKey({ root, env: { ...env, NEXT_PUBLIC_X: '1' } })).not.toBe(key);
    expect(codeKey({ root, env: { SITE_URL: env.SITE_URL } })).not.toBe(key);

    const modules = folder({ '.package-lock.json': '{"next":"16.4.6"}' });
    const installed = codeKey({ root, env, nodeModules: [modules] });
    fs.writeFileSync(path.join(modules, '.package-lock.json'), '{"next":"16.4.7"}');
    expect(codeKey({ root, env, nodeModules: [modules] })).not.toBe(installed);
  });
});

describe('the merge', () => {
  test('the stamp of a built site changes when any file in it changes, appears or goes', () => {
    const out = folder({ 'index.html': 'home', 'stories/x/index.html': 'x' });
    const stamp = folderStamp(out);
    expect(folderStamp(out)).toBe(stamp);
    fs.writeFileSync(path.join(out, 'stories/x/index.html'), 'x, edited by hand');
    expect(folderStamp(out)).not.toBe(stamp);
    const edited = folderStamp(out);
    fs.writeFileSync(path.join(out, 'extra.txt'), '');
    expect(folderStamp(out)).not.toBe(edited);
  });

  test('new pages replace old ones; a page that is gone takes its empty folders with it', () => {
    const out = folder({ 'index.html': 'old home', 'stories/x/index.html': 'x', 'stories/y/index.html': 'y', 'og/stories/x.png': 'card' });
    const stage = folder({ 'index.html': 'new home', 'stories/z/index.html': 'z' });
    removeFile(out, 'stories/x/index.html');
    removeFile(out, 'og/stories/x.png');
    overlay(stage, out);
    expect(fs.readdirSync(out, { recursive: true }).map(String).sort()).toEqual(['index.html', 'stories', 'stories/y', 'stories/y/index.html', 'stories/z', 'stories/z/index.html']);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('new home');
  });

  test('a merge into a linked copy of the last site leaves that site byte for byte and time for time as it was', () => {
    const out = folder({ 'index.html': 'old home', 'stories/x/index.html': 'x', 'stories/y/index.html': 'y', 'pagefind/index.pf': 'old index', _headers: 'old' });
    const stamp = folderStamp(out);
    const stage = folder({ 'index.html': 'new home', 'stories/y/index.html': 'y, corrected' });
    const building = path.join(folder({}), 'building');
    linkTree(out, building);
    // As scripts/build.mjs does: remove what is written in place, then remove, move over, write.
    for (const file of ['pagefind', '_headers']) fs.rmSync(path.join(building, file), { recursive: true, force: true });
    removeFile(building, 'stories/x/index.html');
    overlay(stage, building);
    fs.mkdirSync(path.join(building, 'pagefind'));
    fs.writeFileSync(path.join(building, 'pagefind/index.pf'), 'new index');
    fs.writeFileSync(path.join(building, '_headers'), 'new');
    expect(folderStamp(out)).toBe(stamp);
    expect(fs.readFileSync(path.join(out, 'stories/y/index.html'), 'utf8')).toBe('y');
    expect(fs.readFileSync(path.join(out, 'pagefind/index.pf'), 'utf8')).toBe('old index');
    expect(fs.readFileSync(path.join(building, 'stories/y/index.html'), 'utf8')).toBe('y, corrected');
  });

  test('the card cache keeps only the cards named', () => {
    const cache = folder({ 'a.png': '', 'b.png': '', 'c.png': '' });
    expect(pruneCards(cache, ['a.png', 'c.png', 'd.png'])).toBe(1);
    expect(fs.readdirSync(cache).sort()).toEqual(['a.png', 'c.png']);
    expect(pruneCards(path.join(cache, 'missing'), [])).toBe(0);
  });
});
