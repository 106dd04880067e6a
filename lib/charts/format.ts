/**
 * Number and month formatting shared by the charts, tables, CSV and descriptions, in either
 * edition; dates, months and lists are written by lib/i18n/intl.ts. English is the house style as before
 * ("22M", "about 6 million"); French follows Canadian French usage: a comma for decimals, a
 * non-breaking space before a unit symbol and between digit groups ("35 M", "1 500"), "millions"
 * in the plural from two ("1,5 million", "22 millions").
 */
import { format } from 'd3-format';
import type { Qualifier } from '@/lib/data/schema';
import { chartText } from '@/lib/i18n/charts';
import { plural } from '@/lib/i18n/intl';
import { LOCALE, NBSP, type Lang } from '@/lib/i18n/lang';

const trim3 = format('.3~g');
const grouped = format(',');

/** "1.5" → "1,5" in French; at most three significant digits, as on the English labels. */
const short = (v: number, lang: Lang) => (lang === 'fr' ? trim3(v).replace('.', ',') : trim3(v));
/** Whole numbers grouped by thousands: "1,500" / "1 500". */
const groupedIn = (v: number, lang: Lang) =>
  lang === 'fr' ? new Intl.NumberFormat(LOCALE.fr, { maximumFractionDigits: 3 }).format(v).replace(/[\u202f ]/g, NBSP) : grouped(v);

/** Parses "YYYY-MM" or "YYYY-MM-DD" as a UTC date (the first of the month when no day is given). */
export function parseDate(s: string): Date {
  const [y, m, d = 1] = s.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** True when the date string names a whole month ("YYYY-MM"). */
export const isMonth = (s: string): boolean => /^\d{4}-\d{2}$/.test(s);

/**
 * Short number for labels on the chart: 22000000 → "22M", 15000 → "15K", 950 → "950". French
 * writes "22 M" and "1,2 G" (milliard, as Canadian finance pages do) but spells thousands out in
 * full ("15 000"): "k" reads as slang there.
 */
export function formatCompact(v: number, lang: Lang): string {
  const a = Math.abs(v);
  const { symbols } = chartText(lang).numbers;
  const sep = lang === 'fr' ? NBSP : '';
  if (a >= 1e9) return `${short(v / 1e9, lang)}${sep}${symbols.billion}`;
  if (a >= 1e6) return `${short(v / 1e6, lang)}${sep}${symbols.million}`;
  if (a >= 1e4 && symbols.thousand) return `${short(v / 1e3, lang)}${sep}${symbols.thousand}`;
  return groupedIn(v, lang);
}

/** Number in words for sentences: 22000000 → "22 million" ("22 millions": French takes the plural from two on), 950 → "950". */
export function formatFull(v: number, lang: Lang): string {
  const a = Math.abs(v);
  const { words } = chartText(lang).numbers;
  const space = lang === 'fr' ? NBSP : ' ';
  if (a >= 1e9) return `${short(v / 1e9, lang)}${space}${plural(Math.abs(v / 1e9), words.billion, lang)}`;
  if (a >= 1e6) return `${short(v / 1e6, lang)}${space}${plural(Math.abs(v / 1e6), words.million, lang)}`;
  return groupedIn(v, lang);
}

/** Label on the chart: "22M", "230M+" (more than), "about 6M"; in French "22 M", "plus de 230 M", "environ 6 M"; null → "Not reported". */
export function formatValueCompact(v: number | null, q: Qualifier | undefined, lang: Lang): string {
  const t = chartText(lang).numbers;
  if (v === null) return t.notReported;
  const n = formatCompact(v, lang);
  if (q === 'more than' && lang === 'en') return `${n}+`;
  return q ? `${t.qualifiers[q]} ${n}` : n;
}

/** Value in words: "22 million", "more than 230 million", "about 6 million" (French: "environ 6 millions"); null → "Not reported". */
export function formatValueFull(v: number | null, q: Qualifier | undefined, lang: Lang): string {
  const t = chartText(lang).numbers;
  if (v === null) return t.notReported;
  const n = formatFull(v, lang);
  return q ? `${t.qualifiers[q]} ${n}` : n;
}

/** A share: "12%" / "12 %". */
export function formatPercent(fraction: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 1 }).format(fraction).replace(/[\u202f ]/g, NBSP);
}

/**
 * An amount followed by its basis, as a reader says it: a rate reads straight on ("about 6 million
 * masks a month", « 6 millions de masques par mois »: a comma before "per month" read as an
 * afterthought); any other basis ("one quantity, not per month") stays apart after a comma.
 */
export function withBasis(amount: string, basis: string | undefined, lang: Lang): string {
  if (!basis) return amount;
  if (lang === 'en' && /^per /.test(basis)) return `${amount} ${basis.replace(/^per /, 'a ')}`;
  if (lang === 'fr' && /^par /.test(basis)) return `${amount} ${basis}`;
  return `${amount}, ${basis}`;
}
