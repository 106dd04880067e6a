/**
 * The site's two editions. Each has the BCP 47 tag its pages, feeds and formatting use. No edition
 * is a default: everything that writes words for a reader is told which one (TypeScript sees to it).
 */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** The other edition: where a page's language switch and alternates lead. */
export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');

/** Language tags for `<html lang>`, hreflang, og:locale (with "_") and Intl. */
export const LOCALE: Record<Lang, 'en-CA' | 'fr-CA'> = { en: 'en-CA', fr: 'fr-CA' };

/** ": " before what follows a label; French puts a no-break space before the colon. */
export const colon = (lang: Lang) => (lang === 'fr' ? '\u00a0: ' : ': ');

/** A non-breaking space: French puts one between a number and its unit or "%", and groups digits with it. */
export const NBSP = '\u00a0';

/** Zero to nine in words, in each edition. */
export const NUMBER_WORDS: Record<Lang, readonly string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
};
/** A count in prose, as both editions' news style writes it: one to nine in words, 10 and up in figures. */
export const countWord = (n: number, lang: Lang): string => NUMBER_WORDS[lang][n] ?? String(n);
/** The same at the start of a sentence. */
export const CountWord = (n: number, lang: Lang): string => countWord(n, lang).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
