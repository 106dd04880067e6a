// Where a line of text may end, by sense, for every text the site sets in lines it chooses itself:
// the share cards' headlines (lib/share-image/headline-breaks.ts), every chart's words
// (lib/charts/text.ts), and the page's headlines and deks, where it only joins words (headlineNoBreaks).
// A headline desk never ends a line on an article, a preposition or a conjunction, nor parts a
// number from what it counts, a name, a person's title or a code from its noun; it breaks gladly
// after a colon or semicolon.
import type { Lang } from './lang';

/** Words that lean on the word after them: a line should not end on one. */
const CLINGING: Record<Lang, RegExp> = {
  // With the words that open what follows a colon ("The N95 standoff: how / a US order"), the
  // ones before a figure ("about / 6 million"), the auxiliaries ("will / not retaliate", "to be /
  // shipped"; « 3M a / mis », « s’est / procuré », « n’a / pas », « été / communiqués », « dit
  // avoir / obtenu »), and a number in words before what it counts ("Four / days later", « deux /
  // pays »; "two." ends a phrase).
  en: /^(?:a|an|the|by|of|to|in|on|at|for|from|with|into|over|after|before|since|until|during|than|as|and|or|but|nor|its|his|her|their|our|your|my|this|that|these|those|no|not|how|what|why|when|where|who|which|about|nearly|almost|some|each|every|then|is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|may|might|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i,
  fr: /^(?:le|la|les|un|une|des|du|de|à|au|aux|en|et|ou|ni|mais|par|pour|sur|dans|avec|sans|sous|chez|vers|après|avant|depuis|pendant|entre|contre|son|sa|ses|leur|leurs|notre|nos|votre|vos|ce|cet|cette|ces|qui|que|ne|non|comment|pourquoi|quand|où|environ|près|chaque|puis|a|ont|est|sont|avait|était|s’est|s'est|n’a|n'a|n’ont|n'ont|n’est|n'est|n’était|n'était|n’avait|n'avait|été|avoir|être|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)$/i,
};

const MONTHS: Record<Lang, RegExp> = {
  en: /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)$/,
  fr: /^(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)$/i,
};
/** A day of the week before its date: « Vendredi / 3 avril » reads as two. */
const WEEKDAYS: Record<Lang, RegExp> = {
  en: /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/,
  fr: /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/i,
};
// A figure, not one that ends a phrase ("2020," closes a date: a good place to break).
const NUMBER = /^\d(?:[\d,.]*\d)?$/;
/** "million" and the like, kept with what they count ("35 million / masks"), not with a preposition after them. */
const MULTIPLIER = /^(?:thousand|million|billion|millions?|milliards?)$/i;
/** French adjectives that belong to a place's name: « Amérique latine », « Asie centrale ». */
const NAME_ADJECTIVES = /^(?:latine|centrale|orientale|occidentale|septentrionale|méridionale|britannique|atlantique|pacifique)$/;
const COMPARISONS: Record<Lang, RegExp> = { en: /^(?:more|less|fewer|rather) than\b/i, fr: /^(?:plus|moins) (?:de|que|qu’)/i };
/**
 * A code: capitals and figures ("N95", "KN95", "COVID-19", and "3M", which opens with its figure),
 * which English puts before its noun ("3M / masks" reads as two) and French after it (« visant /
 * 3M a mis le Canada » reads as if 3M had).
 */
const CODE = /^(?=\S*\d)(?=\S*\p{Lu})[\p{Lu}\d][\p{Lu}\d\u2011-]*$/u;
/** What opens a locution with « que » or « qui », which reads as one word: « ce que », « parce que », « alors qu’ ». */
const LOCUTION: Partial<Record<Lang, RegExp>> = { fr: /^(?:ce|parce|alors|bien|tandis|pendant|afin|avant|après|dès|sans|pour)$/i };
/** A person's title is one term: "deputy prime / minister", « vice-première / ministre » read as two. */
const TITLE_HEAD = /^(?:prime|deputy|vice|premier|première|vice-premier|vice-première)$/i;
const TITLE_TAIL = /^(?:minister|ministre|prime|premier|première)\b/i;

/**
 * What a line break costs, against a line's squared share of the width left empty (0 full, 1
 * empty). A number parted from its "million", a month from its year or « ce » from its « que »
 * costs twice a split: where one of the two must go, "5 million / widgets" reads, "5 / million
 * widgets" does not.
 */
export const BREAK_COST = { split: 2, scale: 4, afterPause: -0.2 };

/**
 * What ending a line between `last` and `next` costs: a word that leans on the next one, a bare
 * number parted from what it counts ("1950 / Defense"), a code from its noun ("N95 / masks",
 * « masques / N95 »), a day of the week from its date, a name or a person's title cut in two
 * cost as much as a line left two-thirds empty (BREAK_COST.split); a number from its "million", a month from its day or year
 * ("avril / 2020") and a locution from its « que » twice that (scale); a pause (colon, semicolon,
 * comma, dash) is a place a reader expects a break.
 */
export function breakCost(last: string, next: string, lang: Lang): number {
  const word = last.replace(/[’']$/, '');
  const nextWord = next.replace(/[,.;:]$/, '');
  // « d’avril » is a month too; « plus / de », "more / than" part one comparison.
  const month = MONTHS[lang].test(last.replace(/^[dl][’']/i, '')) && NUMBER.test(nextWord);
  const weekday = WEEKDAYS[lang].test(last) && (NUMBER.test(nextWord) || nextWord === '1er');
  const comparison = COMPARISONS[lang].test(`${last} ${next.replace(/^d’/, 'de ')}`);
  // A name: two capitalised words ("Latin / America", "Anita / Anand"), or in French a capitalised
  // one and the adjective that is part of it (« l’Amérique / latine »). Punctuation ends a name.
  const capital = (w: string) => /^\p{Lu}\p{Ll}/u.test(w.replace(/^[dl][’']/i, ''));
  const name = /\p{L}$/u.test(last) && capital(last) && (capital(next) || (lang === 'fr' && NAME_ADJECTIVES.test(nextWord)));
  const title = TITLE_HEAD.test(last) && TITLE_TAIL.test(next);
  const counted = MULTIPLIER.test(last) && /^\p{L}/u.test(next) && !CLINGING[lang].test(nextWord);
  // "N95 / masks", « masques / N95 »: the code and its noun are one term.
  // English puts an abbreviation before its noun the same way: "a US / order", "its US / output".
  const modifier = CODE.test(last) || /^\p{Lu}{2,4}$/u.test(last);
  const code = lang === 'en' ? modifier && /^\p{Ll}/u.test(next) && !CLINGING.en.test(nextWord) : CODE.test(nextWord) && /\p{Ll}$/u.test(last);
  // A number parted from its "million", a month from its day or year ("April / 2020"), a
  // locution from its « que » (« ce / que », « parce / que »).
  if ((NUMBER.test(last) && MULTIPLIER.test(nextWord)) || month || (LOCUTION[lang]?.test(word) && /^(?:que|qui|qu[’'])/i.test(next))) return BREAK_COST.scale;
  // A possessive leans on what it owns ("3M’s / deal", "February’s / output").
  const possessive = lang === 'en' && /\p{L}[’']s$/u.test(last);
  // A bare number before a word ("1950 / Defense"), not before one that opens a new phrase (« de 1950 / pour »).
  const figure = NUMBER.test(last) && !CLINGING[lang].test(nextWord);
  if (CLINGING[lang].test(word) || figure || possessive || comparison || name || title || counted || code || weekday) return BREAK_COST.split;
  return /[:;,—]$/.test(last) ? BREAK_COST.afterPause : 0;
}

/** Whether `lines` part words that belong together (breakCost's cases). */
export function splitsAPair(lines: readonly string[], lang: Lang): boolean {
  return lines.some((line, i) => i < lines.length - 1 && breakCost(line.split(' ').pop()!, lines[i + 1].split(' ')[0], lang) > 0);
}

/** Articles: a line that ends on one reads worst of all. */
const ARTICLES: Record<Lang, RegExp> = { en: /^(?:a|an|the)$/i, fr: /^(?:le|la|les|un|une|des|du|l’|l')$/i };

/** The spaces that hold a run of words together on the page (lib/i18n/english.ts, french.ts). */
const JOINED = /[\u00a0\u202f]/;

/**
 * The longest run headlineNoBreaks joins, in letters, by the text's size: a 36 px headline (and the
 * home page's lead, 30 px on a phone); a card's 24 px headline, 20; an 18 px chart title (and the
 * 14 px footer), where 24 letters still fit the narrowest phone. A story's 27 px section heading
 * joins as a headline does, but a pair up to 17 letters (« l’Amérique latine », "Chrystia
 * Freeland"), which its sans-serif still fits at 320 px; its 22.5 px subheading as a card's headline. A dek (18-20 px) joins runs as a headline does, and up to
 * 16 letters a single pair (« une chronologie » is 15) or a run that a word of three letters or
 * fewer opens (« et un graphique »): longer runs left its lines ragged on a phone ('not with
 * countermeasures' took a line of its own).
 */
export const JOIN_LIMIT = { headline: 14, dekPair: 16, cardHeadline: 20, chartTitle: 24, sectionHeading: 14, sectionPair: 17, subheading: 20 } as const;

/**
 * A headline or a dek for the page, where the browser breaks it (balanced or 'pretty', but blind
 * to sense: "exports to / Canada", « au / Canada »): words that belong together are joined by
 * no-break spaces ("won a reprieve" keeps "a reprieve" together, « à l’épreuve », "on N95 masks"),
 * in runs of at most `maxChars` letters, so that no run is too wide for the narrowest phone at the
 * text's size (JOIN_LIMIT). A pair of two words, or a run opened by a word of three letters or
 * fewer, may reach `maxPair`. Only regular spaces are considered: a run already joined (« avril
 * 2020 », "75 million") counts as one word.
 *
 * Where the limit parts a run somewhere, the joins left out are chosen together: the worst break
 * left possible is as mild as can be, then there are as few of them as can be (in runs of 16,
 * "what / the April 2020 / mask", not "what the / April 2020 mask", which leaves an article at a
 * line's end).
 */
export function headlineNoBreaks(text: string, lang: Lang, maxChars: number = JOIN_LIMIT.headline, maxPair = maxChars): string {
  const words = text.split(' ');
  // Letters only: punctuation at a word's end (" :", ",") is narrow, and ends a run anyway.
  const letters = words.map((word) => Array.from(word.replace(/[\s\u00a0\u202f]*[:;,.!?»”’)]+$/u, '')).length);
  // What leaving each space as it is costs, null where it is no loss (or a word is empty, where
  // the text had two spaces): a run the page already holds together ("30 million", « chiffres : »)
  // meets the next at its edge words. An article at a line's end is half a step worse than its
  // step ("the two / countries’" loses to "the / two countries’").
  const open = words.slice(0, -1).map((word, k) => {
    if (word === '' || words[k + 1] === '') return null;
    const cost = breakCost(word.split(JOINED).pop()!, words[k + 1].split(JOINED)[0], lang);
    return cost > 0 ? cost + (ARTICLES[lang].test(word) ? 0.5 : 0) : null;
  });
  // What a way of joining leaves open, as a tally: how many breaks of each cost, worst first, then
  // the sum of their places. Compared in that order, a worse break is never left to spare any number
  // of milder ones, and between equals the earlier space is left, so that the later words are
  // joined first ("will / not retaliate").
  const levels = [...new Set(open.filter((c): c is number => c !== null))].sort((a, b) => b - a);
  const leaving = (tally: number[], k: number) => tally.map((n, l) => n + (l === levels.length ? k : Number(levels[l] === open[k])));
  const milder = (a: number[], b: number[]) => {
    const l = a.findIndex((n, i) => n !== b[i]);
    return l >= 0 && a[l] < b[l];
  };
  // best[i]: the mildest tally of runs over words 0..i-1; start[i]: where the last of those runs starts.
  const best: (number[] | undefined)[] = [levels.map(() => 0).concat(0)];
  const start = [0];
  for (let i = 1; i <= words.length; i++) {
    let run = -1;
    for (let j = i - 1; j >= 0; j--) {
      if (j < i - 1 && open[j] === null) break;
      run += 1 + letters[j];
      // One word is a run whatever its length ("interdependence").
      if (j < i - 1 && run > Math.max(maxChars, maxPair)) break;
      const fits = j === i - 1 || run <= maxChars || ((j === i - 2 || letters[j] <= 3) && run <= maxPair);
      const tally = j > 0 && open[j - 1] !== null ? leaving(best[j]!, j - 1) : best[j]!;
      if (fits && (!best[i] || milder(tally, best[i]!))) [best[i], start[i]] = [tally, j];
    }
  }
  const joined = new Set<number>();
  for (let i = words.length; i > 0; i = start[i]) for (let k = start[i]; k < i - 1; k++) joined.add(k);
  return words.map((word, k) => (k === 0 ? '' : joined.has(k - 1) ? '\u00a0' : ' ') + word).join('');
}

/** A dek for the page (the story's header, its card): joined as a headline is, with the dek's longer pairs. */
export const dekNoBreaks = (text: string, lang: Lang) => headlineNoBreaks(text, lang, JOIN_LIMIT.headline, JOIN_LIMIT.dekPair);
