import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { figureProblem } from '@/lib/charts/figures';
import { parseDataset, parseTranslation } from '@/lib/data/parse';
import type { Dataset } from '@/lib/data/schema';
import { unseenDifference } from '@/lib/text-rules';
import { VALID_DIR } from '../charts/helpers';

// A label typed with a no-break space ("Latin America" kept on one line) no longer matches the
// French file's key or a <Figure value>, and a message quoting both showed the same words twice.

const read = (rel: string) => fs.readFileSync(path.join(VALID_DIR, rel), 'utf8');
const english = parseDataset(read('fixture-comparison.json'), 'data/fixture-comparison.json').dataset as Dataset;
const label = english.values[0].label;
const nbsp = label.replace(/ (?=\S+$)/, '\u00a0');

describe('a text that reads like the one expected but differs in a space no one sees', () => {
  test('a <Figure value> says which character differs, and after which words', () => {
    expect(nbsp).not.toBe(label);
    const problem = figureProblem(english, nbsp)!;
    expect(problem.found).toContain(`which reads like "${label}" but has a no-break space (U+00A0) where it has a plain space, after "`);
    // The words before the difference are the label's own, up to its last space.
    expect(problem.found).toContain(`${label.slice(Math.max(0, label.lastIndexOf(' ') - 20), label.lastIndexOf(' ')).trimStart()}"`);
    // A key that reads differently gets no such words.
    expect(figureProblem(english, 'Something else')!.found).toBe('"Something else"');
  });

  test('a French file whose key has the no-break space the English label lacks says so', () => {
    const french = read('fr/fixture-comparison.json');
    expect(french).toContain(`"${label}"`);
    const result = parseTranslation(french.replace(`"${label}"`, `"${nbsp}"`), 'data/fr/fixture-comparison.json', english);
    const keys = result.problems.find((p) => p.found.startsWith('unknown field'))!;
    expect(keys.expected).toContain(`the key found, which reads like "${label}" but has a no-break space (U+00A0) where it has a plain space`);
  });

  test('a chart kind with a zero-width space in it: the schema’s list, and what differs', () => {
    const text = read('fixture-column.json').replace('"chart": "column"', '"chart": "column\u200b"');
    expect(text).toContain('column\u200b');
    const problem = parseDataset(text, 'data/fixture-column.json').problems.find((p) => p.field === 'chart')!;
    expect(problem.found).toContain('which reads like "column" but has a zero-width space (U+200B) where it has nothing, after "column"');
  });

  test('texts that read differently, or are the same, get nothing; any other unseen character is named by its code', () => {
    expect(unseenDifference('a b', ['a b'])).toBeUndefined();
    expect(unseenDifference('a b', ['a c', 'x'])).toBeUndefined();
    expect(unseenDifference('a\tb', ['a b'])).toBe('which reads like "a b" but has a tab where it has a plain space, after "a"');
    expect(unseenDifference('\u2060ab', ['ab'])).toBe('which reads like "ab" but has U+2060 (a character that shows nothing) where it has "a"');
  });
});
