// Where a card's headline breaks. Greedy breaking fills each line and leaves what it leaves: "How
// Canada says it won a / reprieve on N95 masks: by / arguing interdependence", a short word hanging
// at two line ends. A headline desk breaks by sense: never after an article, a preposition or a
// conjunction, gladly after a colon or semicolon, lines of even length. This chooses, among the
// breakings with as few lines as greedy breaking makes (so the size the text fits at is unchanged),
// or one more where the caller has room for it, the one that does that best.
import type { Lang } from '../i18n/lang';
import { join, pieces, wrap, type Measure } from './fit-text';

/** Words that lean on the word after them: a line should not end on one. */
const CLINGING: Record<Lang, RegExp> = {
  // With the words that open what follows a colon ("The N95 standoff: how / a US order"), the
  // ones before a figure ("about / 6 million"); in French, the auxiliaries (« 3M a / mis »).
  en: /^(?:a|an|the|by|of|to|in|on|at|for|from|with|into|over|after|before|since|until|during|than|as|and|or|but|nor|its|his|her|their|our|your|my|this|that|these|those|no|not|how|what|why|when|where|who|which|about|nearly|almost|some)$/i,
  fr: /^(?:le|la|les|un|une|des|du|de|à|au|aux|en|et|ou|ni|mais|par|pour|sur|dans|avec|sans|sous|chez|vers|après|avant|depuis|pendant|entre|contre|son|sa|ses|leur|leurs|notre|nos|votre|vos|ce|cet|cette|ces|qui|que|ne|comment|pourquoi|quand|où|environ|près|a|ont|est|sont|avait|était)$/i,
};

const MONTHS: Record<Lang, RegExp> = {
  en: /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)$/,
  fr: /^(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)$/i,
};
// A figure, not one that ends a phrase ("2020," closes a date: a good place to break).
const NUMBER = /^\d(?:[\d,.]*\d)?$/;
/** "million" and the like, kept with what they count ("35 million / masks"), not with a preposition after them. */
const MULTIPLIER = /^(?:thousand|million|billion|millions?|milliards?)$/i;
/** French adjectives that belong to a place's name: « Amérique latine », « Asie centrale ». */
const NAME_ADJECTIVES = /^(?:latine|centrale|orientale|occidentale|septentrionale|méridionale|britannique|atlantique|pacifique)$/;
const COMPARISONS: Record<Lang, RegExp> = { en: /^(?:more|less|fewer|rather) than\b/i, fr: /^(?:plus|moins) (?:de|que|qu’)/i };
/** A code: capitals and figures ("N95", "KN95", "COVID-19"), which English puts before its noun and French after it. */
const CODE = /^(?=\S*\d)\p{Lu}[\p{Lu}\d\u2011-]*$/u;

/** Costs, against a line's squared share of the width left empty (0 full, 1 empty). */
const COST = { split: 2, afterPause: -0.2, extraLine: 1, widow: 1 };

/**
 * What ending a line between `last` and `next` costs: a word that leans on the next one, a number
 * parted from what it counts ("35 / million"), a code from its noun ("N95 / masks", « masques /
 * N95 ») or a month from its day or year ("avril / 2020")
 * costs as much as a line left two-thirds empty; a pause (colon, semicolon, comma, dash) is a
 * place a reader expects a break.
 */
function breakCost(last: string, next: string, lang: Lang): number {
  const word = last.replace(/[’']$/, '');
  const nextWord = next.replace(/[,.;:]$/, '');
  // « d’avril » is a month too; « plus / de », "more / than" part one comparison.
  const month = MONTHS[lang].test(last.replace(/^[dl][’']/i, '')) && NUMBER.test(nextWord);
  const comparison = COMPARISONS[lang].test(`${last} ${next.replace(/^d’/, 'de ')}`);
  // A name: two capitalised words ("Latin / America", "Anita / Anand"), or in French a capitalised
  // one and the adjective that is part of it (« l’Amérique / latine »). Punctuation ends a name.
  const capital = (w: string) => /^\p{Lu}\p{Ll}/u.test(w.replace(/^[dl][’']/i, ''));
  const name = /\p{L}$/u.test(last) && capital(last) && (capital(next) || (lang === 'fr' && NAME_ADJECTIVES.test(nextWord)));
  const counted = MULTIPLIER.test(last) && /^\p{L}/u.test(next) && !CLINGING[lang].test(nextWord);
  // "N95 / masks", « masques / N95 »: the code and its noun are one term.
  // English puts an abbreviation before its noun the same way: "a US / order", "its US / output".
  const modifier = CODE.test(last) || /^\p{Lu}{2,4}$/u.test(last);
  const code = lang === 'en' ? modifier && /^\p{Ll}/u.test(next) && !CLINGING.en.test(nextWord) : CODE.test(nextWord) && /\p{Ll}$/u.test(last);
  if (CLINGING[lang].test(word) || NUMBER.test(last) || month || comparison || name || counted || code) return COST.split;
  return /[:;,—]$/.test(last) ? COST.afterPause : 0;
}

/** Whether `lines` part words that belong together (breakCost's cases), so a smaller size could do better. */
export function splitsAPair(lines: readonly string[], lang: Lang): boolean {
  return lines.some((line, i) => i < lines.length - 1 && breakCost(line.split(' ').pop()!, lines[i + 1].split(' ')[0], lang) > 0);
}

/**
 * The headline's lines at `size` within `width`: the fewest lines, then the least cost, as above;
 * one line more where `maxLines` has room for it and that spares a split pair. `ragged`: the last
 * line's length costs nothing, as in a paragraph (a dek), where a headline's lines are evened.
 * A piece wider than the line still gets a line of its own (fitText then shrinks the size).
 */
export function headlineLines(text: string, width: number, size: number, measure: Measure, lang: Lang, maxLines = 0, ragged = false): string[] {
  const all = pieces(text);
  const n = all.length;
  if (n === 0) return [];
  // Greedy's count first: it is the fewest lines any breaking can make.
  const most = wrap(text, width, size, measure).length;
  // A line's width is its pieces' widths and spaces added up, measured whole (kerning, the ink's
  // edges) only near the width, where being about right could decide wrongly: a dek's long lines,
  // measured whole, took most of a card's layout.
  const own = all.map((p) => measure(p.text, size));
  const space = measure('x x', size) - measure('xx', size);
  const widthOf = (j: number, i: number) => {
    let sum = own[j];
    for (let k = j + 1; k < i; k++) sum += own[k] + (all[k].glue ? space : 0);
    return Math.abs(sum - width) < 0.05 * width ? measure(join(all.slice(j, i)), size) : sum;
  };
  // Each line pieces j..i-1 may make, with its cost (measured once, whatever line it would be).
  const lineCost: { from: number; cost: number }[][] = [[]];
  for (let i = 1; i <= n; i++) {
    lineCost.push([]);
    // A break inside a word (after a hyphen or slash) costs nothing more than its slack.
    // The last line's own cost: a word left alone on it (a widow) reads as an afterthought.
    // Ragged text takes no bonus for a break at a pause: it would cut a line short to reach one.
    const ends = i === n || all[i].glue === '' ? 0 : Math.max(ragged ? 0 : -Infinity, breakCost(all[i - 1].text, all[i].text, lang));
    for (let j = i - 1; j >= 0; j--) {
      const w = widthOf(j, i);
      // A line may only overflow when it is one piece; a longer line would only grow from here.
      if (w > width && i - j > 1) break;
      const widow = i === n && i - j === 1 && j > 0 ? COST.widow : 0;
      // Ragged (a dek, running text): the last line is as long as it comes, as in any paragraph.
      const slack = ragged && i === n ? 0 : Math.max(0, 1 - w / width) ** 2;
      lineCost[i].push({ from: j, cost: slack + ends + widow });
    }
  }
  // best[k][i]: the least cost of setting the first i pieces in k lines, and where the last line starts.
  // One line more than the fewest, where the room allows it, at a cost: taken only to spare a split pair.
  const limit = maxLines > most ? most + 1 : most;
  const best = Array.from({ length: limit + 1 }, () => new Array<{ cost: number; from: number } | undefined>(n + 1).fill(undefined));
  best[0][0] = { cost: 0, from: 0 };
  for (let k = 1; k <= limit; k++) {
    for (let i = 1; i <= n; i++) {
      for (const line of lineCost[i]) {
        const before = best[k - 1][line.from];
        if (!before) continue;
        const cost = before.cost + line.cost;
        if (!best[k][i] || cost < best[k][i]!.cost) best[k][i] = { cost, from: line.from };
      }
    }
  }
  const count = limit > most && best[limit][n] && best[limit][n]!.cost + COST.extraLine < best[most][n]!.cost ? limit : most;
  const lines: string[] = [];
  for (let k = count, i = n; k > 0; k--) {
    const { from } = best[k][i]!;
    lines.unshift(join(all.slice(from, i)));
    i = from;
  }
  return lines;
}
