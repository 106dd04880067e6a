import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

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
const kind = (c: string): Kind => (WORD.test(c) ? 'word' : SPACE.test(c) ? 'space' : 'punct');

const OPEN = { '"': '“', "'": '‘' } as const;
const CLOSE = { '"': '”', "'": '’' } as const;

/** The run of characters of one kind from `i` (a punctuation run is one repeated character). */
function tokenAt(s: string, i: number): { kind: Kind; value: string } | undefined {
  if (i >= s.length) return undefined;
  const k = kind(s[i]);
  let end = i + 1;
  while (end < s.length && (k === 'punct' ? s[end] === s[i] : kind(s[end]) === k)) end++;
  return { kind: k, value: s.slice(i, end) };
}

/** Whether the straight quote at `i` opens or closes, by SmartyPants' rules in their order. */
function curl(s: string, i: number, out: string[]): void {
  const q = s[i] as '"' | "'";
  const before = i > 0 ? kind(s[i - 1]) : undefined;
  const next = tokenAt(s, i + 1);
  const nextNext = next && tokenAt(s, i + 1 + next.value.length);
  if (next?.kind === 'punct' && nextNext?.kind !== 'word') {
    out[i] = CLOSE[q]; // a quote before punctuation, as in "word".
  } else if (next?.kind === 'punct' && (next.value === '"' || next.value === "'") && nextNext?.kind === 'word') {
    out[i] = OPEN[q]; // two quotes opening together: "'Quoted' words…"
    out[i + 1] = OPEN[next.value];
  } else if (next && (/^\d\ds$/.test(next.value) || (q === "'" && next.value === 's'))) {
    out[i] = CLOSE[q]; // a decade, the '80s, or a possessive after a code span or a link: `x`'s
  } else if (before !== undefined && before !== 'word' && next?.kind === 'word') {
    out[i] = OPEN[q];
  } else if (before === 'word') {
    out[i] = CLOSE[q]; // closing, or an apostrophe inside a word: don't
  } else if (!next || next.kind === 'space') {
    out[i] = CLOSE[q];
  } else {
    out[i] = OPEN[q];
  }
}

/** Curls every straight quote in `text`; the result has the same length. */
export function curlQuotes(text: string): string {
  const out = text.split('');
  for (let i = 0; i < text.length; i++) if (out[i] === '"' || out[i] === "'") curl(text, i, out);
  return out.join('');
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
