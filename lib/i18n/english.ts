import { NBSP } from './lang';
import { NB_HYPHEN } from './french';

/**
 * A short code or abbreviation of capitals (and digits) joined by a hyphen to the next word: US-made,
 * N95-type, US-Canada, COVID-19. A line broken inside one ("US-" / "made") reads as two words.
 * Lower-case compounds (well-known, Minnesota-based) may still break, as in print.
 */
const CODE_COMPOUND = /(?<![\p{L}\p{N}\u2011-])(\p{Lu}[\p{Lu}\p{N}]+)-(?=[\p{L}\p{N}])/gu;

/** A number and the word that scales it ("6 million", "1.5 billion", "six million"): "about 6 / million" reads as two amounts. */
const SCALED = /(?<![\p{L}\p{N}])(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten) (?=(?:million|billion|trillion)(?!\p{L}))/giu;

/**
 * An English reader's text on the page with no break inside a code's compound (U+2011), nor between
 * a number and its "million" (a no-break space). Running it twice changes nothing.
 */
export const englishNoBreaks = (s: string): string => s.replace(CODE_COMPOUND, `$1${NB_HYPHEN}`).replace(SCALED, `$1${NBSP}`);
