import { NBSP } from './lang';

/** The non-breaking hyphen: a hyphen a line never breaks at. */
export const NB_HYPHEN = '\u2011';

const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
/** A word that starts with a capital and holds hyphens: a name or a code (Île-du-Prince-Édouard, COVID-19). */
const HYPHENATED_NAME = /\p{Lu}[\p{L}\p{M}\d]*(?:-[\p{L}\p{M}\d]+)+/gu;
const DAY_MONTH = new RegExp(`(\\d|1er) (?=(?:${MONTHS})(?![\\p{L}]))`, 'gu');
const MONTH_YEAR = new RegExp(`(?<![\\p{L}])((?:${MONTHS})) (?=\\d{4}(?!\\d))`, 'giu');
/** A number and the word that scales it (« 6 millions », « 1,5 milliard »). */
const SCALED = /(?<![\p{L}\p{N}])(\d[\d,]*) (?=(?:millions?|milliards?)(?!\p{L}))/gu;
/** « M. », « MM. », « Mme », « Mmes » before a name: the title never ends a line (« à M. / Trump »). */
const COURTESY = /(?<![\p{L}\p{N}])(M\.|MM\.|Mmes?) (?=\p{Lu})/gu;

/**
 * What a French reader's line must not break inside, for text on the page only (never a data
 * download or a check): a hyphen inside a word that starts with a capital, a name or a code
 * (États‑Unis, COVID‑19, Île‑du‑Prince‑Édouard), becomes U+2011, and a month keeps its day and
 * its year ("5 avril", "janvier 2020"), a number its « millions », and « M. » or « Mme » its
 * name, with no-break spaces. A hyphen between lower-case words (vice-première) may still break,
 * as in print. Running it twice changes nothing.
 */
export const frenchNoBreaks = (s: string): string =>
  frenchSpacing(s.replace(HYPHENATED_NAME, (name) => name.replaceAll('-', NB_HYPHEN)).replace(DAY_MONTH, `$1${NBSP}`).replace(MONTH_YEAR, `$1${NBSP}`).replace(SCALED, `$1${NBSP}`).replace(COURTESY, `$1${NBSP}`));

/**
 * The house's French spacing, so an editor types ordinary spaces: the space before : ; ! ? and »,
 * and after «, becomes a no-break space (a line never starts with the mark). Only a space that is
 * there: "http://" and "3:00" are left alone, as is a mark with no space before it.
 */
const frenchSpacing = (s: string): string => s.replace(/ (?=[:;!?»])/g, NBSP).replace(/« /g, `«${NBSP}`);
