import type { Root } from 'mdast';
import { visit } from './walk';
import type { Problem, Severity } from '../problems';
import { quoteKey, type Quotation } from './quotes';
import type { StoryFacts } from './story-facts';
import type { StoryMeta } from './story-file';

/**
 * The two editions of a story against each other (npm run check). A translation shows the same
 * charts, states the same figures in the same order, quotes the same words and carries every
 * correction of its original; the problems are reported on the translation, which is what an
 * editor fixes, and name the line of the original they refer to.
 */

type Edition = StoryMeta & { facts: Pick<StoryFacts, 'charts' | 'figures' | 'quotations' | 'correctionsAt' | 'correctionDateLines'> };
export type Item = { key: string; label: string; line?: number; column?: number };

const attribute = (node: { attributes: { type: string; name?: string; value?: unknown }[] }, name: string) => {
  const value = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof value === 'string' ? value : '';
};

/** The story's <Chart>s or <Figure>s in order, each with a key to compare and the tag as written. */
export function components(tree: Root, name: 'Chart' | 'Figure'): Item[] {
  const items: Item[] = [];
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    if (!('name' in node) || node.name !== name) return;
    const label = name === 'Chart' ? `<Chart id="${attribute(node, 'id')}" />` : `<Figure chart="${attribute(node, 'chart')}" value="${attribute(node, 'value')}" />`;
    items.push({ key: label, label, line: node.position?.start.line, column: node.position?.start.column });
  });
  return items;
}

const quotations = (list: Quotation[]): Item[] => list.map((q) => ({ key: quoteKey(q.text), label: q.text, line: q.line, column: q.column }));

/** What each list has that the other lacks, counting repeats (a multiset difference), with positions kept. */
function difference(original: Item[], translation: Item[]) {
  const left = translation.map((item, index) => ({ item, index }));
  const onlyOriginal: { item: Item; index: number }[] = [];
  original.forEach((item, index) => {
    const match = left.findIndex((t) => t.item.key === item.key);
    if (match === -1) onlyOriginal.push({ item, index });
    else left.splice(match, 1);
  });
  return { onlyOriginal, onlyTranslation: left };
}

const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
const at = (file: string, line?: number) => (line ? `${file}:${line}` : file);

/** Problems between one translation and its original. */
export function pairProblems(en: Edition, fr: Edition): (Problem & { severity: Severity })[] {
  // A draft translation is work in progress: what is missing there is a warning, as placeholders are.
  const severity: Severity = fr.draft ? 'warning' : 'error';
  const problems: (Problem & { severity: Severity })[] = [];
  const report = (problem: Omit<Problem, 'file'>) => problems.push({ file: fr.file, ...problem, severity });
  const original = en.file;

  for (const name of ['Chart', 'Figure'] as const) {
    const ours = name === 'Chart' ? en.facts.charts : en.facts.figures;
    const theirs = name === 'Chart' ? fr.facts.charts : fr.facts.figures;
    const { onlyOriginal, onlyTranslation } = difference(ours, theirs);
    // Same place among the story's figures, different figure: one figure changed, not one lost and one added.
    const changed = name === 'Figure' ? onlyOriginal.filter((o) => onlyTranslation.some((t) => t.index === o.index)) : [];
    for (const o of changed) {
      const t = onlyTranslation.find((x) => x.index === o.index)!;
      report({ line: t.item.line, column: t.item.column, field: `the ${ordinal(o.index + 1)} <Figure>`, expected: `${o.item.label}, as the original states it at ${at(original, o.item.line)}`, found: t.item.label, hint: 'both editions state the same figures in the same order' });
    }
    for (const o of onlyOriginal.filter((x) => !changed.includes(x))) {
      report({ field: o.item.label, expected: 'it in the translation too', found: `it only in the original, ${at(original, o.item.line)}`, hint: 'put it at the same place in the translation' });
    }
    for (const t of onlyTranslation.filter((x) => !changed.some((o) => o.index === x.index))) {
      report({ line: t.item.line, column: t.item.column, field: t.item.label, expected: `only what the original (${original}) shows`, found: `a ${name.toLowerCase()} the original does not have`, hint: 'remove it, or add it to the original first' });
    }
  }

  const { onlyOriginal, onlyTranslation } = difference(quotations(en.facts.quotations), quotations(fr.facts.quotations));
  for (const { item } of onlyOriginal) {
    report({ field: `the quotation “${item.label}”`, expected: `<Quote original="${item.label}">…</Quote> in the translation`, found: `it only in the original, ${at(original, item.line)}` });
  }
  for (const { item } of onlyTranslation) {
    report({ line: item.line, column: item.column, field: '<Quote original>', expected: `the words of one of the quotations of the original (${original})`, found: `"${item.label}", which the original does not quote` });
  }

  // Corrections are matched by date: the translation carries each one over, in French, with the same date.
  const dates = new Set(fr.corrections.map((c) => c.date));
  en.corrections.forEach((correction, i) => {
    if (dates.has(correction.date)) return;
    report({
      ...fr.facts.correctionsAt,
      field: 'corrections',
      expected: `the correction of ${correction.date} carried over from the original (${at(original, en.facts.correctionDateLines[i])}), with the same date`,
      found: 'none with that date: the translation is older than this correction',
      hint: 'translate it, add it with the same date, and correct the text the same way',
    });
  });
  return problems;
}

/**
 * Every pair of editions compared, and a warning for each English story on the site that no French
 * story translates, once the French edition has begun (its folder exists): English may go first.
 */
export function pairingProblems(editions: readonly Edition[], { frenchEdition, now }: { frenchEdition: boolean; now: number }): (Problem & { severity: Severity })[] {
  const english = new Map(editions.filter((e) => e.lang === 'en').map((e) => [e.slug, e]));
  const translated = new Set<string>();
  const problems: (Problem & { severity: Severity })[] = [];
  for (const fr of editions.filter((e) => e.lang === 'fr')) {
    const en = fr.translationOf ? english.get(fr.translationOf) : undefined;
    if (!en || translated.has(en.slug)) continue;
    translated.add(en.slug);
    problems.push(...pairProblems(en, fr));
  }
  if (!frenchEdition) return problems;
  for (const story of english.values()) {
    // Only stories readers can see: a draft or a scheduled story may still change before it is translated.
    if (story.draft || Date.parse(story.published) > now || translated.has(story.slug)) continue;
    problems.push({
      file: story.file,
      field: 'translation',
      expected: `a French edition in fr/ with translationOf: ${story.slug}`,
      found: 'none',
      hint: `a warning only, so the English can go first; npm run new-story -- --translate ${story.slug} --slug <french-slug> starts one`,
      severity: 'warning',
    });
  }
  return problems;
}
