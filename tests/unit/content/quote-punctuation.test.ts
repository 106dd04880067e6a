import { describe, expect, test } from 'vitest';
import { normaliseReport, partInReport } from '@/lib/content/quotes';
import { problemsIn } from './helpers';

/**
 * The newsroom's rule for a quotation's punctuation (EDITORS.md, "Quotations: exact words, exact
 * punctuation"): every character as the source has it, except that a quotation may end with a full
 * stop where the speaker's words end in the source with a comma before the closing quotation mark,
 * or at the end of a paragraph with no punctuation.
 */
describe('a story quotation’s punctuation against the source report', () => {
  const problems = problemsIn('quote-punctuation').filter((p) => p.startsWith('stories/'));
  const lineOf = (text: string) => problems.filter((p) => p.includes(text));

  test('only what breaks the rule is reported, each at its quotation', () => {
    // Lines 16 to 22 of the fixture pass; 24 to 36 each break the rule once.
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['stories/quote-punctuation.mdx:24:24', 'stories/quote-punctuation.mdx:26:36', 'stories/quote-punctuation.mdx:28:52', 'stories/quote-punctuation.mdx:30:34', 'stories/quote-punctuation.mdx:32:40', 'stories/quote-punctuation.mdx:34:46', 'stories/quote-punctuation.mdx:36:36']);
  });

  test('a changed word, or a full stop added inside, is words no report holds', () => {
    expect(lineOf(':24:')[0]).toContain('found "We kept every gadget at home, and we will keep doing it.", which no report holds');
    expect(lineOf(':30:')[0]).toContain('found "We kept every widget at home. And we will keep doing it.", which no report holds');
  });

  test('a changed mark is named as punctuation, with the rule', () => {
    for (const line of [':26:', ':28:', ':32:', ':34:', ':36:']) {
      expect(lineOf(line)[0], line).toContain('whose words a report holds, but not this punctuation');
      expect(lineOf(line)[0], line).toContain('only a comma before a speech tag may become a full stop at the end');
    }
  });
});

describe('partInReport', () => {
  const report = normaliseReport('“Words, and more words,” she said.\n\nA pull quote with no stop\n\n“Last words.”');

  test('as written, anywhere', () => {
    expect(partInReport('Words, and more', false, report)).toBe(true);
    expect(partInReport('Last words.', true, report)).toBe(true);
  });

  test('a final full stop for a comma before the closing mark, or for a paragraph’s end, in the last part only', () => {
    expect(partInReport('and more words.', true, report)).toBe(true);
    expect(partInReport('A pull quote with no stop.', true, report)).toBe(true);
    expect(partInReport('and more words.', false, report)).toBe(false);
    expect(partInReport('A pull quote with no stop.', false, report)).toBe(false);
  });

  test('no other change: a comma in mid-sentence, another mark, a doubled stop', () => {
    expect(partInReport('Words.', true, report)).toBe(false);
    expect(partInReport('and more words;', true, report)).toBe(false);
    expect(partInReport('and more words..', true, report)).toBe(false);
    expect(partInReport('Last words,', true, report)).toBe(false);
  });

  test('a quotation never runs from one paragraph into the next', () => {
    expect(partInReport('she said. A pull quote', false, report)).toBe(false);
  });
});
