import { NBSP } from './lang';

/** The non-breaking hyphen: a hyphen a line never breaks at. */
export const NB_HYPHEN = '\u2011';

const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const NAME_HYPHEN = /(\p{Lu}[\p{L}\p{M}]*)-(?=[\p{Lu}\d])/gu;
const DAY_MONTH = new RegExp(`(\\d|1er) (?=(?:${MONTHS})(?![\\p{L}]))`, 'gu');
const MONTH_YEAR = new RegExp(`(?<![\\p{L}])((?:${MONTHS})) (?=\\d{4}(?!\\d))`, 'giu');

/**
 * What a French reader's line must not break inside, for text on the page only (never a data
 * download or a check): a hyphen inside a proper name or a code (États‑Unis, COVID‑19,
 * Sainte‑Claire) becomes U+2011, and a month keeps its day and its year ("5 avril", "janvier 2020")
 * with no-break spaces. A hyphen between lower-case words (vice-première) may still break, as in
 * print. Running it twice changes nothing.
 */
export const frenchNoBreaks = (s: string): string => s.replace(NAME_HYPHEN, `$1${NB_HYPHEN}`).replace(DAY_MONTH, `$1${NBSP}`).replace(MONTH_YEAR, `$1${NBSP}`);
