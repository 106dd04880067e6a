import { describe, expect, test } from 'vitest';
import { NBSP } from '@/lib/i18n/lang';
import { langOfPath, paths } from '@/lib/i18n/paths';
import { SITE_STRINGS, tagName } from '@/lib/i18n/site';
import { languageAlternates } from '@/lib/metadata';

/** Every string of a catalogue, functions called with sample arguments, with where it sits. */
function strings(node: unknown, at = ''): [string, string][] {
  if (typeof node === 'string') return [[at, node]];
  if (typeof node === 'function') {
    // Called with numbers where it counts, with a name where it takes text.
    const call = (arg: unknown) => String((node as (...a: unknown[]) => unknown)(arg, 'masques'));
    return [0, 1, 2, 5, 'Jane Doe'].flatMap((arg) => {
      try {
        return [[`${at}(${arg})`, call(arg)] as [string, string]];
      } catch {
        return [];
      }
    });
  }
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
  return [];
}

describe('the French catalogue is written in French typography', () => {
  const french = strings(SITE_STRINGS.fr);

  // The convention of our French stories (EDITORS.md): U+00A0 before : ; ! ? and inside « ».
  test('a no-break space before : ; ! ? and inside guillemets, never a plain space or none', () => {
    for (const [where, text] of french) {
      expect(text, where).not.toMatch(/ [:;!?»]|« |[^\s\u00a0][;!?]|[^\s\u00a0]:(?!\/\/)|«[^\u00a0]|[^\u00a0]»/);
    }
    expect(french.filter(([, text]) => text.includes(`${NBSP}:`)).length).toBeGreaterThan(2);
  });

  test('typographic apostrophes, and the singular for 0 and 1 as French has it', () => {
    for (const [where, text] of french) expect(text, where).not.toContain("'");
    expect(SITE_STRINGS.fr.search.count(0, 'x')).toBe(`0${NBSP}résultat pour «${NBSP}x${NBSP}»`);
    expect(SITE_STRINGS.fr.search.count(1, 'x')).toBe(`1${NBSP}résultat pour «${NBSP}x${NBSP}»`);
    expect(SITE_STRINGS.fr.tags.stories(2)).toBe(`2${NBSP}articles`);
    // The reading time is one unit on a phone's narrow meta line (reviews saw « Lecture de / 6 min »,
    // then « Lecture / de 6 min » at 320 px).
    expect(SITE_STRINGS.fr.story.minutes(6)).toBe(`Lecture${NBSP}de${NBSP}6${NBSP}min`);
    expect(SITE_STRINGS.en.story.minutes(5)).toBe(`5${NBSP}min${NBSP}read`);
    expect(SITE_STRINGS.en.search.count(0, 'x')).toBe('0 results for “x”');
    expect(SITE_STRINGS.fr.story.by('La rédaction et Jane Doe')).toBe('Par la rédaction et Jane Doe');
    expect(SITE_STRINGS.fr.story.by('L’équipe des enquêtes')).toBe('Par l’équipe des enquêtes');
    expect(SITE_STRINGS.fr.story.by('Jane Doe')).toBe('Par Jane Doe');
  });

  test('tags read in the page’s language; one with no name of its own reads from its slug', () => {
    expect(tagName('trade', 'fr')).toBe('Commerce');
    expect(tagName('trade', 'en')).toBe('Trade');
    expect(tagName('health-care', 'en')).toBe('Health care');
    expect(tagName('new-topic', 'fr')).toBe('New topic');
  });
});

describe('addresses', () => {
  test('English keeps its addresses; French lives under /fr/ with French words', () => {
    expect(paths('en').story('the-n95-standoff')).toBe('/stories/the-n95-standoff/');
    expect(paths('fr').story('le-bras-de-fer')).toBe('/fr/articles/le-bras-de-fer/');
    expect(paths('fr').tag('trade')).toBe('/fr/sujets/commerce/');
    expect(paths('fr').tag('health-care')).toBe('/fr/sujets/sante/');
    expect(paths('fr').tag('canada')).toBe('/fr/sujets/canada/');
    expect(paths('en').tag('trade')).toBe('/tags/trade/');
    expect(paths('fr').about()).toBe('/fr/a-propos/');
    expect(paths('fr').embed('map')).toBe('/fr/graphiques/map/');
    expect(paths('fr').data('map')).toBe('/fr/donnees/map.csv');
    expect(paths('fr').feed('json')).toBe('/fr/feed.json');
    expect(paths('en').home()).toBe('/');
    expect(langOfPath('/fr/a-propos/')).toBe('fr');
    expect(langOfPath('/french/')).toBe('en');
  });

  test('hreflang alternates only when both editions exist, with x-default on English', () => {
    expect(languageAlternates({ en: '/about/', fr: '/fr/a-propos/' })).toEqual({ 'en-CA': '/about/', 'fr-CA': '/fr/a-propos/', 'x-default': '/about/' });
    expect(languageAlternates({ en: '/stories/only-english/' })).toBeUndefined();
    expect(languageAlternates(undefined)).toBeUndefined();
  });
});
