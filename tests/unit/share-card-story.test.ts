/** A story's card is the story's, not a chart's: headline and dek, no picture, an eyebrow of its own. */
import { describe, expect, test } from 'vitest';
import type { Story } from '@/lib/content/stories';
import { editionCards, storyCardInput } from '@/lib/share-image/cards';

const story = (slug: string, tags: string[]) => ({ slug, tags, title: slug, dek: `${slug} dek`, charts: ['map'], datasets: [] }) as unknown as Story;

describe('story cards', () => {
  // As in the real content: the standoff and the numbers both lead with the tag 3m.
  const standoff = story('standoff', ['3m', 'canada', 'trade', 'defense-production-act']);
  const numbers = story('numbers', ['3m', 'canada', 'data', 'health-care']);
  const reprieve = story('reprieve', ['canada', 'diplomacy', 'trade', 'health-care']);
  const all = [standoff, numbers, reprieve];

  test('two stories that lead with the same tag get different eyebrows, each one of their own tags', () => {
    const kickers = all.map((s) => storyCardInput(s, 'en', all).kicker);
    expect(new Set(kickers).size).toBe(all.length);
    expect(kickers).toEqual(['Defense Production Act', 'Data', 'Diplomacy']);
  });

  test('a story whose tags are all shared keeps its first', () => {
    expect(storyCardInput(story('alike', ['canada', 'trade']), 'en', all).kicker).toBe('Canada');
  });

  test.each(['en', 'fr'] as const)('%s: every story card of the fixture site leads with its headline, with no chart picture', (lang) => {
    const stories = editionCards(lang).filter((c) => c.path.startsWith('stories/'));
    expect(stories.length).toBeGreaterThan(0);
    for (const c of stories) expect(c.input.chart, c.path).toBeUndefined();
  });
});
