import fs from 'node:fs';
import { expect, test } from 'vitest';
import { parseDataset } from '@/lib/data/parse';
import { location, problemMessage } from '@/lib/problems';

const FILE = 'content/data/fixture-line.json';
const valid = fs.readFileSync('tests/unit/charts/fixtures/valid/fixture-line.json', 'utf8');

test('a property named twice in one object is a problem at its second use, not a silent overwrite', () => {
  const text = valid.replace('"units":', '"units": "widgets",\n  "units":');
  const lineOfFirst = text.split('\n').findIndex((line) => line.includes('"units": "widgets"')) + 1;
  expect(parseDataset(text, FILE).problems.map((p) => `${location(p)} ${problemMessage(p)}`)).toEqual([
    `${FILE}:${lineOfFirst + 1}:3 units: expected each property once in its object, found "units" again (first at line ${lineOfFirst}) (keep one of the two)`,
  ]);
});

test('the same name in two different objects is fine', () => {
  expect(parseDataset(valid, FILE).problems).toEqual([]);
  expect(valid.match(/"label":/g)!.length).toBeGreaterThan(1);
});
