/**
 * Every word the charts write that does not come from a data file: captions, table headers,
 * buttons and their names, the embed snippet, CSV headers and the sentences of the chart
 * descriptions. One entry per edition, typed so French must have every key English has. Anything
 * with a value in it is a function, so word order can differ between the languages.
 */
import { formatList, plural, type PluralForms } from './intl';
import { englishInSentence, frenchAfter, frenchInSentence, type RoutePlace } from './place-names';
import { countWord, NBSP, NUMBER_WORDS, reportInText, type Lang } from './lang';

type Text = (s: string) => string;

export type ChartStrings = {
  // The figure and its tools.
  downloadCsv: string;
  downloadSvg: string;
  downloadPng: string;
  downloadFailed: string;
  shareOrEmbed: string;
  shareChart: Text;
  embedHelp: string;
  /** "Chart: <title>": the share card's alt text, a feed's link to the chart. */
  chartNamed: Text;
  /** Small line above the title on a chart's share card. */
  cardKicker: string;
  /** The embed page's link back to its story: "From “title”, site". */
  fromStory: (title: string, site: string) => string;
  // The data table.
  showData: string;
  tableCaption: (title: string, units?: string) => string;
  /** Shown on a phone over a data table wider than the screen. */
  tableScrollHint: string;
  /** Heading of the chart's notes on how its figures were read, under its data table. */
  notesHeading: string;
  head: {
    month: string;
    figure: string;
    basis: string;
    value: Text;
    source: string;
    flow: string;
    route: string;
    date: string;
    event: string;
    /** The column of the English words quoted, in an edition that translates them; null where the source cell quotes them itself. */
    original: string | null;
  };
  noteOnChart: string;
  datedFrom: string;
  placesShown: string;
  noFigure: string;
  /** Said before the original English words of a quotation the chart text translates. */
  originalWords: string;
  // Words inside sentences.
  /** An amount with its units: "22 million N95 masks", "22 millions de masques". */
  amount: (amount: string, units: string) => string;
  /** Two days' span: "April 2 to 7, 2020", "du 2 au 7 avril 2020" (lib/charts/describe.ts writes each end). */
  dayRange: (from: string, to: string) => string;
  notReported: string;
  splitNotReported: Text;
  /** The same where the parts are a map's places, each named as a sentence names it: "split between Canada and Latin America not reported". */
  splitBetween: (places: readonly RoutePlace[]) => string;
  /** The same, where the destinations are named just beside it (a map's key, a share card's flow, the data table's row). */
  splitUnknown: string;
  /** "3M, in <report> (April 5, 2020)"; with no speaker (the report's own words), "<report> (April 5, 2020)". */
  attribution: (speaker: string | null, report: string, date: string) => string;
  /** How a value's `speaker` names unnamed reporting, before its date: "News report, April 5, 2020". */
  newsReport: string;
  /** "Source" or "Sources", for how many. */
  source: (count: number) => string;
  /** "(source: …)" read after a figure in the prose. */
  figureSource: Text;
  // The chart description (the SVG's <desc>).
  rose: (from: string, to: string) => string;
  fell: (from: string, to: string) => string;
  same: (from: string, to: string) => string;
  /** "22 million in January 2020" */
  valueIn: (value: string, when: string) => string;
  noValues: string;
  onlyOne: Text;
  wasNotReported: (names: string, count: number) => string;
  barChart: Text;
  lowerBounds: string;
  comparison: Text;
  timeline: (count: number, span: string) => string;
  /** `ends`: the two events shown are the first and the last (none marked "summary"). */
  condensed: (count: number, span: string, events: string, ends: boolean) => string;
  /** What a condensed timeline leaves out, in words: `around` counts the events before, between and after the two shown, or is undefined when they are the first and the last. */
  condensedNote: (count: number, around?: { before: number; between: number; after: number }) => string;
  seeFullTimeline: string;
  mapIntro: (places: number, locator: string) => string;
  /** An arrow's or crossing's ends in words, each name as a sentence gives it: "from the United States to Canada". */
  route: (from: RoutePlace, to: readonly RoutePlace[]) => string;
  crossing: (route: string, label: string) => string;
  arrow: (route: string, text: string) => string;
  arrowWidths: string;
  /** Credit for the base map, in its corner. */
  mapCredit: string;
  notes: (count: number) => string;
  shaded: string;
  shadedFrom: (from: string, to: string) => string;
  dashedAt: Text;
  /** Numbers' words: symbols on the chart ("22M"; null where the language spells thousands out), words in sentences ("22 million"), an unknown value, the qualifiers before a number. */
  numbers: {
    symbols: { thousand: string | null; million: string; billion: string };
    /** Whole numbers below ten on their own written as words in a sentence ("six"; "6 million" keeps its digit); empty where the edition keeps digits. */
    spelled: readonly string[];
    words: { million: PluralForms; billion: PluralForms };
    notReported: string;
    qualifiers: Record<'more than' | 'about', string>;
  };
  /** Column names of the CSV file, by the field they hold. */
  csv: Record<
    | 'date' | 'time' | 'label' | 'kind' | 'from' | 'to' | 'fromPlace' | 'toPlace' | 'basis' | 'value' | 'qualifier'
    | 'valueText' | 'units' | 'split' | 'note' | 'event' | 'dateQuote' | 'speaker' | 'quote' | 'source' | 'sourceDate',
    string
  >;
  /** How a qualifier or a value's kind is written in a CSV cell. */
  csvWords: Record<'more than' | 'about' | 'flow' | 'crossing', string>;
};

const en: ChartStrings = {
  downloadCsv: 'Download the data (CSV)',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  downloadFailed: 'Download failed',
  shareOrEmbed: 'Share or embed this chart',
  shareChart: (title) => `Share the chart: ${title}`,
  embedHelp: 'To embed the chart, copy this HTML into your page:',
  chartNamed: (title) => `Chart: ${title}`,
  cardKicker: 'Chart',
  fromStory: (title, site) => `From “${title}”, ${site}`,
  showData: 'Show the data',
  tableCaption: (title, units) => `Data for “${title}”${units ? ` (${units})` : ''}`,
  tableScrollHint: 'Scroll sideways to see every column →',
  notesHeading: 'How these figures were read',
  head: {
    month: 'Month',
    figure: 'Figure',
    basis: 'Basis',
    value: (units) => `Value (${units})`,
    source: 'Source',
    flow: 'Flow or crossing',
    route: 'From → to',
    date: 'Date',
    event: 'Event',
    original: null,
  },
  noteOnChart: 'Note on the chart:',
  datedFrom: 'Dated from the words',
  placesShown: 'Places shown',
  noFigure: 'No figure',
  originalWords: 'Original words:',
  amount: (amount, units) => `${amount} ${units}`,
  dayRange: (from, to) => `${from} to ${to}`,
  notReported: 'not reported',
  splitNotReported: (parts) => `${parts}: split not reported`,
  splitBetween: (places) => `split between ${formatList(places.map((p) => englishInSentence(p.name)), 'en')} not reported`,
  splitUnknown: 'split not reported',
  attribution: (speaker, report, date) => (speaker ? `${speaker}, in ${reportInText(report, 'en', true)} (${date})` : `${reportInText(report, 'en')} (${date})`),
  newsReport: 'News report',
  source: (count) => plural(count, { one: 'Source', other: 'Sources' }, 'en'),
  figureSource: (s) => ` (source: ${s})`,
  rose: (from, to) => `Rose from ${from} to ${to}`,
  fell: (from, to) => `Fell from ${from} to ${to}`,
  same: (from, to) => `Stayed the same, at ${from} and ${to}`,
  valueIn: (value, when) => `${value} in ${when}`,
  noValues: 'No values were reported',
  onlyOne: (s) => `Only one value was reported: ${s}`,
  wasNotReported: (names, count) => `${names} ${plural(count, { one: 'was', other: 'were' }, 'en')} not reported`,
  barChart: (units) => `Bar chart in ${units}.`,
  lowerBounds: ' Figures marked “more than” are lower bounds.',
  comparison: (units) => `Comparison on one scale, in ${units}.`,
  timeline: (count, span) => `Timeline of ${count} ${plural(count, { one: 'event', other: 'events' }, 'en')}, ${span}.`,
  condensed: (count, span, events, ends) => `Timeline of ${count} events, ${span}, shown by ${ends ? 'its first and last' : 'two of them'}: ${events}.`,
  condensedNote: (count, around) => {
    const w = (n: number) => countWord(n, 'en');
    if (!around) return `Showing the first and last of ${w(count)} events.`;
    // "two after" kept on one line: "after." alone at a line's start reads as a fragment.
    const parts = [[around.before, 'before them'], [around.between, 'between them'], [around.after, 'after']].filter(([n]) => n).map(([n, where]) => `${w(n as number)}${NBSP}${where}`);
    return `Showing two of ${w(count)} events: ${parts.join(', ')}.`;
  },
  seeFullTimeline: 'See the full timeline',
  // The inset's title is a title, quoted ("a smaller map of Where workers cross: …" read as one garbled phrase); CP puts the full stop inside.
  // Numbers under 10 in words, as the prose writes them: "Map of eight places".
  mapIntro: (places, locator) => `Map of ${countWord(places, 'en')} places, with an inset map, “${locator}.”`,
  // A place with its province or state closes the apposition with a comma: "from Windsor, Ontario, to Detroit".
  route: (from, to) => {
    const start = englishInSentence(from.name);
    return `from ${start}${/, [^,]+$/.test(start) ? ',' : ''} to ${formatList(to.map((p) => englishInSentence(p.name)), 'en')}`;
  },
  // A sentence with its verb, then the label as a sentence of its own, as in French: "An arrow
  // from …: Traditionally exported…" put a capital after a colon, which CP lowers.
  crossing: (route, label) => `A crossing leads ${route}. ${label}`,
  arrow: (route, text) => `An arrow points ${route}. ${text}`,
  arrowWidths: 'Arrow widths do not show amounts.',
  mapCredit: 'Map: Natural Earth',
  notes: (count) => `${plural(count, { one: 'Note', other: 'Notes' }, 'en')} on the chart:`,
  shaded: ' (shaded)',
  shadedFrom: (from, to) => ` (shaded from ${from} to ${to})`,
  dashedAt: (value) => ` (dashed line at ${value})`,
  numbers: {
    symbols: { thousand: 'K', million: 'M', billion: 'B' },
    // English news style spells out whole numbers below ten.
    spelled: NUMBER_WORDS.en,
    words: { million: { other: 'million' }, billion: { other: 'billion' } },
    notReported: 'Not reported',
    qualifiers: { 'more than': 'more than', about: 'about' },
  },
  csv: {
    date: 'date', time: 'time', label: 'label', kind: 'kind', from: 'from', to: 'to', fromPlace: 'from_place', toPlace: 'to_place',
    basis: 'basis', value: 'value', qualifier: 'qualifier', valueText: 'value_text', units: 'units', split: 'split_not_reported',
    note: 'note', event: 'event', dateQuote: 'date_quote', speaker: 'speaker', quote: 'quote', source: 'source', sourceDate: 'source_date',
  },
  csvWords: { 'more than': 'more than', about: 'about', flow: 'flow', crossing: 'crossing' },
};

const frWritten: ChartStrings = {
  downloadCsv: 'Télécharger les données (CSV)',
  downloadSvg: 'Télécharger en SVG',
  downloadPng: 'Télécharger en PNG',
  downloadFailed: 'Échec du téléchargement',
  shareOrEmbed: 'Partager ou intégrer ce graphique',
  shareChart: (title) => `Partager le graphique : ${title}`,
  embedHelp: 'Pour intégrer le graphique, copiez ce code HTML dans votre page :',
  chartNamed: (title) => `Graphique : ${title}`,
  cardKicker: 'Graphique',
  fromStory: (title, site) => `Tiré de « ${title} », ${site}`,
  showData: 'Afficher les données',
  tableCaption: (title, units) => `Données du graphique « ${title} »${units ? ` (${units})` : ''}`,
  tableScrollHint: 'Faites défiler vers la droite pour voir toutes les colonnes →',
  notesHeading: 'Comment ces chiffres ont été lus',
  head: {
    month: 'Mois',
    figure: 'Donnée',
    basis: 'Nature du chiffre',
    value: (units) => `Valeur (${units})`,
    source: 'Source',
    flow: 'Flux ou passage',
    route: 'De → à',
    date: 'Date',
    event: 'Événement',
    original: 'Citation originale (en anglais)',
  },
  noteOnChart: 'Note sur le graphique :',
  datedFrom: 'Date déduite de l’expression',
  placesShown: 'Lieux représentés',
  noFigure: 'Aucun chiffre',
  originalWords: 'Citation originale :',
  // "de" between "millions" and the units ("22 millions de masques", "6 millions d’unités"), not after a plain number ("950 masques").
  amount: (amount, units) => (/(million|milliard)s?$/.test(amount) ? `${amount} ${/^[aeiouyàâéèêîôh]/i.test(units) ? 'd’' : 'de '}${units}` : `${amount} ${units}`),
  dayRange: (from, to) => `du ${from} au ${to}`,
  notReported: 'non communiqué',
  splitNotReported: (parts) => `${parts} : répartition non communiquée`,
  splitBetween: (places) => `répartition entre ${formatList(places.map((p) => frenchInSentence(p.name, p.kind)), 'fr')} non communiquée`,
  splitUnknown: 'répartition non communiquée',
  attribution: (speaker, report, date) => (speaker ? `${speaker} (${reportInText(report, 'fr')}, ${date})` : `${reportInText(report, 'fr')} (${date})`),
  newsReport: 'Article de presse',
  source: (count) => plural(count, { one: 'Source', other: 'Sources' }, 'fr'),
  figureSource: (s) => ` (source : ${s})`,
  rose: (from, to) => `Hausse de ${from} à ${to}`,
  fell: (from, to) => `Baisse de ${from} à ${to}`,
  same: (from, to) => `Stable, à ${from} et à ${to}`,
  valueIn: (value, when) => `${value} en ${when}`,
  noValues: 'Aucune valeur n’a été communiquée',
  onlyOne: (s) => `Une seule valeur a été communiquée : ${s}`,
  wasNotReported: (names, count) => `${names} : ${plural(count, { one: 'non communiqué', other: 'non communiqués' }, 'fr')}`,
  barChart: (units) => `Graphique à barres (unité : ${units}).`,
  lowerBounds: ' Les chiffres précédés de « plus de » sont des minimums.',
  comparison: (units) => `Comparaison sur une même échelle (unité : ${units}).`,
  timeline: (count, span) => `Chronologie de ${count} ${plural(count, { one: 'événement', other: 'événements' }, 'fr')}, ${span}.`,
  condensed: (count, span, events, ends) => `Chronologie de ${count} événements, ${span}, résumée par ${ends ? 'le premier et le dernier' : 'deux d’entre eux'}. ${events}.`,
  condensedNote: (count, around) => {
    const w = (n: number) => countWord(n, 'fr');
    if (!around) return `Seuls le premier et le dernier des ${w(count)} événements sont présentés.`;
    const parts = [[around.before, 'avant'], [around.between, 'entre les deux'], [around.after, 'après']].filter(([n]) => n).map(([n, where]) => `${w(n as number)}${NBSP}${where}`);
    return `Seuls deux des ${w(count)} événements sont présentés\u00a0: ${parts.join(', ')}.`;
  },
  seeFullTimeline: 'Voir la chronologie complète',
  mapIntro: (places, locator) => `Carte montrant ${countWord(places, 'fr')} lieux, avec une carte en médaillon, « ${locator} ».`,
  // « des États-Unis au Canada et à l’Amérique latine »: each name with its article, contracted.
  route: (from, to) => `${frenchAfter('de', frenchInSentence(from.name, from.kind))} ${formatList(to.map((p) => frenchAfter('à', frenchInSentence(p.name, p.kind))), 'fr')}`,
  // A sentence with its verb, then a full stop, not a colon, before the label: the label is written
  // to stand alone, capitalised (« Des infirmières… », « Exportés… »), and French lowers the case after a colon.
  crossing: (route, label) => `Un passage mène ${route}. ${label}`,
  arrow: (route, text) => `Une flèche va ${route}. ${text}`,
  arrowWidths: 'L’épaisseur des flèches ne représente pas les quantités.',
  mapCredit: 'Carte : Natural Earth',
  // A sentence of its own: each note is « date : texte », and a colon before it made three in one sentence.
  notes: (count) => `${plural(count, { one: 'Note', other: 'Notes' }, 'fr')} sur le graphique.`,
  shaded: ' (zone ombrée)',
  shadedFrom: (from, to) => ` (zone ombrée de ${from} à ${to})`,
  dashedAt: (value) => ` (ligne pointillée à ${value})`,
  numbers: {
    // "G" (milliard), as Canadian finance pages write it; thousands are spelled out in full ("15 000"): "k" reads as slang.
    symbols: { thousand: null, million: 'M', billion: 'G' },
    // French newsrooms keep digits before "millions": "environ 6 millions".
    spelled: [],
    words: { million: { one: 'million', other: 'millions' }, billion: { one: 'milliard', other: 'milliards' } },
    notReported: 'Non communiqué',
    qualifiers: { 'more than': 'plus de', about: 'environ' },
  },
  csv: {
    date: 'date', time: 'moment', label: 'libelle', kind: 'type', from: 'de', to: 'vers', fromPlace: 'lieu_depart', toPlace: 'lieu_arrivee',
    basis: 'nature_du_chiffre', value: 'valeur', qualifier: 'precision', valueText: 'valeur_texte', units: 'unites', split: 'repartition_non_communiquee',
    note: 'note', event: 'evenement', dateQuote: 'indication_de_date_en_anglais', speaker: 'auteur', quote: 'citation_originale_en_anglais',
    source: 'source', sourceDate: 'date_source',
  },
  csvWords: { 'more than': 'plus de', about: 'environ', flow: 'flux', crossing: 'passage' },
};

/**
 * French typography as our French stories have it (EDITORS.md): a no-break space before : ; ! ?
 * and inside « ». The catalogue and the French data files are written with plain spaces, or none,
 * for legibility; this puts the no-break ones in, so a line never starts with ":" or "»". A colon
 * inside a word or an address ("10:30", "https://") is left alone.
 */
export const frenchSpacing = (s: string): string =>
  s.replace(/(?<=\S)[ \u00a0]?([:;!?»])(?=[\s\u00a0.,)»]|$)/g, `${NBSP}$1`).replace(/«[ \u00a0]?/g, `«${NBSP}`);

/**
 * Text in the edition's typography: French spacing in French; in English, a full stop or comma
 * after a closing double quote goes inside it, as CP puts it ("calls the move “shenanigans.”"),
 * where a label that ends on a quotation meets the full stop a sentence adds.
 */
export const typeset = (s: string, lang: Lang): string => (lang === 'fr' ? frenchSpacing(s) : s.replace(/”([.,])/g, '$1”'));

function spaced<T>(value: T): T {
  if (typeof value === 'string') return frenchSpacing(value) as T;
  if (typeof value === 'function') return ((...args: unknown[]) => spaced(value(...args))) as T;
  if (Array.isArray(value)) return value.map(spaced) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, spaced(v)])) as T;
  return value;
}

const fr = spaced(frWritten);

export const chartStrings = { en, fr } satisfies Record<Lang, ChartStrings>;

/** The chart strings of an edition. */
export const chartText = (lang: Lang): ChartStrings => chartStrings[lang];
