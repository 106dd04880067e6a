import fs from 'node:fs';
import { expect, test } from 'vitest';
import { buildModel } from '@/lib/content/model';
import { storySource } from './helpers';

// A corpus of generated stories and data files: valid ones cut and spliced with what editors and
// attackers type. Whatever comes in, the model returns problems and never throws.
const PIECES = ['---', '\n', ': ', '&a ', '*a', '<<: *a', '- ', '[', ']', '](', '%', '%zz', '100%.png', '![x](/', '<Chart id="', '" />', '<Figure chart="fixture-line" value="', '<Quote original="', '</Quote>', '{', '}', '>', '#', '“', '”', 'TK', '<sup>', '<br>', 'translationOf: ', '\u0000', '\u202e', '"', "'", '`', '\\', 'published: 2026-02-30'];

/** A seeded generator, so a failure can be replayed. */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function mutate(text: string, next: () => number): string {
  let out = text;
  for (let i = 0, n = 1 + Math.floor(next() * 6); i < n; i++) {
    const at = Math.floor(next() * (out.length + 1));
    const action = next();
    if (action < 0.4) out = out.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + out.slice(at);
    else if (action < 0.7) out = out.slice(0, at) + out.slice(at + Math.floor(next() * 20));
    else out = out.slice(0, at) + out.slice(Math.floor(next() * out.length));
  }
  return out;
}

const data = fs.readFileSync('tests/unit/charts/fixtures/valid/fixture-line.json', 'utf8');
const french = fs.readFileSync('tests/unit/charts/fixtures/valid/fr/fixture-line.json', 'utf8');
const story = storySource({}, '\nIntro “ten million in January” with [a link](#a-section).\n\n## A section\n\n<Chart id="fixture-line" />\n\n![A picture](/icon.svg)\n');
const translation = storySource({ translationOf: 'first' }, '\nIntro « <Quote original="ten million in January">dix millions</Quote> ».\n\n<Chart id="fixture-line" />\n');

test('200 generated inputs: problems, never an exception', () => {
  const next = random(16);
  for (let i = 0; i < 200; i++) {
    const files = [
      { path: 'stories/first.mdx', text: mutate(story, next) },
      { path: 'stories/fr/premier.mdx', text: mutate(translation, next) },
      { path: 'data/fixture-line.json', text: next() < 0.5 ? data : mutate(data, next) },
      { path: 'data/fr/fixture-line.json', text: next() < 0.5 ? french : mutate(french, next) },
    ];
    const model = buildModel({ files, sources: [{ path: 'fixture.txt', text: 'ten million in January' }], publicFiles: ['icon.svg'] });
    expect(Array.isArray(model.problems), JSON.stringify(files)).toBe(true);
    for (const p of model.problems) expect(p.file, JSON.stringify(p)).toMatch(/^content\//);
  }
});
