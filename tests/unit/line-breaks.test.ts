import { describe, expect, it } from 'vitest';
import { breakCost, headlineNoBreaks } from '@/lib/i18n/line-breaks';
import type { Lang } from '@/lib/i18n/lang';

// Where a line may end, for the share cards' headlines and every chart's words. Each pair is the
// last word of a line and the first of the next; "splits" means a desk would not break there.
const splits = (last: string, next: string, lang: Lang) => breakCost(last, next, lang) > 0;

describe('line breaks by sense', () => {
  it('keeps a person’s title whole, in both languages', () => {
    expect(splits('prime', 'minister', 'en')).toBe(true);
    expect(splits('deputy', 'prime', 'en')).toBe(true);
    expect(splits('vice-première', 'ministre', 'fr')).toBe(true);
    expect(splits('premier', 'ministre', 'fr')).toBe(true);
    // A premier of a province is not a minister: "premier / of Ontario" is a fine break.
    expect(splits('premier', 'of', 'en')).toBe(false);
  });

  it('keeps an auxiliary with its verb', () => {
    for (const [last, next] of [['will', 'not'], ['be', 'shipped'], ['has', 'secured'], ['was', 'distributed']]) expect(splits(last, next, 'en'), last).toBe(true);
    expect(splits('s’est', 'procuré', 'fr')).toBe(true);
    expect(splits('puis', 'entente', 'fr')).toBe(true);
    expect(splits('n’a', 'pas', 'fr')).toBe(true);
    expect(splits('été', 'communiqués', 'fr')).toBe(true);
    expect(breakCost('ce', 'que', 'fr')).toBeGreaterThan(breakCost('que', 'montrent', 'fr'));
    expect(breakCost('parce', 'qu’il', 'fr')).toBeGreaterThan(breakCost('de', 'Chine', 'fr'));
    expect(splits('then', '3M’s', 'en')).toBe(true);
  });

  it('keeps a possessive with what it owns, in English', () => {
    expect(splits('3M’s', 'deal', 'en')).toBe(true);
    expect(splits('February’s', 'output', 'en')).toBe(true);
    // "masks" is a plural, not a possessive.
    expect(splits('masks', 'bound', 'en')).toBe(false);
  });

  it('keeps a number in words with what it counts, not with what follows a pause', () => {
    expect(splits('Four', 'days', 'en')).toBe(true);
    expect(splits('two', 'countries’', 'en')).toBe(true);
    expect(splits('Quatre', 'jours', 'fr')).toBe(true);
    expect(splits('deux', 'pays', 'fr')).toBe(true);
    expect(splits('two.', 'Then', 'en')).toBe(false);
    expect(splits('deux,', 'puis', 'fr')).toBe(false);
  });

  it('parts a year from the word it modifies, not from a phrase that follows it', () => {
    expect(splits('1950', 'Defense', 'en')).toBe(true);
    expect(splits('1950', 'pour', 'fr')).toBe(false);
    expect(splits('2020', 'to', 'en')).toBe(false);
  });

  it('holds a number to its million harder than the million to its noun', () => {
    expect(breakCost('5', 'million', 'en')).toBeGreaterThan(breakCost('million', 'widgets', 'en'));
    expect(splits('million', 'widgets', 'en')).toBe(true);
  });
});

describe('a headline for the page', () => {
  const shown = (text: string, lang: Lang, maxChars?: number) => headlineNoBreaks(text, lang, maxChars).replaceAll('\u00a0', '_');

  it('joins each word that leans on the next to it, so the browser cannot part them', () => {
    expect(shown('How Canada says it won a reprieve on N95 masks: by arguing interdependence', 'en')).toBe('How_Canada says it won a_reprieve on_N95_masks: by_arguing interdependence');
    expect(shown('Le bras de fer des N95 : comment une directive visant 3M a mis le Canada à l’épreuve', 'fr')).toBe('Le_bras de_fer des_N95 : comment une_directive visant_3M a_mis le_Canada à_l’épreuve');
  });

  it('keeps an infinitive auxiliary with its participle', () => {
    // « comment le Canada dit avoir / obtenu un répit » parted the verb on the home page at 320 px.
    expect(shown('comment le Canada dit avoir obtenu un répit', 'fr')).toBe('comment le_Canada dit avoir_obtenu un_répit');
    expect(shown('sans être livrés', 'fr')).toBe('sans être_livrés');
  });

  it('keeps a day of the week with its date', () => {
    expect(shown('Vendredi 3\u00a0avril\u00a0: Ottawa monte au créneau', 'fr', 20)).toBe('Vendredi_3_avril_: Ottawa monte au_créneau');
    expect(shown('on Friday 3 April, the deal', 'en', 20)).toBe('on_Friday_3_April, the_deal');
    // Not a weekday that ends a phrase before a figure ("Friday, 3 of them" has its comma).
    expect(breakCost('Friday,', '3', 'en')).toBeLessThan(0);
  });

  it('holds "3M", a code that opens with its figure, to the word it belongs to', () => {
    // « visant / 3M a mis le Canada » read on a phone as if 3M had put Canada to the test.
    expect(shown('comment une directive visant 3M a mis le Canada à l’épreuve', 'fr')).toBe('comment une_directive visant_3M a_mis le_Canada à_l’épreuve');
    expect(shown('how a US order on 3M masks tested Canada', 'en')).toBe('how_a_US_order on_3M_masks tested Canada');
    // A year is a figure, not a code: French may end a line before it.
    expect(breakCost('masques', '2020', 'fr')).toBe(0);
    expect(breakCost('masques', 'KN95', 'fr')).toBeGreaterThan(0);
  });

  it('counts letters, not the punctuation that ends a run', () => {
    // « les commandes : » is 15 characters, 13 letters.
    expect(shown('Une note sur les commandes\u00a0: deux totaux', 'fr')).toBe('Une_note sur les_commandes_: deux_totaux');
  });

  it('meets a run the page already holds together (“30 million”) at its edge words', () => {
    expect(shown('Homeland secured more than 30\u00a0million widgets', 'en', 24)).toBe('Homeland secured more than_30_million_widgets');
    expect(shown('Homeland secured 30\u00a0million widgets', 'en', 24)).toBe('Homeland secured 30_million_widgets');
  });

  it('joins from the end, so that where only one join fits, an article keeps its noun', () => {
    expect(shown('Widgets by the numbers: what the fixture figures show', 'en')).toBe('Widgets by_the_numbers: what the_fixture figures show');
  });

  it('lets a weaker join give way to a stronger one before it: a month keeps its year', () => {
    // "2020 mask" is joined first; "April 2020 mask" would be 15 letters, and "April / 2020" is the worse break.
    expect(shown('N95s by the numbers: what the April 2020 mask figures do and do not show', 'en')).toBe('N95s by_the_numbers: what the_April_2020 mask figures do and_do not_show');
    expect(shown('Les N95 en chiffres : ce que montrent les données d’avril 2020', 'fr')).toBe('Les_N95 en_chiffres : ce_que montrent les_données d’avril_2020');
    // Where the stronger pair would not fit either, the weaker join stays: nothing is lost.
    expect(shown('September 2020 masks', 'en', 10)).toBe('September 2020_masks');
    // "two countries’" is joined first; of "the / two" and "two / countries’", an article ends the worse line.
    expect(shown('a case that the two countries’ health systems', 'en')).toBe('a_case that_the_two countries’ health systems');
  });

  it('joins a dek’s words by the same rules, and a pair a little longer than a headline’s runs', () => {
    // « une chronologie » is 15 letters: over a headline's 14, within a dek's pair of 16; « avec »
    // would make a run of 20, which would leave the dek's lines ragged on a phone.
    const dek = (text: string, lang: Lang) => headlineNoBreaks(text, lang, 14, 16).replaceAll('\u00a0', '_');
    expect(dek('Un ordre, quatre jours de dispute et une entente, avec une chronologie et une carte.', 'fr')).toBe('Un_ordre, quatre_jours de_dispute et_une_entente, avec une_chronologie et_une_carte.');
    expect(dek('Four days later, a deal promised to keep them coming.', 'en')).toBe('Four_days later, a_deal promised to_keep them coming.');
    expect(dek('not with countermeasures but with a case', 'en')).toBe('not_with countermeasures but_with_a_case');
  });

  it('lets a word of three letters or fewer take a dek’s run up to its pair’s 16 letters, not a headline’s', () => {
    // « et un graphique » is 15 letters, « de la production » 16: left out, « et » and « de » ended lines on the home page.
    const dek = (text: string, lang: Lang) => headlineNoBreaks(text, lang, 14, 16).replaceAll('\u00a0', '_');
    expect(dek('les exportations à côté de la production, avec une comparaison et un graphique à colonnes', 'fr')).toBe('les_exportations à_côté de_la_production, avec une_comparaison et_un_graphique à_colonnes');
    // A headline's runs stay at 14 letters: its 36 px leave no room to stretch them.
    expect(shown('une comparaison et un graphique', 'fr')).toBe('une comparaison et un_graphique');
    // Four letters are not short: "with countermeasures" stays parted.
    expect(dek('not with countermeasures', 'en')).toBe('not_with countermeasures');
  });

  it('never joins a run longer than the headline’s size allows', () => {
    // "plus de 230 millions" is 20 letters: too wide for a 36 px headline on a phone, not for a chart title.
    const typed = 'Canada obtained plus de 230\u00a0millions';
    expect(shown(typed, 'fr')).toBe('Canada obtained plus_de 230_millions');
    expect(shown(typed, 'fr', 24)).toBe('Canada obtained plus_de_230_millions');
    for (const run of shown('the the the the the the the the the the the the', 'en').split(' ')) expect(run.length).toBeLessThanOrEqual(14);
  });

  it('keeps every space it does not join as it was typed', () => {
    // "not retaliate" is joined first; "will" would make the run 18 letters.
    expect(headlineNoBreaks('Trudeau says Canada will not retaliate', 'en')).toBe('Trudeau says Canada will not\u00a0retaliate');
    expect(headlineNoBreaks('  two  spaces ', 'en')).toBe('  two  spaces ');
    expect(headlineNoBreaks('', 'fr')).toBe('');
  });
});

/**
 * Whatever the words, the joins headlineNoBreaks leaves out are the best the limits allow: of every
 * way to join the text's words in runs that fit, none leaves a milder worst break, or as mild a worst
 * break fewer times, and so on down. Found here by trying every way, on short texts of words that
 * lean, hold, pause and count.
 */
describe('a headline’s joins, against every way to join its words', () => {
  const VOCABULARY: Record<Lang, string[]> = {
    en: ['the', 'a', 'of', 'to', 'and', 'will', 'not', 'two', 'April', '2020', '30', 'million', 'masks', 'Canada', 'US', 'order', 'numbers:', 'deal,', 'interdependence', 'what', 'countries’', '3M’s', 'N95'],
    fr: ['le', 'la', 'de', 'et', 'à', 'ce', 'que', 'deux', 'avril', '2020', 'millions', 'masques', 'N95', 'Canada', 'l’Amérique', 'latine', 'chiffres\u00a0:', 'entente,', 'n’a', 'pas', 'interdépendance'],
  };
  const ARTICLE: Record<Lang, RegExp> = { en: /^(?:a|an|the)$/i, fr: /^(?:le|la|les|un|une|des|du|l’|l')$/i };
  const letters = (word: string) => Array.from(word.replace(/[\s\u00a0\u202f]*[:;,.!?»”’)]+$/u, '')).length;
  // What a text leaves open: each space it breaks at that a desk would rather not, worst first (an article's a half step worse).
  const left = (words: string[], joined: boolean[], lang: Lang) =>
    joined
      .flatMap((j, k) => {
        const cost = breakCost(words[k].split('\u00a0').pop()!, words[k + 1].split('\u00a0')[0], lang);
        return !j && cost > 0 ? [cost + (ARTICLE[lang].test(words[k]) ? 0.5 : 0)] : [];
      })
      .sort((a, b) => b - a);
  const fits = (words: string[], joined: boolean[], maxChars: number, maxPair: number) => {
    for (let start = 0; start < words.length; ) {
      let end = start;
      while (end < joined.length && joined[end]) end++;
      const run = words.slice(start, end + 1);
      const length = run.reduce((n, w) => n + letters(w), run.length - 1);
      if (run.length > 1 && length > maxChars && !((run.length === 2 || letters(run[0]) <= 3) && length <= maxPair)) return false;
      start = end + 1;
    }
    return true;
  };
  // Lexicographic, worst break first; a shorter list is milder.
  const milder = (a: number[], b: number[]) => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? -1) !== (b[i] ?? -1)) return (a[i] ?? -1) < (b[i] ?? -1);
    return false;
  };

  it('parts a run where that leaves the mildest breaks, not where a greedy join from the end would', () => {
    // Joined from the end, "April 2020 mask" (15 letters) would take the 16 and leave "what the / April".
    expect(headlineNoBreaks('what the April 2020 mask figures', 'en', 16).replaceAll('\u00a0', '_')).toBe('what the_April_2020 mask figures');
  });

  it('leaves open no worse breaks than the best way found by trying every one', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 2000; trial++) {
      const lang: Lang = trial % 2 ? 'fr' : 'en';
      const words = Array.from({ length: 2 + Math.floor(random() * 8) }, () => VOCABULARY[lang][Math.floor(random() * VOCABULARY[lang].length)]);
      const [maxChars, maxPair] = [[14, 14], [14, 16], [20, 20], [10, 12]][trial % 4];
      const out = headlineNoBreaks(words.join(' '), lang, maxChars, maxPair);
      // Only spaces change, and only into no-break spaces.
      expect(out.replaceAll('\u00a0', ' ')).toBe(words.join(' ').replaceAll('\u00a0', ' '));
      // The spaces between the words as typed: joined or not in the output.
      const gaps: boolean[] = [];
      let at = 0;
      for (const word of words.slice(0, -1)) {
        at += word.length;
        gaps.push(out[at] === '\u00a0');
        at += 1;
      }
      expect(fits(words, gaps, maxChars, maxPair), `${out} runs too long`).toBe(true);
      let best: number[] | undefined;
      for (let mask = 0; mask < 2 ** gaps.length; mask++) {
        const joined = gaps.map((_, k) => Boolean(mask & (1 << k)));
        if (fits(words, joined, maxChars, maxPair) && (!best || milder(left(words, joined, lang), best))) best = left(words, joined, lang);
      }
      expect({ text: words.join(' '), left: left(words, gaps, lang) }).toEqual({ text: words.join(' '), left: best });
    }
  });
});
