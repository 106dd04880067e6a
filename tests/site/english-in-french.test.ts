/**
 * No English catalogue string in a French page. The English catalogues (lib/i18n/site.ts and
 * charts.ts) are walked beside the French ones; every English string that says something the French
 * does not is searched in the text and the reader-facing attributes of every built French page.
 *
 * Which strings are searched (the rule):
 * - A function entry is called with placeholders, and the English words between them are the
 *   strings: `(n) => `${n} min read`` gives "min read".
 * - A string is kept only when its French counterpart does not contain it: "Source", "Notes",
 *   "Corrections", "3M" or "Defense Production Act" are the same in both editions.
 * - Fewer than four letters is too little to tell a language by ("By", "and", "M", "(").
 * - A phrase (two words or more) is found anywhere in a text or an attribute; a single word only
 *   when it is the whole text of an element or the whole attribute, since a lone English word can
 *   be a French word or a name inside a French sentence.
 * - The CSV column names and cell words (`csv`, `csvWords`) are written into CSV files, not pages.
 * - What a page marks as English (`lang="en…"`: an original quotation, the language switch) is
 *   English on purpose, and is not searched.
 */
import { describe, expect, test } from 'vitest';
import { chartStrings } from '@/lib/i18n/charts';
import { SITE_STRINGS } from '@/lib/i18n/site';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { attr, builtPages, elements, textOf, type Element } from './out';

type Entry = { key: string; text: string; phrase: boolean };

const SKIPPED_KEYS = new Set(['csv', 'csvWords']);
const MARK = (i: number) => String.fromCharCode(0xe000 + i);
const normalise = (s: string) => s.replace(/[\u00a0\u202f\s]+/g, ' ').trim();
const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;

/**
 * An argument that writes itself as a placeholder but counts as `n` (the catalogue's plurals ask
 * Intl.PluralRules, which reads it as a number), so a counted phrase is rendered in both forms.
 */
const placeholder = (i: number, n: number) => Object.assign(new String(MARK(i)), { valueOf: () => n });

/** The arguments of the catalogue functions that take something other than words: a route's places, a split's. */
const SHAPED: Record<string, (n: number) => unknown[]> = {
  route: () => [{ name: MARK(0), kind: 'city' }, [{ name: MARK(1), kind: 'city' }]],
  splitBetween: () => [[{ name: MARK(0), kind: 'city' }, { name: MARK(1), kind: 'city' }]],
};

/** The words of a catalogue value, in its singular and plural, with placeholders where its arguments go. */
function rendered(value: unknown, key = ''): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'function') return undefined;
  const args = (n: number) => SHAPED[key.split('.').pop()!]?.(n) ?? Array.from({ length: Math.max(value.length, 1) }, (_, i) => placeholder(i, n));
  const call = (n: number) => String((value as (...a: unknown[]) => unknown)(...args(n)));
  return `${call(1)}${MARK(0xff)}${call(2)}`;
}

/** Every English string of a catalogue that its French counterpart does not say, by key path. */
function englishOnly(en: unknown, fr: unknown, key = ''): Entry[] {
  if (en && typeof en === 'object') {
    return Object.entries(en).flatMap(([k, v]) => (SKIPPED_KEYS.has(k) ? [] : englishOnly(v, (fr as Record<string, unknown> | undefined)?.[k], key ? `${key}.${k}` : k)));
  }
  const english = rendered(en, key);
  if (english === undefined) return [];
  const french = normalise(rendered(fr, key) ?? '');
  return english
    .split(/[\ue000-\ue0ff]/)
    .map((part) => normalise(part).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((text) => letters(text) >= 4 && !french.includes(text))
    .map((text) => ({ key, text, phrase: text.includes(' ') }));
}

const CATALOGUE: Entry[] = [...englishOnly(SITE_STRINGS.en, SITE_STRINGS.fr, 'site'), ...englishOnly(chartStrings.en, chartStrings.fr, 'charts')].filter(
  (e, i, all) => all.findIndex((other) => other.text === e.text) === i,
);

/**
 * Attributes a reader sees or hears; data-* ones are the words the page's scripts show, except those
 * that hold a data file's own keys ("more than", "line", "narrow"), which are never shown.
 */
const READ_ATTRIBUTES = /^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|alt|placeholder|content|data-.+)$/;
const DATA_KEYS = new Set(['data-qualifier', 'data-value', 'data-chart', 'data-variant', 'data-gap', 'data-download', 'data-marker', 'data-annotation', 'data-chart-id']);

/** Whether the element, or one around it, says it is English (lang="en", "en-CA"). */
function markedEnglish(el: Element): boolean {
  for (let node: T.ParentNode | null = el; node && 'tagName' in node; node = node.parentNode) {
    if (/^en\b/i.test(attr(node, 'lang') ?? '')) return true;
  }
  return false;
}

/** What a reader of the page can meet: each element's own text, and its read attributes. */
function readable(page: string): { where: string; text: string }[] {
  const found: { where: string; text: string }[] = [];
  for (const el of elements(page)) {
    if (el.tagName === 'style' || (el.tagName === 'script' && attr(el, 'type') !== 'application/ld+json') || markedEnglish(el)) continue;
    const text = normalise(textOf(el));
    if (text) found.push({ where: `<${el.tagName}>`, text });
    for (const a of el.attrs) if (READ_ATTRIBUTES.test(a.name) && !DATA_KEYS.has(a.name) && a.value.trim()) found.push({ where: `<${el.tagName} ${a.name}>`, text: normalise(a.value) });
  }
  return found;
}

const frenchPages = builtPages().filter((p) => p.startsWith('/fr/'));

describe('a French page says nothing in English that the catalogues say in French', () => {
  test('the rule leaves enough English to search', () => {
    // The catalogues' own English, found by the rule: if these go, the rule has become too narrow.
    const texts = CATALOGUE.map((e) => e.text);
    expect(texts).toEqual(expect.arrayContaining(['Show the data', 'Download the data (CSV', 'Skip to content', 'min read', 'Topics', 'Chart', 'story', 'stories', 'Note on the chart']));
    expect(texts).not.toContain('Source');
    expect(frenchPages.length).toBeGreaterThan(10);
  });

  test.each(frenchPages)('%s', (page) => {
    const leaks = readable(page).flatMap(({ where, text }) =>
      CATALOGUE.filter((e) => (e.phrase ? text.includes(e.text) : text === e.text)).map((e) => `${where} says "${e.text}" (English ${e.key}): ${text.slice(0, 120)}`),
    );
    expect(leaks).toEqual([]);
  });
});
