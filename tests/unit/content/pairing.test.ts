import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkContent, problemsIn } from './helpers';

const FIXTURES = 'tests/fixtures/check';
const DATA = 'tests/unit/charts/fixtures/valid';

describe('npm run check compares each translation with its original', () => {
  const original = `${FIXTURES}/pairing/stories/original.mdx`;

  test('each difference between the editions, and an English story on the site with no translation, not one scheduled (after the French addresses its links name)', () => {
    expect(problemsIn('pairing')).toEqual([
      'stories/fr/traduction.mdx:29:6 error link /fr/articles/inexistant/: expected one of /fr/articles/traduction/, found no story "inexistant"',
      'stories/fr/traduction.mdx:29:55 error link /fr/sujets/commerce/: expected a tag some published story has, found no story tagged "trade"',
      `stories/fr/traduction.mdx:: error <Chart id="fixture-column" />: expected it in the translation too, found it only in the original, ${original}:28 (put it at the same place in the translation)`,
      `stories/fr/traduction.mdx:27:1 error <Chart id="fixture-comparison" />: expected only what the original (${original}) shows, found a chart the original does not have (remove it, or add it to the original first)`,
      `stories/fr/traduction.mdx:21:89 error the 2nd <Figure>: expected <Figure chart="fixture-line" value="2021-03" />, as the original states it at ${original}:22, found <Figure chart="fixture-line" value="2021-04" /> (both editions state the same figures in the same order)`,
      `stories/fr/traduction.mdx:: error <Figure chart="fixture-column" value="Doohickeys" />: expected it in the translation too, found it only in the original, ${original}:30 (put it at the same place in the translation)`,
      `stories/fr/traduction.mdx:: error the quotation “We will not retaliate.”: expected <Quote original="We will not retaliate.">…</Quote> in the translation, found it only in the original, ${original}:26`,
      `stories/fr/traduction.mdx:25:5 error <Quote original>: expected the words of one of the quotations of the original (${original}), found "We will never retaliate.", which the original does not quote`,
      `stories/fr/traduction.mdx:13:1 error corrections: expected the correction of 2026-11-22 carried over from the original (${original}:16), with the same date, found none with that date: the translation is older than this correction (translate it, add it with the same date, and correct the text the same way)`,
      'stories/untranslated.mdx:: warning translation: expected a French edition in fr/ with translationOf: untranslated, found none (a warning only, so the English can go first; npm run new-story -- --translate untranslated --slug <french-slug> starts one)',
    ]);
  });

  test('a faithful translation passes: figures and quotations may change order, quotes their closing comma or ellipsis; links to French and English pages resolve', () => {
    expect(problemsIn('translation-clean')).toEqual([]);
  });

  test('a draft translation gets the same messages as warnings', () => {
    const dir = fs.mkdtempSync(`${FIXTURES}/pairing-draft-`);
    try {
      fs.cpSync(`${FIXTURES}/pairing/stories`, `${dir}/stories`, { recursive: true });
      const file = `${dir}/stories/fr/traduction.mdx`;
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('draft: false', 'draft: true'));
      const { problems } = checkContent({ storiesDir: `${dir}/stories`, dataDir: DATA });
      const translation = problems.filter((p) => p.file.endsWith('fr/traduction.mdx') && !p.field?.startsWith('link'));
      expect(translation).toHaveLength(7);
      expect(translation.every((p) => p.severity === 'warning')).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
  });

  test('a French story’s chart must have a valid French text: a broken one is reported with its line, a missing one names the file to write', () => {
    const dir = fs.mkdtempSync(`${FIXTURES}/french-data-`);
    try {
      fs.cpSync(DATA, `${dir}/data`, { recursive: true });
      const french = `${dir}/data/fr/fixture-line.json`;
      fs.writeFileSync(french, fs.readFileSync(french, 'utf8').replace('"2021-04": { "label": "avril 2021" }', '"2021-05": { "label": "mai 2021" }'));
      fs.rmSync(`${dir}/data/fr/fixture-comparison.json`);
      fs.writeFileSync(`${dir}/data/fr/no-such-chart.json`, '{}');
      const found = checkContent({ storiesDir: `${FIXTURES}/translation-clean/stories`, dataDir: `${dir}/data` }).problems.map((p) => `${p.file}:${p.line ?? ''} ${p.severity} ${p.field ?? ''}`);
      expect(found).toEqual(expect.arrayContaining([
        `${dir}/data/fr/fixture-line.json:13 error values`,
        `${dir}/data/fr/no-such-chart.json: error file name`,
      ]));
      expect(found.filter((f) => f.includes('fixture-comparison'))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
  });

  test('no warning about missing translations before the French edition exists', () => {
    expect(problemsIn('clean')).toEqual([]);
  });
});

describe('translationOf and <Quote>: each mistake gets one exact message', () => {
  test('translationOf missing, unknown, in an English story, repeated, or naming a draft; <Quote> in English, empty, on its own lines or inside a link', () => {
    const folder = `${FIXTURES}/translation-mistakes/stories`;
    expect(problemsIn('translation-mistakes')).toEqual([
      'stories/names-a-translation.mdx:14:1 error translationOf: expected no translationOf in an English story (a translation lives in fr/ and names its original there), found "another-story"',
      'stories/quote-in-english.mdx:16:10 error <Quote>: expected a plain quotation in “…” in an English story, like He said: "I am just so, so disappointed right now.", found <Quote>, which only a French story (content/stories/fr/) uses for a translated quotation',
      'stories/fr/citations-mal-faites.mdx:17:21 error <Quote original>: expected the exact English words from the source, like original="I am just so, so disappointed right now.", found an empty original',
      'stories/fr/citations-mal-faites.mdx:17:77 error <Quote>: expected the translated words between <Quote original="…"> and </Quote>, found nothing',
      'stories/fr/citations-mal-faites.mdx:17:180 error <Quote>: expected only the translated words inside it (text, *emphasis* or **bold**), found a link',
      'stories/fr/citations-mal-faites.mdx:19:1 error <Quote>: expected <Quote …>…</Quote> inside a sentence, on one line, like « <Quote original="…">…</Quote> », found a <Quote> on lines of its own',
      'stories/fr/citations-mal-faites.mdx:23:9 error <Quote>: expected a <Quote> outside link text, found a <Quote> inside the link to /fr/ (put the link around other words of the sentence)',
      'stories/fr/sans-original.mdx:1:1 error translationOf: expected the slug of the English story this file translates, like translationOf: the-n95-standoff (every story in fr/ names its original), found nothing (the field is missing)',
      'stories/fr/brouillon.mdx:14:1 error translationOf: expected a published original, since this translation is published (draft: false), found "draft-original", a draft (publish the original first, or keep the translation a draft)',
      `stories/fr/doublon.mdx:14:1 error translationOf: expected an English story that no other translation names, found "draft-original", already translated by ${folder}/fr/brouillon.mdx`,
      `stories/fr/original-inconnu.mdx:14:1 error translationOf: expected the slug of an English story in ${folder}/ (one of draft-original), found "no-such-story", which is not one`,
    ]);
  });
});

describe('figures typed by hand in French prose', () => {
  test('"16 millions", "30 M", "1,5 million", "plus de 2 milliards" and "5 %" are read as figures; metres, years, days, « quotations » and block quotes are not', () => {
    const nb = '\u00a0';
    const hint = '(correct it, add it to a data file with its source, or put a quotation in quotation marks)';
    expect(problemsIn('hand-typed-french')).toEqual([
      'stories/fr/chiffres.mdx:19:25 warning figure: expected <Figure chart="fixture-line" value="2021-04" />, so the figure comes from the data, found "16 millions" typed by hand',
      `stories/fr/chiffres.mdx:19:52 error figure: expected a figure the data holds; nearest: environ 4${nb}millions (fixture-column, "Gizmos made each month by the one factory that reported them"), environ 5${nb}millions (fixture-comparison, "Exported to North and South"), found "1,5 million", which no chart in content/data/ gives ${hint}`,
      'stories/fr/chiffres.mdx:19:65 warning figure: expected <Figure chart="fixture-column" value="Doohickeys" />, so the figure comes from the data, found "30 M" typed by hand',
      `stories/fr/chiffres.mdx:19:73 error figure: expected a figure the data holds; nearest: 30${nb}millions (fixture-column, "Doohickeys"), environ 16${nb}millions (fixture-line, "2021-04"), found "25 millions", which no chart in content/data/ gives ${hint}`,
      `stories/fr/chiffres.mdx:21:1 error figure: expected a figure the data holds; nearest: plus de 120${nb}millions (fixture-column, "Gadgets secured"), 40${nb}millions (fixture-comparison, "Output, May 2021"), found "Plus de 2 milliards", which no chart in content/data/ gives ${hint}`,
      `stories/fr/chiffres.mdx:21:36 error figure: expected a figure the data holds, found "5 %", which no chart in content/data/ gives ${hint}`,
    ]);
  });
});
