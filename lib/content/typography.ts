import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { visit } from './walk';
import { englishNoBreaks } from '../i18n/english';
import { frenchNoBreaks } from '../i18n/french';
import type { Lang } from '../i18n/lang';

/**
 * Typographic punctuation in a story's prose: curly double and single quotes and apostrophes,
 * en and em dashes from `--` and `---`, and an ellipsis from `...`. Code spans, code blocks and
 * component attributes are left as written.
 *
 * This replaces remark-smartypants, which ran every paragraph through a full natural-language
 * parser (retext) and was most of the time it takes to compile a story (about 18 ms of 25). The
 * quote rules are SmartyPants' own, read from neighbouring characters instead of parsed tokens,
 * with two differences: an apostrophe before a lone "s" is always one (SmartyPants opened a quote
 * there after a space), and `''` is two single quotes, not a closing double quote. `--` is an en dash
 * and `---` an em dash (remark-smartypants made `--` an em dash and left `---` as it was).
 */

type Literal = { type: string; value: string };
type Parent = { type: string; name?: string | null };

/** The nodes whose text starts afresh: a quote right at their start opens. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Elements whose text is not prose. */
const NOT_PROSE = new Set(['style', 'script']);

const WORD = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/;
type Kind = 'word' | 'space' | 'punct';
/** The kind of each ASCII character, as the two patterns above class it: read from a table, since a story is mostly ASCII and a test of the patterns per character was a tenth of compiling it. */
const ASCII = Array.from({ length: 128 }, (_, code): Kind => (/[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 'word' : /[\t\n\v\f\r ]/.test(String.fromCharCode(code)) ? 'space' : 'punct'));
const kind = (c: string): Kind => {
  const code = c.charCodeAt(0);
  return code < 128 ? ASCII[code] : WORD.test(c) ? 'word' : SPACE.test(c) ? 'space' : 'punct';
};

const OPEN = { '"': '“', "'": '‘' } as const;
const CLOSE = { '"': '”', "'": '’' } as const;

/**
 * Where the run of characters of one kind that starts at `j` ends (a punctuation run is one
 * repeated character), read only where a quote asks and remembered for every position of the
 * run, so curling a story is linear in its length: reading each run afresh from every quote took
 * 21 s for 150 kB of apostrophes. (Quotes ask in order, so a run is never read twice.)
 */
function runEnd(s: string, j: number, ends: Int32Array): number {
  if (ends[j]) return ends[j];
  const k = kind(s[j]);
  let end = j + 1;
  while (end < s.length && (k === 'punct' ? s[end] === s[j] : kind(s[end]) === k)) end++;
  ends.fill(end, j, end);
  return end;
}

type Token = { kind: Kind; value: string };
type Out = Map<number, string>;

/** Whether the straight quote at `i` opens or closes, by SmartyPants' rules in their order. */
function curl(s: string, i: number, out: Out, ends: Int32Array): void {
  const q = s[i] as '"' | "'";
  // Only the first characters of a run matter below ("80s", a lone "s"): never copy a long run.
  const short = (j: number): Token | undefined => (j < s.length ? { kind: kind(s[j]), value: s.slice(j, Math.min(runEnd(s, j, ends), j + 4)) } : undefined);
  const before = i > 0 ? kind(s[i - 1]) : undefined;
  const next = short(i + 1);
  const nextEnd = next ? runEnd(s, i + 1, ends) : 0;
  const nextNext = next && nextEnd < s.length ? kind(s[nextEnd]) : undefined;
  const nextLength = next ? nextEnd - (i + 1) : 0;
  if (next?.kind === 'punct' && nextNext !== 'word') {
    out.set(i, CLOSE[q]); // a quote before punctuation, as in "word".
  } else if (next?.kind === 'punct' && nextLength === 1 && (next.value === '"' || next.value === "'") && nextNext === 'word') {
    out.set(i, OPEN[q]); // two quotes opening together: "'Quoted' words…"
    out.set(i + 1, OPEN[next.value]);
  } else if (next && ((nextLength === 3 && /^\d\ds$/.test(next.value)) || (q === "'" && nextLength === 1 && next.value === 's'))) {
    out.set(i, CLOSE[q]); // a decade, the '80s, or a possessive after a code span or a link: `x`'s
  } else if (before !== undefined && before !== 'word' && next?.kind === 'word') {
    out.set(i, OPEN[q]);
  } else if (before === 'word') {
    out.set(i, CLOSE[q]); // closing, or an apostrophe inside a word: don't
  } else if (!next || next.kind === 'space') {
    out.set(i, CLOSE[q]);
  } else {
    out.set(i, OPEN[q]);
  }
}

const QUOTE = /["']/g;

/** Curls every straight quote in `text`; the result has the same length. */
export function curlQuotes(text: string): string {
  // Each quote's curled form, by position, in order (a quote may decide the next one too).
  const out: Out = new Map();
  let ends: Int32Array | undefined;
  for (const { index } of text.matchAll(QUOTE)) if (!out.has(index)) curl(text, index, out, (ends ??= new Int32Array(text.length + 1)));
  if (!out.size) return text;
  let result = '';
  let at = 0;
  for (const [i, c] of out) {
    result += text.slice(at, i) + c;
    at = i + 1;
  }
  return result + text.slice(at);
}

/** Dashes and ellipses, which change the length of the text. */
export function dashesAndEllipses(text: string): string {
  return text.replace(/---?/g, (d) => (d === '---' ? '—' : '–')).replace(/\.\.\./g, '…');
}

/**
 * The remark plugin. Quotes are decided on the text of the whole story at once, so a quote just
 * outside a link or emphasis pairs with the one inside it; a code span counts as a word there
 * (so `x`'s still takes an apostrophe) and keeps its own text. (remark-smartypants left the quotes
 * around an inline <Figure /> straight; here they curl.)
 */
export function remarkTypography() {
  return (tree: Root) => {
    // The story's text in order: each text node, a code span as that many letters, and a space
    // where a block starts.
    const pieces: { text: string; node?: Literal }[] = [];
    visit(tree, (node, _index, parent) => {
      const p = parent as Parent | undefined;
      if (!p || (p.type === 'mdxJsxTextElement' && NOT_PROSE.has(p.name ?? ''))) return;
      const literal = node as Literal;
      if (BLOCKS.has(node.type)) pieces.push({ text: ' ' });
      else if (node.type === 'inlineCode') pieces.push({ text: 'A'.repeat(literal.value.length) });
      // An inline component with no text of its own (a <Figure>) stands for a word: quotes around it pair.
      else if (node.type === 'mdxJsxTextElement' && !(node as { children: unknown[] }).children.length) pieces.push({ text: 'A' });
      else if (node.type === 'text') pieces.push({ text: literal.value, node: literal });
    });
    const curled = curlQuotes(pieces.map((p) => p.text).join(''));
    let at = 0;
    for (const { text, node } of pieces) {
      if (node) node.value = dashesAndEllipses(curled.slice(at, at + text.length));
      at += text.length;
    }
  };
}

/**
 * A text outside a story's body (its title or dek, a chart's title, note or label) in the body's
 * typography: the same linear pass, on the one string, so its quotes pair within it; in French,
 * also what a line must not break inside (lib/i18n/french.ts), as in a French body.
 */
export function typesetText(text: string, lang: Lang): string {
  const typeset = dashesAndEllipses(curlQuotes(text));
  return lang === 'fr' ? frenchText(typeset) : englishText(typeset);
}

/**
 * Characters without which each rule leaves a text as it is: englishNoBreaks acts on a hyphen or
 * a "million" ("billion"); frenchNoBreaks on a hyphen, a digit (a day, a year, a number of
 * millions), a mark French spaces (: ; ! ? « »), or « M. », « Mme » before a name.
 * Most of a story's texts hold none, and the rules' patterns scan every position of a text.
 */
const ENGLISH_ACTS = /-|illion/i;
const FRENCH_ACTS = /[-0-9:;!?«»]|M(?:M?\.|mes?) /;
export const englishText = (s: string) => (ENGLISH_ACTS.test(s) ? englishNoBreaks(s) : s);
export const frenchText = (s: string) => (FRENCH_ACTS.test(s) ? frenchNoBreaks(s) : s);

/** An English body's rendered text, made not to break inside "US-made" and the like (../i18n/english.ts). */
export function englishBodyNoBreaks(tree: HastRoot): void {
  visit(tree, 'text', (node, _index, parent) => {
    if (parent && 'tagName' in parent && (parent.tagName === 'code' || parent.tagName === 'pre')) return;
    node.value = englishText(node.value);
  });
}

/** A French body's rendered text (the hast tree, not the Markdown the checks and heading ids read), made not to break where French does not. */
export function frenchBodyNoBreaks(tree: HastRoot): void {
  visit(tree, 'text', (node, _index, parent) => {
    if (parent && 'tagName' in parent && (parent.tagName === 'code' || parent.tagName === 'pre')) return;
    node.value = frenchText(node.value);
  });
}
