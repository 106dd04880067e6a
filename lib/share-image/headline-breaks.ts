// Where a card's headline breaks. Greedy breaking fills each line and leaves what it leaves: "How
// Canada says it won a / reprieve on N95 masks: by / arguing interdependence", a short word hanging
// at two line ends. A headline desk breaks by sense (lib/i18n/line-breaks.ts: never after an
// article, a preposition or a conjunction, gladly after a colon or semicolon), in lines of even
// length. This chooses, among the breakings with as few lines as greedy breaking makes (so the
// size the text fits at is unchanged), or one more where the caller has room for it, the one that
// does that best.
import type { Lang } from '../i18n/lang';
import { BREAK_COST, breakCost } from '../i18n/line-breaks';
import { join, pieces, wrap, type Measure } from './fit-text';

/** Costs, against a line's squared share of the width left empty (0 full, 1 empty). */
const COST = { ...BREAK_COST, extraLine: 1, widow: 1 };

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
