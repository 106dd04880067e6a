import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '@/lib/content/mdx';
import { curlQuotes, dashesAndEllipses, englishText, frenchText } from '@/lib/content/typography';
import { englishNoBreaks } from '@/lib/i18n/english';
import { frenchNoBreaks } from '@/lib/i18n/french';

/** The text, code and attribute values of a compiled body, in order, joined with "|". */
function literals(body: string): string {
  const parts: string[] = [];
  visit(parseMdx(body) as Root, (node) => {
    if ('value' in node && typeof node.value === 'string' && node.type !== 'yaml') parts.push(`${node.type}:${node.value}`);
    if ('attributes' in node) for (const a of node.attributes as { name: string; value: string }[]) parts.push(`${a.name}=${a.value}`);
  });
  return parts.join('|');
}

describe('curly quotes', () => {
  it('opens and closes double and single quotes, and curls apostrophes', () => {
    expect(curlQuotes(`She said "no." He said 'yes' and didn't.`)).toBe('She said “no.” He said ‘yes’ and didn’t.');
  });

  it('closes a quote before punctuation and opens one after it', () => {
    expect(curlQuotes(`("masks"), "N95s".`)).toBe('(“masks”), “N95s”.');
  });

  it('opens two quotes that start together', () => {
    expect(curlQuotes(`He said, "'Quoted' words."`)).toBe('He said, “‘Quoted’ words.”');
  });

  it("writes an apostrophe for a decade and a lone s, not an opening quote", () => {
    expect(curlQuotes(`the '80s and 3M 's`)).toBe('the ’80s and 3M ’s');
  });

  it('keeps the length, so the text can be cut back into its nodes', () => {
    const text = `"A" 'b' c's`;
    expect(curlQuotes(text)).toHaveLength(text.length);
  });

  it('decides every quote as the rules read character by character do, in any text', () => {
    // The rules as first written: every character's kind by the patterns, every run end computed up front.
    const kind = (c: string) => (/[\p{L}\p{N}\p{M}]/u.test(c) ? 'word' : /\s/.test(c) ? 'space' : 'punct');
    function reference(s: string): string {
      const ends = new Int32Array(s.length);
      for (let i = s.length - 1; i >= 0; i--) ends[i] = i + 1 < s.length && (kind(s[i]) === 'punct' ? s[i + 1] === s[i] : kind(s[i + 1]) === kind(s[i])) ? ends[i + 1] : i + 1;
      const out = s.split('');
      const OPEN: Record<string, string> = { '"': '“', "'": '‘' };
      const CLOSE: Record<string, string> = { '"': '”', "'": '’' };
      for (let i = 0; i < s.length; i++) {
        if (out[i] !== '"' && out[i] !== "'") continue;
        const q = s[i];
        const next = i + 1 < s.length ? { kind: kind(s[i + 1]), value: s.slice(i + 1, Math.min(ends[i + 1], i + 5)) } : undefined;
        const before = i > 0 ? kind(s[i - 1]) : undefined;
        const nextNext = next && ends[i + 1] < s.length ? kind(s[ends[i + 1]]) : undefined;
        const nextLength = next ? ends[i + 1] - (i + 1) : 0;
        if (next?.kind === 'punct' && nextNext !== 'word') out[i] = CLOSE[q];
        else if (next?.kind === 'punct' && nextLength === 1 && (next.value === '"' || next.value === "'") && nextNext === 'word') [out[i], out[i + 1]] = [OPEN[q], OPEN[next.value]];
        else if (next && ((nextLength === 3 && /^\d\ds$/.test(next.value)) || (q === "'" && nextLength === 1 && next.value === 's'))) out[i] = CLOSE[q];
        else if (before !== undefined && before !== 'word' && next?.kind === 'word') out[i] = OPEN[q];
        else if (before === 'word' || !next || next.kind === 'space') out[i] = CLOSE[q];
        else out[i] = OPEN[q];
      }
      return out.join('');
    }
    // Texts drawn from the characters the rules tell apart: quotes, letters (ASCII and not), digits, an s, spaces of several kinds, punctuation, a lone surrogate.
    const alphabet = ['"', "'", '"', "'", 'a', 'é', 'Ω', '8', '0', 's', ' ', '\u00a0', '\n', '\t', '.', ',', '(', ')', '—', '\u0301', '\ud83d', '«', '`'];
    let seed = 19;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 24) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(curlQuotes(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});

describe('dashes and ellipses', () => {
  it('writes an en dash for --, an em dash for --- and an ellipsis for ...', () => {
    expect(dashesAndEllipses('1--2 and so---well... no')).toBe('1–2 and so—well… no');
  });
});

describe('in a story', () => {
  it('pairs quotes across links and emphasis', () => {
    expect(literals(`A "[report](/x/)" and *"this"*, it's "*that*".`)).toBe('text:A “|text:report|text:” and |text:“this”|text:, it’s “|text:that|text:”.');
  });

  it('opens a quote at the start of a paragraph, heading or list item', () => {
    expect(literals(`"One"\n\n## "Two"\n\n- "Three"`)).toBe('text:“One”|text:“Two”|text:“Three”');
  });

  it('leaves code spans, code blocks and component attributes as written', () => {
    const body = 'Run `say "hi" -- ...` and `x`\'s "value" -- type "`...`"\n\n```\nsay "hi" -- ...\n```\n\n<Chart id="a--b" />';
    expect(literals(body)).toBe('text:Run |inlineCode:say "hi" -- ...|text: and |inlineCode:x|text:’s “value” – type “|inlineCode:...|text:”|code:say "hi" -- ...|id=a--b');
  });

  it('counts a component inside a sentence as nothing between the quotes around it', () => {
    expect(literals(`about "<Figure chart="c" value="v" />" masks`)).toBe('text:about “|chart=c|value=v|text:” masks');
  });
});

describe('no-break rules on a body\'s texts', () => {
  it('skip only texts the rules leave as they are', () => {
    // Pieces the rules act on (names with hyphens, codes, days, months, years, French marks, numbers of millions) and prose around them.
    const pieces = ['US', '-', 'made', 'COVID', '19', 'Île', 'du', 'Prince', '5', '1er', 'avril', 'janvier', '2020', ':', ';', '!', '?', '«', '»', ' ', ' ', 'les', 'É', '\u00a0', '3M', 'N95', 'million', 'Millions', 'billion', 'six', 'milliard', ','];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      expect(englishText(text), JSON.stringify(text)).toBe(englishNoBreaks(text));
      expect(frenchText(text), JSON.stringify(text)).toBe(frenchNoBreaks(text));
    }
  });
});
