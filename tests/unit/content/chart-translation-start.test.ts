import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDataset, parseTranslation } from '@/lib/data/parse';
import { translationStart } from '@/lib/data/translation-start';
import { annotationsOf, type Dataset } from '@/lib/data/schema';
import { translationSource } from '@/lib/content/new-translation';
import { checkContent } from './helpers';

/** A chart's French words as Translate starts them (content/data/fr/<id>.json). */

const FIXTURES = ['tests/unit/charts/fixtures/valid', 'tests/unit/charts/fixtures/annotated'];
const datasets: Dataset[] = FIXTURES.flatMap((dir) =>
  fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => parseDataset(fs.readFileSync(`${dir}/${f}`, 'utf8'), f).dataset!),
);

/** Every string of a parsed JSON value, with the key it is under. */
const strings = (node: unknown, key = ''): [string, string][] =>
  typeof node === 'string' ? [[key, node]] : node && typeof node === 'object' ? Object.entries(node).flatMap(([k, v]) => strings(v, Array.isArray(node) ? key : k)) : [];

describe('the start of a chart’s French words', () => {
  test('covers every chart kind, an annotation that quotes someone included', () => {
    expect(new Set(datasets.map((d) => d.chart))).toEqual(new Set(['line', 'column', 'comparison', 'timeline', 'map']));
    expect(datasets.some((d) => annotationsOf(d).some((a) => a.text.includes('“')))).toBe(true);
  });

  test.each(datasets.map((d) => [d.id, d] as const))('%s: the translation check accepts it; each text reads TK with its English, the quoted words kept as the original', (id, ds) => {
    const text = translationStart(ds);
    const result = parseTranslation(text, `fr/${id}.json`, ds);
    expect(result.problems).toEqual([]);
    const words = strings(JSON.parse(text)).filter(([key]) => key !== 'id' && key !== 'original');
    expect(words.length).toBeGreaterThan(3);
    for (const [, s] of words) expect(s).toMatch(/^TK: \S/);
    // The English is there to translate: the file's title holds the English title.
    expect(JSON.parse(text).title).toContain(ds.title);
  });
});

test('an English text still a placeholder is not marked twice', () => {
  const line = datasets.find((d) => d.id === 'fixture-line')!;
  const start = JSON.parse(translationStart({ ...line, title: 'TK: a sentence that states what the chart shows' }));
  expect(start.title).toBe('TK: a sentence that states what the chart shows');
});

describe('npm run check on a French story whose chart words are only started', () => {
  const original = fs.readFileSync('tests/fixtures/new-translation/content/stories/original.mdx', 'utf8');
  /** A content root: the original, its French start (draft or not), and the charts' English files with one French start. */
  function site(draft: boolean) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chart-start-'));
    fs.mkdirSync(`${root}/stories/fr`, { recursive: true });
    fs.mkdirSync(`${root}/data/fr`, { recursive: true });
    fs.writeFileSync(`${root}/stories/original.mdx`, original);
    const french = translationSource(original, 'original', '2026-11-29T17:00:00-05:00');
    fs.writeFileSync(`${root}/stories/fr/traduction.mdx`, draft ? french : french.replace('draft: true', 'draft: false'));
    for (const id of ['fixture-line', 'fixture-column']) fs.copyFileSync(`${FIXTURES[0]}/${id}.json`, `${root}/data/${id}.json`);
    fs.copyFileSync(`${FIXTURES[0]}/fr/fixture-column.json`, `${root}/data/fr/fixture-column.json`);
    fs.writeFileSync(`${root}/data/fr/fixture-line.json`, translationStart(datasets.find((d) => d.id === 'fixture-line')!));
    return checkContent({ storiesDir: `${root}/stories`, dataDir: `${root}/data` }).problems.filter((p) => p.file.endsWith('data/fr/fixture-line.json'));
  }

  /** The texts of fixture-line.json, in its order, as a French file keys them (a line chart's values by their dates). */
  const FIELDS = ['title', 'units', 'sourceLine', 'notes[0]', 'sources["fixture-report"].name', 'speakers["Fixture Co"]', 'values["2021-01"].label', 'values["2021-02"].label', 'values["2021-02"].note', 'values["2021-03"].label', 'values["2021-04"].label'];

  test('while the story is a draft: a warning at each placeholder, at its line', () => {
    const found = site(true);
    expect(found.length).toBeGreaterThan(5);
    for (const p of found) expect(p).toMatchObject({ severity: 'warning', expected: 'finished copy', found: '"TK"', column: expect.any(Number), line: expect.any(Number) });
    // Each named by the field that holds it, an English label as the key it is.
    expect(found.map((p) => p.field)).toEqual(FIELDS);
  });

  test('once the French story is published: each is an error, and says why', () => {
    const found = site(false);
    expect(found.length).toBeGreaterThan(5);
    for (const p of found) expect(p).toMatchObject({ severity: 'error', hint: 'a published French story shows this chart' });
    expect(found.map((p) => p.field)).toEqual(FIELDS);
  });
});
