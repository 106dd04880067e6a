// A map's place names inside a sentence: "from the United States", « des États-Unis au Canada ».
// The data files give a place's name as its label prints it ("United States", « États-Unis »); a
// sentence adds what the language puts before a name. The lists are of names that break the
// general rule, as a style guide lists them; a name not on them gets the rule.

/** The kinds of place a map shows (lib/data/schema.ts's PLACE_KINDS). */
type PlaceKind = 'country' | 'region' | 'city' | 'water';

/** A place at one end of an arrow or crossing. */
export type RoutePlace = { name: string; kind: PlaceKind };

/** English: the names that take "the" in a sentence. */
const ENGLISH_THE =
  /^(?:United |(?:Czech|Dominican|Central African) Republic$|Republic of |Democratic Republic)|^(?:Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|(?:Solomon|Marshall|Cayman|Falkland) Islands)$/;

/** "the United States", "Canada", "Windsor, Ontario". */
export const englishInSentence = (name: string): string => (ENGLISH_THE.test(name) ? `the ${name}` : name);

// French: a country or region takes le, la, l’ or les; a city none (one whose name has its article,
// Le Caire, carries it). Most names ending in -e are feminine.
const FR_NONE = /^(?:Cuba|Haïti|Madagascar|Malte|Chypre|Taïwan|Singapour|Israël|Monaco|Bahreïn|Oman|Hong Kong|Porto Rico|Djibouti|Maurice|Terre-Neuve)\b/;
const FR_PLURAL = /^(?:États-Unis|Pays-Bas|Philippines|Émirats|Comores|Maldives|Seychelles|Bahamas|Fidji|Îles|Antilles|Territoires)\b/;
const FR_MASCULINE_E = /^(?:Mexique|Cambodge|Mozambique|Zimbabwe|Belize|Suriname|Zaïre|Maine|Royaume-Uni)\b/;
const FR_FEMININE = /^(?:Saskatchewan)\b/;
const FR_VOWEL = /^[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜaeiouyàâäéèêëîïôöùûü]/;
// A body of water named by its kind: « Lac Érié » is « le lac Érié » in a sentence.
const FR_WATER: Record<string, 'le' | 'la'> = { Lac: 'le', Fleuve: 'le', Océan: 'le', Golfe: 'le', Détroit: 'le', Rivière: 'la', Mer: 'la', Baie: 'la' };

/** The singular article before a French name, elided before a vowel: « la Chine », « l’Amérique latine ». */
function withArticle(article: 'le' | 'la', name: string): string {
  return FR_VOWEL.test(name) ? `l’${name}` : `${article} ${name}`;
}

/** « la Chine », « les États-Unis », « l’Amérique latine », « le lac Érié », « Windsor (Ontario) ». */
export function frenchInSentence(name: string, kind: PlaceKind): string {
  // Typeset names carry a no-break hyphen (« États‑Unis »): the lists are written with plain ones.
  const plain = name.replaceAll('\u2011', '-');
  const own = /^(Le|La|Les) (.*)$|^L[’'](.*)$/.exec(name);
  if (own) return own[1] ? `${own[1].toLowerCase()} ${own[2]}` : `l’${own[3]}`;
  if (kind === 'city') return name;
  if (kind === 'water') {
    const head = /^(\p{L}+) (.+)$/u.exec(name);
    const article = head && FR_WATER[head[1]];
    return article ? withArticle(article, `${head[1].toLowerCase()} ${head[2]}`) : name;
  }
  if (FR_NONE.test(plain)) return name;
  if (FR_PLURAL.test(plain)) return `les ${name}`;
  const first = plain.split(/[ -]/)[0];
  const feminine = FR_FEMININE.test(plain) || (first.endsWith('e') && !FR_MASCULINE_E.test(plain));
  return withArticle(feminine ? 'la' : 'le', name);
}

/** « de » or « à » before a name as frenchInSentence gives it, contracted: du, des, d’, au, aux. */
export function frenchAfter(preposition: 'de' | 'à', phrase: string): string {
  if (phrase.startsWith('le ')) return `${preposition === 'de' ? 'du' : 'au'} ${phrase.slice(3)}`;
  if (phrase.startsWith('les ')) return `${preposition === 'de' ? 'des' : 'aux'} ${phrase.slice(4)}`;
  if (preposition === 'de' && FR_VOWEL.test(phrase)) return `d’${phrase}`;
  return `${preposition} ${phrase}`;
}
