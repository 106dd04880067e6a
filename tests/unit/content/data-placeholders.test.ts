/** Placeholders in a data file, each named by its field and found at its line and column, whatever the file holds. */
import { describe, expect, test } from 'vitest';
import { placeholdersInData } from '@/lib/content/data-placeholders';

describe('placeholders in a data file', () => {
  test('names each by its field, at the placeholder itself; a name (a key) is not copy', () => {
    const text = '{\n  "title": "TK: the headline",\n  "notes": ["Done.", "Half \\"done\\", TK"],\n  "values": { "TK: first bar": { "label": "TODO" } }\n}';
    expect(placeholdersInData(text)).toEqual([
      { line: 2, column: 13, field: 'title', found: 'TK' },
      // After two escaped quotes: the column is the file's, as the editor counts it.
      { line: 3, column: 38, field: 'notes[1]', found: 'TK' },
      { line: 4, column: 44, field: 'values["TK: first bar"].label', found: 'TODO' },
    ]);
  });

  test('a file the parser cannot read is read line by line, with no field named', () => {
    expect(placeholdersInData('{ "title": "TK", }\n"notes": TK')).toEqual([
      { line: 1, column: 13, field: 'placeholder text', found: 'TK' },
      { line: 2, column: 10, field: 'placeholder text', found: 'TK' },
    ]);
    // Nested too deep for the parser's recursion: no stack overflow.
    expect(placeholdersInData(`${'['.repeat(100_000)}"TK"`)).toEqual([{ line: 1, column: 100_002, field: 'placeholder text', found: 'TK' }]);
  });

  test('a large file is read in one pass', () => {
    const values = Array.from({ length: 20_000 }, (_, i) => `{ "label": "TK ${i}" }`).join(',\n');
    const found = placeholdersInData(`{ "values": [\n${values}\n] }`);
    expect(found).toHaveLength(20_000);
    expect(found.at(-1)).toEqual({ line: 20_001, column: 13, field: 'values[19999].label', found: 'TK' });
  });
});
