import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { CardInput } from '@/lib/share-image/render';

// What a story's card says, without drawing it: the card route hands its words to shareImageResponse.
const drawn: CardInput[] = [];
vi.mock('@/lib/share-image/render', () => ({
  shareImageResponse: async (input: CardInput) => {
    drawn.push(input);
    return new Response();
  },
}));

const story = (slug: string, lang: 'en' | 'fr', tags: string[]) => ({ slug, lang, tags, title: `Title of ${slug}`, dek: 'Dek.', datasets: [], charts: [] });
const STORIES = {
  en: [story('untagged', 'en', []), story('on-trade', 'en', ['trade'])],
  fr: [story('sans-sujet', 'fr', []), story('commerce', 'fr', ['trade'])],
};
vi.mock('@/lib/content/stories', () => ({ getStories: ({ lang }: { lang: 'en' | 'fr' }) => STORIES[lang] }));

const { siteCard, storyCards } = await import('@/app/_routes/cards');

async function kickerOf(lang: 'en' | 'fr', slug: string) {
  await storyCards(lang).GET(new Request('http://example.org/'), { params: Promise.resolve({ image: `${slug}.png` }) });
  return drawn.at(-1)!;
}

describe('a share card speaks its story’s edition', () => {
  beforeEach(() => void (drawn.length = 0));

  test('an untagged French story gets a French kicker, not the English "Explainer"', async () => {
    const card = await kickerOf('fr', 'sans-sujet');
    expect(card.kicker).toBe('Texte explicatif');
    expect(card.lang).toBe('fr');
  });

  test('an untagged English story keeps its English kicker', async () => {
    expect((await kickerOf('en', 'untagged')).kicker).toBe('Explainer');
  });

  test('a tagged story’s kicker is its first tag, named in its edition', async () => {
    expect((await kickerOf('fr', 'commerce')).kicker).toBe('Commerce');
    expect((await kickerOf('en', 'on-trade')).kicker).toBe('Trade');
  });

  test('the site’s own card says what the site is in each edition', async () => {
    await siteCard('fr')();
    await siteCard('en')();
    expect(drawn.map((c) => [c.kicker, c.title])).toEqual([
      ['Textes explicatifs', 'Les Dossiers N95'],
      ['Explainers', 'The N95 Files'],
    ]);
  });
});
