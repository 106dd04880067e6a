import fs from 'node:fs';
import path from 'node:path';
import type { Parent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { parseMdx } from '@/lib/content/derive';
import { getStories } from '@/lib/content/stories';

// The reporting the stories are written from sits beside the repository (see README).
const SOURCES_DIR = process.env.SOURCES_DIR ?? path.resolve(process.cwd(), '../shared/sources');

/** Straight quotes, single spaces: the reports and our typography differ only in these. */
const normalise = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

/** Every “…” quotation in the story's prose (after smartypants has curled the quote marks). */
function quotations(source: string): string[] {
  const found: string[] = [];
  visit(parseMdx(source), ['paragraph', 'heading', 'tableCell'], (node) => {
    for (const match of toString(node as Parent).matchAll(/“([^”]+)”/g)) found.push(match[1]);
  });
  return found;
}

describe('every quotation in a story is verbatim from the sources', () => {
  test('the source reports are present', () => {
    expect(fs.existsSync(SOURCES_DIR), `expected the source reports in ${SOURCES_DIR} (set SOURCES_DIR)`).toBe(true);
  });
  const reports = fs.existsSync(SOURCES_DIR)
    ? fs.readdirSync(SOURCES_DIR).filter((f) => f.endsWith('.txt')).map((f) => normalise(fs.readFileSync(path.join(SOURCES_DIR, f), 'utf8')))
    : [];

  for (const story of getStories({ includeDrafts: true })) {
    test(story.file, () => {
      const quotes = quotations(fs.readFileSync(story.file, 'utf8'));
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) {
        // An ellipsis marks words left out; each part must still appear as written.
        // A closing comma may become a full stop when the quote ends a sentence of ours.
        for (const part of normalise(quote).split(/\s*(?:…|\.\.\.)\s*/).filter(Boolean)) {
          const words = part.replace(/[.,]$/, '');
          expect(reports.some((r) => r.includes(words)), `not found in the sources: "${words}"`).toBe(true);
        }
      }
    });
  }
});
