/**
 * Charts in French, from fixtures (tests/fixtures/charts-fr): what a French reader sees on the
 * chart, in its table, its CSV and its embed code, and the error an editor gets for each mistake
 * in a French chart text file. Expected strings are written out by hand, with their non-breaking
 * spaces (U+00A0), never produced by the code under test.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartFigure } from '@/components/charts/ChartFigure';
import { ChartPicture } from '@/components/charts/ChartPicture';
import { thumbnailDataset } from '@/lib/charts/condense';
import { ChartSvg } from '@/components/charts/ChartSvg';
import { DataTable } from '@/components/charts/DataTable';
import { FigureText } from '@/components/charts/FigureText';
import { embedCode } from '@/components/charts/EmbedSnippet';
import { describe as describeChart, daySpan, markText } from '@/lib/charts/describe';
import { figureValues } from '@/lib/charts/figures';
import { layoutChart, layoutTexts } from '@/lib/charts/layout';
import { NARROW, WIDE } from '@/lib/charts/variants';
import { datasetToCsv } from '@/lib/charts/csv';
import { chartStrings, chartText } from '@/lib/i18n/charts';
import { frenchAfter, frenchInSentence, type RoutePlace } from '@/lib/i18n/place-names';
import { getDataset } from '@/lib/data/datasets';
import { ContentError } from '@/lib/problems';
import { annotationsOf } from '@/lib/data/schema';
import { quotedIn } from '@/lib/data/translation';
import { afterColon } from '@/lib/i18n/lang';
import { FRENCH_DIR, messagesOf } from './helpers';

const NB = '\u00a0';
const fr = (id: string) => getDataset(id, FRENCH_DIR, 'fr');
const en = (id: string) => getDataset(id, FRENCH_DIR, 'en');
const texts = (id: string) => layoutTexts(layoutChart(fr(id), NARROW, 'fr')).map((t) => t.text);

describe('a French chart on the page', () => {
  it('writes the value axis "16 M", not "16M"', () => {
    // The top tick carries the units when they fit.
    expect(texts('annotated-line')).toContain(`0`);
    expect(texts('annotated-line').some((t) => t.startsWith(`16${NB}M`) || t.startsWith(`15${NB}M`))).toBe(true);
    expect(texts('annotated-line').some((t) => /\dM/.test(t))).toBe(false);
  });

  it('names the months in French on the time axis and says a missing month was not reported', () => {
    const t = texts('annotated-line');
    expect(t).toEqual(expect.arrayContaining(['janv.', 'avr.']));
    expect(t.join(' ')).toContain(`févr.${NB}: non communiqué`);
  });

  it('labels a bar "plus de 120 M" and an unknown one "Non communiqué"', () => {
    const t = texts('fixture-column');
    expect(t.some((x) => x === `plus de 120${NB}M` || x === `plus de 120${NB}M gadgets`)).toBe(true);
    expect(t).toContain('Non communiqué');
  });

  it('dates a timeline event on the first of the month "1er"', () => {
    expect(texts('first-of-month-timeline')).toContain('mar. 1er juin');
    expect(daySpan('2021-06-01', '2021-06-04', 'fr')).toBe('du 1er au 4 juin 2021');
  });

  it('writes the map amount in words, "millions de gadgets", a rate joined without a comma (« par mois »), and the split not reported', () => {
    const t = layoutTexts(layoutChart(fr('fixture-map'), WIDE, 'fr')).map((x) => x.text).join(' ');
    expect(t).toContain(`Environ 5${NB}millions de gadgets par mois, d’habitude`);
    expect(t).toContain(`8${NB}millions de gadgets, une seule quantité, pas par mois`);
    expect(t).toContain('Sudland');
    // In the key, under the label that names the destinations: the split alone.
    expect(t).toContain(`Répartition non communiquée`);
    expect(t).not.toContain('Nordland et Sudland :');
    expect(t).toContain(`Carte${NB}: Natural Earth`);
  });

  it('describes the chart in French for screen readers', () => {
    const svg = renderToStaticMarkup(<ChartSvg dataset={fr('annotated-line')} variant={NARROW} lang="fr" />);
    expect(svg).toContain(`<title id="annotated-line-narrow-title">La production est passée de 10 millions en janvier à 16 millions en avril</title>`);
    expect(svg).toContain(`Hausse de 10${NB}millions en janvier à environ 16${NB}millions en avril 2021${NB}; février${NB}: non communiqué.`);
    expect(svg).toContain(`aria-label="Janvier 2021${NB}: 10${NB}millions de gadgets par mois. Source${NB}: Fixture Co (article de référence, 15 juin 2021)."`);
  });

  it('shows the translated quotation marked [traduction] on the chart', () => {
    const svg = renderToStaticMarkup(<ChartSvg dataset={fr('annotated-line')} variant={WIDE} lang="fr" />);
    expect(svg).toContain('[traduction]');
    expect(svg).not.toContain('every extra widget');
  });
});

/** Every string of a catalogue entry, functions called with sample arguments. */
const strings = (node: unknown, key = ''): string[] =>
  typeof node === 'string'
    ? [node]
    : typeof node === 'function'
      ? strings(key === 'route' ? node({ name: 'x', kind: 'country' }, [{ name: 'y', kind: 'city' }]) : key === 'splitBetween' ? node([{ name: 'x', kind: 'country' }, { name: 'y', kind: 'region' }]) : node('x', 'y', 'z'))
      : node && typeof node === 'object'
        ? Object.entries(node).flatMap(([k, v]) => strings(v, k))
        : [];

describe('French typography, as the French stories write it', () => {
  // A no-break space before : ; ! ? and inside « », never a plain space or none (the site catalogue's rule).
  const wrong = / [:;!?»]|« |[^\s\u00a0][;!?]|[^\s\u00a0]:(?!\/\/)|«[^\u00a0]|[^\u00a0]»/;

  it('in every string of the chart catalogue', () => {
    for (const text of strings(chartStrings.fr)) expect(text).not.toMatch(wrong);
    expect(chartStrings.fr.shareChart('Titre')).toBe(`Partager le graphique${NB}: Titre`);
  });

  it('in a French data file written with plain spaces, or none', () => {
    const ds = fr('annotated-line');
    expect(ds.sourceLine).toBe(`Source${NB}: Fixture Co, selon un article du 15 juin 2021`);
    expect(annotationsOf(ds)[1].text).toBe(`Aucun chiffre pour février${NB}: l’article le saute`);
    for (const text of [ds.title, ds.sourceLine, ...ds.notes, ...annotationsOf(ds).map((a) => a.text)]) expect(text).not.toMatch(wrong);
  });
});

describe('the French data table', () => {
  const table = renderToStaticMarkup(<DataTable dataset={fr('annotated-line')} lang="fr" />);

  it('has French headers, with the original English quotation in a column of its own', () => {
    expect(table).toContain('<summary>Afficher les données</summary>');
    const head = [...table.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(head).toEqual(['Mois', 'Valeur (gadgets par mois)', 'Source', 'Citation originale (en anglais)']);
    expect(table).toContain(`<td class="chart-table-source">Fixture Co, <cite>Article de référence, 15${NB}juin${NB}2021</cite></td><td class="chart-table-source"><q lang="en">about 16 million in April</q></td>`);
  });

  it('gives a quoting annotation our translation, marked, with the English words marked as English', () => {
    expect(table).toContain(`Note sur le graphique${NB}: Fixture Co${NB}: «${NB}chaque gadget de plus est resté au pays${NB}» [traduction] (Citation originale${NB}: <q lang="en">every extra widget stayed at home</q>)`);
  });

  it('writes values in words, "environ 16 millions", and dates "15 juin 2021"', () => {
    expect(table).toContain(`environ 16${NB}millions`);
    // On the page, a French date never breaks between its day, month and year.
    expect(table).toContain(`15${NB}juin${NB}2021`);
  });

  it('keeps each row under its English key, so a French figure links to the same row id', () => {
    const ds = fr('fixture-column');
    expect(figureValues(ds).map((v) => v.key)).toEqual(['Gadgets secured', 'Gizmos made each month by the one factory that reported them', 'Doohickeys', 'Thingamajigs']);
    const html = renderToStaticMarkup(<DataTable dataset={ds} lang="fr" />);
    expect(html).toContain('id="fixture-column-gadgets-secured"');
  });
});

describe('French figures, downloads and embed code', () => {
  it('writes a figure in the prose in French with its source', () => {
    const html = renderToStaticMarkup(<FigureText dataset={fr('annotated-line')} valueKey="2021-04" href="#x" lang="fr" />);
    expect(html).toContain(`<data value="16000000">environ 16${NB}millions</data>`);
    expect(html).toContain(`(source${NB}: Fixture Co (article de référence, 15 juin 2021))`);
  });

  it('links the CSV and embed page under /fr/ and labels the buttons in French', () => {
    const html = renderToStaticMarkup(<ChartFigure dataset={fr('annotated-line')} siteUrl="https://example.org" lang="fr" />);
    expect(html).toContain('<a href="/fr/donnees/annotated-line.csv" download="annotated-line.csv">Télécharger les données (CSV)</a>');
    expect(html).toContain('>Télécharger en SVG</button>');
    expect(html).toContain('<summary>Partager ou intégrer ce graphique</summary>');
    expect(html).toContain(`Pour intégrer le graphique, copiez ce code HTML dans votre page${NB}:`);
    expect(html).toContain(`data-source-label="Source${NB}: "`);
  });

  it('points the French embed snippet at the French embed page', () => {
    const code = embedCode({ id: 'annotated-line', title: 'Titre', siteUrl: 'https://example.org', lang: 'fr' });
    expect(code).toContain('src="https://example.org/fr/graphiques/annotated-line/"');
    expect(code).toContain('id="n95-files-fr-annotated-line"');
  });
});

describe('French words around a colon, in the words a screen reader and a tooltip give', () => {
  it('starts a timeline event with a capital and lowers an article after the colon', () => {
    const ds = fr('first-of-month-timeline');
    const [signed, , , welcomed] = ds.values;
    expect(markText(ds, signed, 'fr')).toBe(`Mardi 1er juin 2021${NB}: un décret est signé`);
    expect(markText(ds, welcomed, 'fr')).toBe(`Vendredi 4 juin 2021, en soirée${NB}: l’entente est bien accueillie`);
    // Every event of the description starts its own sentence.
    expect(describeChart(ds, 'fr')).toContain(`du 1er au 4 juin 2021. Mardi 1er juin 2021${NB}: un décret est signé. Mercredi 2 juin 2021${NB}: un premier ministre`);
  });

  it('keeps a name after the colon as written, and lowers a note’s first word only when it is not a name', () => {
    const d = describeChart(fr('annotated-line'), 'fr');
    expect(d).toContain(`${NB}: Fixture Co${NB}: «`);
    expect(d).toContain(`${NB}: aucun chiffre pour février`);
    expect(d).toContain(`${NB}: la production est restée stable`);
    expect(d).not.toMatch(/\. (janvier|février|mars|avril) 2021/);
    // The notes' heading is a sentence of its own, so the first note's date starts one.
    expect(d).toMatch(/Notes sur le graphique\. (Janvier|Février|Mars|Avril) 2021/);
  });

  it('lowers a preposition after a colon even before a name, and keeps an article that starts a title', () => {
    expect(afterColon('Selon Freeland, l’interdépendance l’a emporté', 'fr')).toBe('selon Freeland, l’interdépendance l’a emporté');
    expect(afterColon('À Rideau Cottage, Trudeau évoque les infirmières', 'fr')).toBe('à Rideau Cottage, Trudeau évoque les infirmières');
    expect(afterColon('La Presse rapporte la nouvelle', 'fr')).toBe('La Presse rapporte la nouvelle');
    expect(afterColon('Trudeau affirme', 'fr')).toBe('Trudeau affirme');
    expect(afterColon('Selon Freeland', 'en')).toBe('Selon Freeland');
  });

  it('gives each bar a sentence of its own, not a capital after a semicolon', () => {
    const d = describeChart(fr('fixture-column'), 'fr');
    expect(d).toContain(`Gadgets obtenus (obtenus)${NB}: plus de 120${NB}millions. Bidules fabriqués`);
    expect(d).not.toContain(';');
  });

  it('names a map’s arrow or crossing in a sentence of its own, its label as written', () => {
    const d = describeChart(fr('fixture-map'), 'fr');
    // A count under 10 in words, as the prose writes it.
    expect(d).toMatch(/^Carte montrant sept lieux, /);
    expect(d).toContain('Un passage mène de Bord-du-Lac à Rivage. Des travailleurs traversent chaque jour');
    // The inset's title quoted, as a title: not a third colon in the sentence.
    expect(d).toContain(`avec une carte en médaillon, «${NB}Là où passent les travailleurs${NB}: Bord-du-Lac et Rivage${NB}».`);
    // A sentence with its verb, each place with its article: « du Loinland à la Patrie », not « Loinland – Patrie ».
    expect(d).toContain('Une flèche va du Loinland à la Patrie. Fabriqués à Loinland');
    expect(d).toContain('Une flèche va de la Patrie au Nordland et au Sudland. Exportés');
    // A mark's tooltip has the space French puts before a semicolon.
    const exported = fr('fixture-map').values.find((v) => v.label.startsWith('Exportés'))!;
    expect(markText(fr('fixture-map'), exported, 'fr')).toContain(`d’habitude)${NB}: environ 5${NB}millions de gadgets${NB}; répartition entre le Nordland et le Sudland non communiquée`);
  });
});

describe('a source report named inside a sentence', () => {
  it('has its kind in lower case, as a common noun; English puts "a" before it after "in"', () => {
    const en = chartText('en');
    expect(en.attribution('Justin Trudeau, prime minister of Canada', 'News report from Ottawa on the deal', 'April 7, 2020')).toBe('Justin Trudeau, prime minister of Canada, in a news report from Ottawa on the deal (April 7, 2020)');
    expect(en.attribution(null, 'News report that Canada will not retaliate', 'April 5, 2020')).toBe('news report that Canada will not retaliate (April 5, 2020)');
    expect(en.attribution('3M', 'Article on the deal', 'April 7, 2020')).toBe('3M, in an article on the deal (April 7, 2020)');
    // A name that starts with a name is left as written.
    expect(en.attribution('3M', '3M press release', 'April 6, 2020')).toBe('3M, in 3M press release (April 6, 2020)');
    const fr = chartText('fr');
    expect(fr.attribution('Doug Ford', 'Dépêche d’Ottawa où Freeland explique', '7 avril 2020')).toBe('Doug Ford (dépêche d’Ottawa où Freeland explique, 7 avril 2020)');
    expect(fr.attribution(null, 'La Presse', '7 avril 2020')).toBe('La Presse (7 avril 2020)');
  });
});

describe('a French place name in a sentence', () => {
  const route = (from: [string, RoutePlace['kind']], ...to: [string, RoutePlace['kind']][]) =>
    chartText('fr').route({ name: from[0], kind: from[1] }, to.map(([name, kind]) => ({ name, kind })));

  it('takes its article, contracted after « de » and « à »', () => {
    expect(route(['États-Unis', 'country'], ['Canada', 'country'], ['Amérique latine', 'region'])).toBe('des États-Unis au Canada et à l’Amérique latine');
    expect(route(['Chine', 'country'], ['États-Unis', 'country'])).toBe('de la Chine aux États-Unis');
    // A typeset name, with its no-break hyphen, is the same name.
    expect(route(['États\u2011Unis', 'country'], ['Royaume\u2011Uni', 'country'])).toBe('des États\u2011Unis au Royaume\u2011Uni');
    expect(route(['Windsor (Ontario)', 'city'], ['Détroit', 'city'])).toBe('de Windsor (Ontario) à Détroit');
    expect(route(['Ottawa', 'city'], ['Mexique', 'country'])).toBe('d’Ottawa au Mexique');
    expect(route(['Italie', 'country'], ['Royaume-Uni', 'country'], ['Cuba', 'country'])).toBe('de l’Italie au Royaume-Uni et à Cuba');
  });

  it('names a body of water by its kind, in lower case, and keeps an article the name carries', () => {
    expect(frenchInSentence('Lac Érié', 'water')).toBe('le lac Érié');
    expect(frenchInSentence('Baie d’Hudson', 'water')).toBe('la baie d’Hudson');
    expect(frenchAfter('de', frenchInSentence('Océan Atlantique', 'water'))).toBe('de l’océan Atlantique');
    expect(frenchAfter('à', frenchInSentence('Le Caire', 'city'))).toBe('au Caire');
    expect(frenchInSentence('Saskatchewan', 'region')).toBe('la Saskatchewan');
  });
});

describe('a French chart as a picture (home page, share card)', () => {
  it('says in French that a timeline is condensed, and keeps the English keys of the rows it shows', () => {
    const ds = fr('first-of-month-timeline');
    const html = renderToStaticMarkup(<ChartPicture dataset={ds} href="/fr/articles/x/#first-of-month-timeline" lang="fr" />);
    expect(html).toContain('Seuls le premier et le dernier des quatre événements sont présentés. <span class="chart-picture-more">Voir la chronologie complète</span>');
    expect(html).toContain('Chronologie de 4 événements, du 1er au 4 juin 2021, résumée par le premier et le dernier. Mardi 1er juin 2021');
    expect(thumbnailDataset(ds).valueKeys).toEqual(['An order is signed', 'The deal is welcomed']);
  });
});

describe('French CSV', () => {
  it('has French headers and the same numbers, dates and English quotations', () => {
    const [head, ...rows] = datasetToCsv(fr('annotated-line'), 'fr').split('\r\n');
    expect(head).toBe('date,libelle,valeur,precision,valeur_texte,unites,note,auteur,citation_originale_en_anglais,source,date_source');
    expect(rows[3]).toBe(`2021-04,Avril 2021,16000000,environ,environ 16${NB}millions,gadgets par mois,,Fixture Co,about 16 million in April,Article de référence,2021-06-15`);
  });

  it('leaves the English CSV as it was', () => {
    expect(datasetToCsv(en('annotated-line'), 'en').split('\r\n')[0]).toBe('date,label,value,qualifier,value_text,units,note,speaker,quote,source,source_date');
  });
});

describe('a French text cannot change a fact', () => {
  it('keeps every number, date, source and quotation of the English file', () => {
    for (const id of ['annotated-line', 'fixture-column', 'fixture-map', 'first-of-month-timeline']) {
      const [a, b] = [en(id), fr(id)];
      const facts = (ds: typeof a) => ds.values.map((v) => ['value' in v ? v.value : null, 'date' in v ? v.date : null, v.sourceRef, v.quote]);
      expect(facts(b)).toEqual(facts(a));
      expect(b.sources.map((s) => s.date)).toEqual(a.sources.map((s) => s.date));
    }
  });

  it("carries the English annotation's quoted words as the original", () => {
    const [english] = annotationsOf(en('annotated-line'));
    const [french] = annotationsOf(fr('annotated-line'));
    expect(french.original).toBe(quotedIn(english.text));
    expect(french.original).toBe('every extra widget stayed at home');
  });

  it('describes the English chart in English as before', () => {
    expect(describeChart(en('annotated-line'), 'en')).toContain('Rose from 10 million in January to about 16 million in April 2021');
  });
});

const INVALID = `${FRENCH_DIR}/invalid`;
const errorFor = (id: string) => {
  try {
    getDataset(id, INVALID, 'fr');
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return messagesOf((e as ContentError).problems);
  }
  throw new Error(`${id}: the French text was accepted`);
};
const file = (id: string) => `tests/fixtures/charts-fr/invalid/fr/${id}.json`;

describe('mistakes in a French chart text, each with its file, line and exact message', () => {
  it.each([
    ['no-french-file', `${file('no-french-file')}: expected a file with the French text of tests/fixtures/charts-fr/invalid/no-french-file.json (create it: see "French edition" in EDITORS.md), found no such file`],
    ['missing-label', `${file('missing-label')}:11:5: values["2021-02"].label: expected the French text of "February 2021", found nothing (the field is missing)`],
    ['extra-value', `${file('extra-value')}:14:5: values: expected only the keys "2021-01", "2021-02", "2021-03", "2021-04", as in the English file, found unknown field "2021-05"`],
    ['missing-speaker', `${file('missing-speaker')}:8:3: speakers["Fixture Co"]: expected the French text of "Fixture Co", found nothing (the field is missing)`],
    ['notes-count', `${file('notes-count')}:6:3: notes: expected 1 note, one for each in the English file, in the same order, found a list of 2`],
    ['unknown-field', `${file('unknown-field')}:5:3: expected only the keys "id", "title", "units", "sourceLine", "notes", "sources", "speakers", "values", "annotations", as in the English file, found unknown field "subtitle"`],
    ['quote-no-original', `${file('quote-no-original')}:16:5: annotations[0].original: expected the English words the annotation quotes, "every extra widget stayed at home", found nothing (the field is missing)`],
    ['quote-wrong-original', `${file('quote-wrong-original')}:16:88: annotations[0].original: expected the English words the annotation quotes, "every extra widget stayed at home", found "every widget stayed home"`],
    ['quote-no-mark', `${file('quote-no-mark')}:16:7: annotations[0].text: expected our translation of the quotation marked "[traduction]", found "Fixture Co${NB}: «${NB}chaque gadget de plus est resté au pays${NB}»"`],
    ['original-without-quote', `${file('original-without-quote')}:18:50: annotations[2].original: expected no "original" (the English annotation quotes no one), found "Output was flat"`],
  ])('%s', (id, message) => {
    expect(errorFor(id)).toBe(message);
  });
});
