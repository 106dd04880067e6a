/**
 * The site's two editions. Each has the BCP 47 tag its pages, feeds and formatting use. No edition
 * is a default: everything that writes words for a reader is told which one (TypeScript sees to it).
 */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** French stories and French chart words sit in this folder inside the stories and data folders; everything else there is English. */
export const FRENCH_DIR = 'fr';

/** The edition of a story or data file, by its folder: "stories/fr/x.mdx" and "data/fr/x.json" are French. */
export const langOfFile = (file: string): Lang => (file.split('/').slice(-2, -1)[0] === FRENCH_DIR ? 'fr' : 'en');

/** The other edition: where a page's language switch and alternates lead. */
export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');

/** Language tags for `<html lang>`, hreflang, og:locale (with "_") and Intl. */
export const LOCALE: Record<Lang, 'en-CA' | 'fr-CA'> = { en: 'en-CA', fr: 'fr-CA' };

/** ": " before what follows a label; French puts a no-break space before the colon. */
export const colon = (lang: Lang) => (lang === 'fr' ? '\u00a0: ' : ': ');

/**
 * French words that start a sentence but never a name by themselves: articles, pronouns,
 * prepositions. After a colon French writes them in lower case (OQLF: « : des infirmières »), where
 * English, and a French label standing alone, capitalise.
 */
const FRENCH_LOWER_AFTER_COLON = new Set(
  ('le la les l un une des du de d ce cet cette ces son sa ses leur leurs notre nos il elle ils elles on ' +
    'selon en au aux à dans pour par sur avec sans après avant depuis lors pendant chaque plusieurs quelques tous toutes aucun aucune').split(' '),
);

/** Articles, which a title may begin with: « La Presse », « Le Devoir ». */
const FRENCH_ARTICLES = new Set(['le', 'la', 'les', 'l']);

/**
 * A label as it reads after a colon: in French, its first word in lower case when that word is an
 * article, pronoun or preposition ("Des infirmières…", "L’article…", "Selon Freeland…", "À Rideau
 * Cottage…"), unless it is an article before a capitalised word, as in a title ("La Presse", "Le
 * Devoir") or a country ("Le Canada", left as written).
 */
export function afterColon(text: string, lang: Lang): string {
  if (lang !== 'fr') return text;
  const m = /^(\p{Lu}\p{Ll}*)(?:[’']|\s+)(\S?)/u.exec(text);
  if (!m) return text;
  const word = m[1].toLowerCase();
  if (!FRENCH_LOWER_AFTER_COLON.has(word) || (FRENCH_ARTICLES.has(word) && /\p{Lu}/u.test(m[2]))) return text;
  return text[0].toLowerCase() + text.slice(1);
}

/** The kinds of report a source's name may start with: common nouns, lower case inside a sentence. */
const REPORT_KINDS: Record<Lang, RegExp> = {
  en: /^(?:News|Report|Press|Article|Statement|Release|Interview|Transcript|Broadcast|Dispatch|Video)\b/,
  fr: /^(?:Article|Dépêche|Communiqué|Reportage|Entrevue|Déclaration|Transcription|Émission|Vidéo)\b/,
};

/**
 * A source's name inside a sentence ("Source: news report that…", « (dépêche d’Ottawa où…, 7 avril
 * 2020) »): listed on its own it is capitalised, but its first word is a common noun, lowered in
 * running text. `article`: English puts "a" before it after "in" ("in a news report from Ottawa").
 * A name that starts with a name ("3M press release", "La Presse") is left as written.
 */
export function reportInText(name: string, lang: Lang, article = false): string {
  if (!REPORT_KINDS[lang].test(name)) return name;
  const lowered = name[0].toLowerCase() + name.slice(1);
  return article && lang === 'en' ? `${/^[aeiou]/.test(lowered) ? 'an' : 'a'} ${lowered}` : lowered;
}

/** A label after another and a colon: "Monday, April 6, 2020: A shipment…", « lundi 6 avril 2020 : une cargaison… ». */
export const labelled = (head: string, text: string, lang: Lang) => `${head}${colon(lang)}${afterColon(text, lang)}`;

/** The same text at the start of a sentence: « Mardi 7 avril 2020 » (French writes days and months in lower case). */
export const sentenceStart = (text: string) => text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

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
export const CountWord = (n: number, lang: Lang): string => sentenceStart(countWord(n, lang));
