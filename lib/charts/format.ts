/** Number and month formatting shared by the charts, tables, CSV and descriptions; days are written by formatDate in lib/format.ts. */
import { format, utcFormat } from 'd3';
import type { Qualifier } from '@/lib/data/schema';

const trim3 = format('.3~g');
const grouped = format(',');

/** Parses "YYYY-MM" or "YYYY-MM-DD" as a UTC date (the first of the month when no day is given). */
export function parseDate(s: string): Date {
  const [y, m, d = 1] = s.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** True when the date string names a whole month ("YYYY-MM"). */
export const isMonth = (s: string): boolean => /^\d{4}-\d{2}$/.test(s);

/** Short number for labels on the chart: 22000000 → "22M", 1500 → "1.5K", 950 → "950". */
export function formatCompact(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e9) return `${trim3(v / 1e9)}B`;
  if (a >= 1e6) return `${trim3(v / 1e6)}M`;
  if (a >= 1e4) return `${trim3(v / 1e3)}K`;
  return grouped(v);
}

/** Number in words for sentences: 22000000 → "22 million", 950 → "950". */
export function formatFull(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e9) return `${trim3(v / 1e9)} billion`;
  if (a >= 1e6) return `${trim3(v / 1e6)} million`;
  return grouped(v);
}

/** Text shown for an unknown value. */
export const NOT_REPORTED = 'Not reported';

/** Label on the chart: "22M", "230M+" (more than), "about 6M"; null → "Not reported". */
export function formatValueCompact(v: number | null, q?: Qualifier): string {
  if (v === null) return NOT_REPORTED;
  const n = formatCompact(v);
  if (q === 'more than') return `${n}+`;
  if (q === 'about') return `about ${n}`;
  return n;
}

/** Value in words: "22 million", "more than 230 million", "about 6 million"; null → "Not reported". */
export function formatValueFull(v: number | null, q?: Qualifier): string {
  if (v === null) return NOT_REPORTED;
  const n = formatFull(v);
  return q ? `${q} ${n}` : n;
}

const monthName = utcFormat('%B');
const monthShort = utcFormat('%b');
const year = utcFormat('%Y');

/** "January" */
export const formatMonthName = (d: Date): string => monthName(d);
/** "Jan" */
export const formatMonthShort = (d: Date): string => monthShort(d);
/** "2020" */
export const formatYear = (d: Date): string => year(d);

/** "A, B and C" */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
