import fs from 'node:fs';
import type { Parent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { parseMdx } from '@/lib/content/mdx';
import { getStories } from '@/lib/content/stories';
import { normaliseQuote, readReports } from '../sources';


/** Every “…” quotation in the story's prose (after smartypants has curled the quote marks). */
function quotations(source: string): string[] {
  const found: string[] = [];
  visit(parseMdx(source), ['paragraph', 'heading', 'tableCell'], (node) => {
    for (const match of toString(node as Parent).matchAll(/“([^”]+)”/g)) found.push(match[1]);
  });
  return found;
}

describe('every quotation in a story is verbatim from the sources', () => {
  const reports = [...readReports().values()];

  for (const story of getStories({ preview: true })) {
    test(story.file, () => {
      const quotes = quotations(fs.readFileSync(story.file, 'utf8'));
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) {
        // An ellipsis marks words left out; each part must still appear as written.
        // A closing comma may become a full stop when the quote ends a sentence of ours.
        for (const part of normaliseQuote(quote).split(/\s*(?:…|\.\.\.)\s*/).filter(Boolean)) {
          const words = part.replace(/[.,]$/, '');
          expect(reports.some((r) => r.includes(words)), `not found in the sources: "${words}"`).toBe(true);
        }
      }
    });
  }
});
