/**
 * Fitting text into a box: break at word boundaries, shrink the size down to a floor, and only
 * then cut the last line at a word boundary with "…". Measuring is passed in, so the same
 * fitting serves every face (font-metrics.ts measures with the card's real fonts).
 */

/** Width of a line of text at a font size, in px. */
export type Measure = (text: string, size: number) => number;

export type FitSpec = {
  width: number;
  /** Height the ink of all lines may take, in px. */
  height: number;
  maxSize: number;
  minSize: number;
  /** Line height, as a multiple of the size. */
  lineHeight: number;
  /** Ink above and below the baseline, in em (inkExtent in font-metrics.ts). */
  ink: { ascent: number; descent: number };
  /** How the text breaks into lines at a size, where it fits whole (a headline: headline-breaks.ts); `wrap` by default. */
  breaks?: (text: string, width: number, size: number, measure: Measure, maxLines: number) => string[];
  /**
   * Lines that break badly (a headline parting "a / reprieve"): then a size down to a tenth
   * smaller is taken if its lines do not, as a desk would rather shrink a headline a little;
   * failing that, one line more, where the height holds it.
   */
  breaksBadly?: (lines: string[]) => boolean;
};

export type Fitted = {
  size: number;
  lines: string[];
  /** True when the text did not fit even at the floor and was cut with "…". */
  cut: boolean;
  /** Where the ink starts relative to the top of the text block (negative: above it), and how tall it is. */
  inkTop: number;
  inkHeight: number;
};

export const ELLIPSIS = '…';

/** Ink of n lines: each line's glyphs are centred in its line box, so tight lines spill past the block. */
export function inkOf(lines: number, size: number, spec: Pick<FitSpec, 'lineHeight' | 'ink'>) {
  const line = size * spec.lineHeight;
  const halfLeading = (line - (spec.ink.ascent + spec.ink.descent) * size) / 2;
  return { inkTop: halfLeading, inkHeight: lines * line - 2 * halfLeading };
}

/**
 * The places a line may break: at spaces, and after a hyphen or slash inside a word (a compound,
 * an address); never at a no-break space, which the house style puts in "35 million". Each
 * piece carries what joins it to the piece before: a space, or nothing.
 */
export type Piece = { glue: '' | ' '; text: string };

/**
 * After a slash, or after a hyphen followed by a small letter or a digit ("contre-|mesures").
 * Never before a capital: a capitalised compound is a name ("États-Unis", "Saint-Laurent"), and a
 * name split over two lines reads as two words. Never after an abbreviation or a number either
 * ("US-made", "N95-style", "COVID-19"): "US-" alone at a line's end reads as a typo. (U+2011, the
 * no-break hyphen, never breaks.)
 */
const BREAK_INSIDE_WORD = /(?<=\/)(?=[^-/‐–])|(?<!(?:^|[-/‐–])[\p{Lu}\p{N}]+[-‐–])(?<=[-‐–])(?=[^-/‐–\p{Lu}])/u;

/** The cards' fonts have no U+2011: once lines are broken, it is drawn (and measured) as a plain hyphen. */
export const drawable = (line: string) => line.replaceAll('\u2011', '-');

/**
 * A fitted line as it is handed to Satori (and to svg-card.ts, which sets it where Satori would):
 * with a zero-width space between a letter or figure and the comma, full stop, colon or semicolon
 * after it, so the two are not kerned. Satori sets each word as far on as the unkerned widths before
 * it would put it, so Inter's kerning of "7," (3.5 px at 28 px) came back as a wide gap after it
 * ("April 7,  2020"). Both fonts draw U+200B as nothing; the line is no wider, as the words after it
 * stay where they were.
 */
export const punctuationUnkerned = (line: string) => line.replace(/(?<=[\p{L}\p{N}])(?=[,.:;])/gu, '\u200b');

export function pieces(text: string): Piece[] {
  return text
    .split(/[ \t\r\n]+/)
    .filter(Boolean)
    .flatMap((word) => word.split(BREAK_INSIDE_WORD).map((text, i) => ({ glue: i === 0 ? (' ' as const) : ('' as const), text })));
}

/** Pieces back into text, each joined as it was (a space, or nothing after a hyphen). */
export const join = (parts: readonly Piece[]) => parts.map((p, i) => (i === 0 ? p.text : p.glue + p.text)).join('');

/** Greedy line breaking at those places; a piece wider than the line gets a line of its own. */
function wrapPieces(text: string, width: number, size: number, measure: Measure): Piece[][] {
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  for (const piece of pieces(text)) {
    if (!line.length || measure(join([...line, piece]), size) <= width) line.push(piece);
    else {
      lines.push(line);
      line = [piece];
    }
  }
  if (line.length) lines.push(line);
  return lines;
}

export const wrap = (text: string, width: number, size: number, measure: Measure): string[] => wrapPieces(text, width, size, measure).map(join);

/** The longest start of `text` that fits with "…" after it, cut where a line could break (or, for one piece too wide, between letters). */
export function ellipsize(text: string | Piece[], width: number, size: number, measure: Measure): string {
  const all = typeof text === 'string' ? pieces(text) : text;
  // Punctuation left hanging before the ellipsis ("masks,…") reads as a typo.
  const close = (s: string) => s.replace(/[ \u00a0\u202f,;:.\-/‐–—]+$/u, '') + ELLIPSIS;
  // Cut between words where one fits ("contre…" for "contre-mesures" reads as another word).
  const atSpace = (n: number) => all[n]?.glue !== '';
  for (let n = all.length - 1; n >= 1; n--) {
    if (!atSpace(n) && [...Array(n).keys()].some((m) => m >= 1 && atSpace(m) && measure(close(join(all.slice(0, m))), size) <= width)) continue;
    const candidate = close(join(all.slice(0, n)));
    if (measure(candidate, size) <= width) return candidate;
  }
  const letters = [...(all[0]?.text ?? '')];
  for (let n = letters.length - 1; n >= 1; n--) {
    const candidate = close(letters.slice(0, n).join(''));
    if (measure(candidate, size) <= width) return candidate;
  }
  return ELLIPSIS;
}

/** The largest size (whole px) at which the text fits the box whole; failing that, the floor size, cut with "…". */
export function fitText(text: string, spec: FitSpec, measure: Measure): Fitted {
  const fits = (lines: string[], size: number) =>
    inkOf(lines.length, size, spec).inkHeight <= spec.height && lines.every((l) => measure(l, size) <= spec.width);
  // Filling each line decides whether a size fits: `breaks` makes as many lines, each within the
  // width, and runs (it costs more) only at the sizes that do.
  // `more`: the height holds a line more at this size, which `breaks` may take.
  const linesAt = (size: number, more = false) => {
    const greedy = wrap(text, spec.width, size, measure);
    if (!spec.breaks || !fits(greedy, size)) return greedy;
    const room = more && inkOf(greedy.length + 1, size, spec).inkHeight <= spec.height ? greedy.length + 1 : greedy.length;
    const lines = spec.breaks(text, spec.width, size, measure, room);
    return fits(lines, size) ? lines : greedy;
  };
  for (let size = spec.maxSize; size >= spec.minSize; size--) {
    const lines = linesAt(size);
    if (!fits(lines, size)) continue;
    // Badly broken: a size down to a tenth smaller, in as few lines; failing that, in a line more.
    for (const more of [false, true]) {
      for (let smaller = size; spec.breaksBadly?.(lines) && smaller >= Math.max(spec.minSize, size * 0.9); smaller--) {
        const better = linesAt(smaller, more);
        if (fits(better, smaller) && !spec.breaksBadly(better)) return { size: smaller, lines: better, cut: false, ...inkOf(better.length, smaller, spec) };
      }
    }
    return { size, lines, cut: false, ...inkOf(lines.length, size, spec) };
  }
  const size = spec.minSize;
  const line = size * spec.lineHeight;
  const room = Math.max(1, Math.floor((spec.height - inkOf(1, size, spec).inkHeight) / line) + 1);
  const all = wrapPieces(text, spec.width, size, measure).map((l) => ({ pieces: l, text: join(l) }));
  // The text is cut at the first line that is too wide (one piece longer than the line) or at the
  // last line there is room for; that line takes the rest, then gives back pieces until "…" fits.
  const tooWide = all.findIndex((l) => measure(l.text, size) > spec.width);
  const last = Math.min(room - 1, tooWide < 0 ? all.length - 1 : tooWide);
  const lines = all.slice(0, last + 1).map((l) => l.text);
  if (last < all.length - 1 || tooWide === last) lines[last] = ellipsize(all.slice(last).flatMap((l) => l.pieces), spec.width, size, measure);
  return { size, lines, cut: true, ...inkOf(lines.length, size, spec) };
}
