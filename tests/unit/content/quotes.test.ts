import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseMdx } from '@/lib/content/mdx';
import { englishQuotations, quoteParts } from '@/lib/content/quotes';
import { getStories } from '@/lib/content/stories';
import type { Lang } from '@/lib/i18n/lang';
import { readReports } from '../sources';

const reports = [...readReports().values()];

/** The parts of these quotations that no source holds as written (see quoteParts: the ellipsis and closing-comma rules). */
const notInSources = (quotes: string[]) => quotes.flatMap(quoteParts).filter((words) => !reports.some((r) => r.includes(words)));

/** What a story quotes in the speakers' own words: an English story's “…” quotations, a French story's <Quote original="…">. */
const quotedWords: Record<Lang, (story: { file: string; quotes: { original: string }[] }) => string[]> = {
  en: (story) => englishQuotations(parseMdx(fs.readFileSync(story.file, 'utf8'))).map((q) => q.text),
  fr: (story) => story.quotes.map((q) => q.original),
};

describe('the rule itself', () => {
  test('finds words as written, across an ellipsis and a closing comma or full stop; misses words changed', () => {
    expect(notInSources(['I am just so, so disappointed right now.', 'We need the masks … getting it,'])).toEqual([]);
    expect(notInSources(['I am just so, so disappointed today.', 'We need all the masks'])).toEqual(['I am just so, so disappointed today', 'We need all the masks']);
  });
});

for (const lang of ['en', 'fr'] as const) {
  describe(`every quotation in a ${lang === 'en' ? 'story' : 'French story (its English original)'} is verbatim from the sources`, () => {
    const stories = getStories({ preview: true, lang });
    test.skipIf(!stories.length)(`the ${lang} edition has stories to check`, () => expect(stories.length).toBeGreaterThan(0));
    for (const story of stories) {
      test(story.file, () => {
        const quotes = quotedWords[lang](story);
        if (lang === 'en') expect(quotes.length).toBeGreaterThan(0);
        expect(notInSources(quotes), 'not found in the sources').toEqual([]);
      });
    }
  });
}
