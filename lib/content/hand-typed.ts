import type { Root, Text } from 'mdast';
import { visit } from './walk';
import { figureValues, formatFigure, parseFigure } from '../charts/figures';
import type { Dataset } from '../data/schema';
import type { Lang } from '../i18n/lang';

/**
 * Figures typed by hand in a story's prose: amounts in millions or billions, and percentages.
 * Years, dates, ages and counts of days have neither, so they are never taken for figures.
 */
const FIGURE = /\b(?:(about|roughly|nearly|almost|more than|over|some) )?(\d+(?:[.,]\d+)*|one|two|three|four|five|six|seven|eight|nine) (million|billion)\b|\b\d+(?:\.\d+)? ?(?:%|per cent|percent)/gi;

/**
 * The same in French prose, as the French edition writes figures: "22 millions", "1,5 million",
 * "plus de 230 millions", "35 M", "2 milliards", "5 %" (with a space, often a non-breaking one,
 * inside "1 000" and before the unit).
 */
const SPACE = '[ \u00a0\u202f]';
const FIGURE_FR = new RegExp(
  `(?<![\\p{L}\\d])(?:([Ee]nviron|[Pp]rès de|[Pp]resque|[Pp]lus de|[Qq]uelque|[Aa]u moins)${SPACE})?(\\d{1,3}(?:${SPACE}\\d{3})+|\\d+(?:,\\d+)?|[Uu]n|[Dd]eux|[Tt]rois|[Qq]uatre|[Cc]inq|[Ss]ix|[Ss]ept|[Hh]uit|[Nn]euf)${SPACE}(millions?|milliards?|M|G|Md)(?![\\p{L}\\d])|(?<![\\p{L}\\d])\\d+(?:,\\d+)?${SPACE}?(?:%|pour cent)`,
  // Case matters: "35 M" is 35 million, "35 m" is metres.
  'gu',
);
const WORDS_FR = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];

/** A French figure's value: "1,5 million" is 1 500 000, "35 M" is 35 000 000. */
export function parseFrenchFigure(amount: string, unit: string): number {
  const n = WORDS_FR.includes(amount.toLowerCase()) ? WORDS_FR.indexOf(amount.toLowerCase()) : Number(amount.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
  return n * (/^(milliards?|G|Md)$/.test(unit) ? 1e9 : 1e6);
}

/** Spans inside quotation marks: a speaker's words, quoted exactly, are not the site's claims. */
const QUOTED = /“[^”]*”|"[^"]*"|«[^»]*»/g;

export type HandTyped = { node: Text; offset: number; text: string; value?: number; matches: { dataset: Dataset; key: string }[]; nearest: string[] };

/**
 * Every hand-typed figure outside quotations and block quotes, with the data values it equals or
 * is nearest to (charts the story shows first). A French story is read with French number forms,
 * and the words of a <Quote> (a speaker's, translated) are left alone as a quotation is.
 */
export function handTypedFigures(tree: Root, datasets: readonly Dataset[], shown: readonly string[], lang: Lang): HandTyped[] {
  const quoted = new Set<Text>();
  visit(tree, 'blockquote', (quote) => visit(quote, 'text', (t) => void quoted.add(t)));
  visit(tree, 'mdxJsxTextElement', (quote) => void (quote.name === 'Quote' && visit(quote, 'text', (t) => void quoted.add(t))));
  // A chart the story shows is the better source to suggest: the figure then links to its row on the page.
  const readValues = () => [...datasets].sort((a, b) => Number(shown.includes(b.id)) - Number(shown.includes(a.id))).flatMap((dataset) => figureValues(dataset).filter((v) => v.value !== null).map((v) => ({ dataset, key: v.key, value: v.value as number, qualifier: v.qualifier })));
  // Read once the story holds a figure.
  let known: ReturnType<typeof readValues> | undefined;
  const valuesOf = () => (known ??= readValues());
  const found: HandTyped[] = [];
  visit(tree, 'text', (node) => {
    if (quoted.has(node)) return;
    // Where the quotations are, read only once the text holds a figure (most texts hold none).
    let inQuotes: number[][] | undefined;
    for (const m of node.value.matchAll(lang === 'fr' ? FIGURE_FR : FIGURE)) {
      inQuotes ??= [...node.value.matchAll(QUOTED)].map((q) => [q.index, q.index + q[0].length]);
      if (inQuotes.some(([start, end]) => m.index >= start && m.index < end)) continue;
      const value = !m[2] ? undefined : lang === 'fr' ? parseFrenchFigure(m[2], m[3]) : parseFigure(`${m[2]} ${m[3]}`);
      const values = value === undefined ? [] : valuesOf();
      const matches = value === undefined ? [] : values.filter((v) => v.value === value).map(({ dataset, key }) => ({ dataset, key }));
      const nearest = value === undefined ? [] : [...values].sort((a, b) => Math.abs(a.value - value) - Math.abs(b.value - value)).slice(0, 2).map((v) => `${formatFigure(v.value, v.qualifier, lang)} (${v.dataset.id}, "${v.key}")`);
      found.push({ node, offset: m.index, text: m[0], value, matches, nearest });
    }
  });
  return found;
}
