import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildModel, type ContentFile } from '@/lib/content/model';
import { storySource } from './helpers';

/**
 * One typography for every text a reader sees: the frontmatter and the chart words get what a
 * story's body gets (curly quotes and apostrophes; in French, names and dates that do not break),
 * while the data as typed stays in the model's `datasets` (the CSV downloads) and names its rows.
 */

const VALID = 'tests/unit/charts/fixtures/valid';
const english = JSON.parse(fs.readFileSync(`${VALID}/fixture-column.json`, 'utf8'));
const french = JSON.parse(fs.readFileSync(`${VALID}/fr/fixture-column.json`, 'utf8'));

// The same chart with straight quotes typed in its texts, as editors type them.
english.title = "Fixture Co's \"gadgets\" passed 120 million";
english.notes = ["The minister said \"more than\"; it's a floor."];
english.values[2].label = "Fixture Co's doohickeys";
french.title = 'Les commandes des États-Unis ont dépassé 120 millions en janvier 2021';
french.values = { ...french.values, "Fixture Co's doohickeys": { label: "L'usine de la COVID-19", basis: 'une seule livraison' } };
delete french.values.Doohickeys;

const files: ContentFile[] = [
  { path: 'stories/first.mdx', text: storySource({ title: JSON.stringify("\"Gadgets\": Fixture Co's story"), dek: JSON.stringify("\"It's a dek\" -- with a dash...") }, "\nThe body's <Figure chart=\"fixture-column\" value=\"Fixture Co's doohickeys\" /> doohickeys.\n\n<Chart id=\"fixture-column\" />\n") },
  { path: 'stories/fr/premier.mdx', text: storySource({ title: JSON.stringify('"Un article sur les États-Unis"'), translationOf: 'first' }, "\nLes États-Unis et la COVID-19, le 5 avril 2020 ; l'article <Figure chart=\"fixture-column\" value=\"Fixture Co's doohickeys\" />.\n\n## Aux États-Unis\n\n<Chart id=\"fixture-column\" />\n") },
  { path: 'data/fixture-column.json', text: JSON.stringify(english) },
  { path: 'data/fr/fixture-column.json', text: JSON.stringify(french) },
];
const model = buildModel({ files });
const [en, fr] = (['en', 'fr'] as const).map((lang) => model.stories.find((s) => s.lang === lang)!);

/** Every text node of a story's compiled body, joined. */
const bodyText = (story: typeof en) => JSON.stringify(story.hast).match(/"value":"[^"]*"/g)!.join(' ');

describe('frontmatter and chart words in the body’s typography', () => {
  test('the content is clean, so what follows is what readers get', () => {
    expect(model.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  test('an English title and dek get curly quotes, apostrophes and a dash, as the body does', () => {
    expect(en.title).toBe('“Gadgets”: Fixture Co’s story');
    expect(en.dek).toBe('“It’s a dek” – with a dash…');
    expect(bodyText(en)).toContain('The body’s');
  });

  test('a chart’s title, notes and labels are typeset; its rows keep the keys editors name them by', () => {
    const ds = en.datasets[0];
    expect(ds.title).toBe('Fixture Co’s “gadgets” passed 120\u00a0million');
    expect(ds.notes).toEqual(['The minister said “more than”; it’s a floor.']);
    expect(ds.values[2].label).toBe('Fixture Co’s doohickeys');
    expect(ds.valueKeys?.[2]).toBe("Fixture Co's doohickeys");
    expect(en.figures).toEqual([{ chart: 'fixture-column', value: "Fixture Co's doohickeys" }]);
  });

  test('the model’s datasets stay as typed, for the CSV downloads and the checks', () => {
    expect(model.datasets.en[0].title).toBe("Fixture Co's \"gadgets\" passed 120 million");
    expect(model.datasets.fr[0].title).toBe('Les commandes des États-Unis ont dépassé 120 millions en janvier 2021');
  });
});

describe('French words a line must not break inside, on the page only', () => {
  test('in the frontmatter, the chart words and the body: a non-breaking hyphen in names and codes, no-break spaces in dates and before « millions »', () => {
    expect(fr.title).toBe('“Un article sur les États\u2011Unis”');
    expect(fr.datasets[0].title).toBe('Les commandes des États\u2011Unis ont dépassé 120\u00a0millions en janvier\u00a02021');
    expect(fr.datasets[0].values[2].label).toBe('L’usine de la COVID\u201119');
    expect(bodyText(fr)).toContain('Les États\u2011Unis et la COVID\u201119, le 5\u00a0avril\u00a02020');
    expect(fr.toc.map((e) => e.text)).toEqual(['Aux États\u2011Unis']);
  });

  test('the heading’s address is still made from the words as typed', () => {
    expect(fr.toc.map((e) => e.id)).toEqual(['aux-états-unis']);
  });

  test('English text is left as it is', () => {
    expect(bodyText(en)).not.toContain('\u2011');
    expect(en.datasets[0].title).not.toContain('\u2011');
  });
});
