import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildModel, checkEdit, type ContentFile } from '@/lib/content/model';
import { location, problemMessage } from '@/lib/problems';
import { problemsIn, storySource } from './helpers';

/** The model's problems as "file:line:col severity message". */
const lines = (problems: ReturnType<typeof buildModel>['problems']) => problems.map((p) => `${location(p)} ${p.severity} ${problemMessage(p)}`);

// The data fixtures' words, read as texts: the model itself never reads the disk.
const DATA = 'tests/unit/charts/fixtures/valid';
const data = (id: string, lang: 'en' | 'fr' = 'en'): ContentFile => ({
  path: lang === 'en' ? `data/${id}.json` : `data/fr/${id}.json`,
  text: fs.readFileSync(lang === 'en' ? `${DATA}/${id}.json` : `${DATA}/fr/${id}.json`, 'utf8'),
});
const REPORT = { path: 'fixture.txt', text: 'Fixture Co made ten million in January, 12 million in March and about 16 million in April.' };
const story = (path: string, overrides: Record<string, string | undefined> = {}, body?: string): ContentFile => ({ path, text: storySource(overrides, body) });

describe('buildModel: the stories, datasets and problems of a set of file texts', () => {
  test('returns both editions, their datasets in their own words, and no problem for clean content', () => {
    const model = buildModel({
      files: [
        story('stories/first.mdx', {}, '\nIntro.\n\n<Chart id="fixture-line" />\n'),
        story('stories/fr/premier.mdx', { title: '"Un article"', translationOf: 'first' }, '\nIntro.\n\n<Chart id="fixture-line" />\n'),
        data('fixture-line'),
        data('fixture-line', 'fr'),
      ],
      sources: [REPORT],
    });
    expect(lines(model.problems)).toEqual([]);
    expect(model.stories.map((s) => [s.lang, s.slug, s.file])).toEqual([
      ['en', 'first', 'content/stories/first.mdx'],
      ['fr', 'premier', 'content/stories/fr/premier.mdx'],
    ]);
    // The story's copy is typeset for the page (a number keeps its million); the model's stays as typed.
    expect(model.stories[0].datasets[0].title).toBe('Output rose from 10\u00a0million in January to 16\u00a0million in April');
    expect(model.datasets.en[0].title).toBe('Output rose from 10 million in January to 16 million in April');
    expect(model.stories[1].datasets[0].title).toBe('La production est passée de 10\u00a0millions en janvier à 16\u00a0millions en avril');
    expect(model.datasets.fr[0].title).toBe('La production est passée de 10 millions en janvier à 16 millions en avril');
    expect(model.datasets.fr[0].title).not.toBe(model.datasets.en[0].title);
    expect(model.stories[0].hast.type).toBe('root');
  });

  test('names files with the display prefix it is given', () => {
    const model = buildModel({ files: [story('stories/x.mdx', { title: undefined })] }, { display: 'site/content/' });
    expect(lines(model.problems)).toEqual(['site/content/stories/x.mdx:1:1 error title: expected text, found nothing (the field is missing)']);
  });

  test('every frontmatter problem has a line and a column', () => {
    const model = buildModel({ files: [story('stories/x.mdx', { published: '2026-02-30T09:00:00-05:00', tags: '\n  - Canada' })] });
    expect(lines(model.problems)).toEqual([
      'content/stories/x.mdx:6:1 error published: expected a date and time with its offset from UTC, like 2026-11-20T09:00:00-05:00, found "2026-02-30T09:00:00-05:00": February 2026 has 28 days',
      'content/stories/x.mdx:8:5 error tags[0]: expected lowercase words without accents joined by hyphens, found "Canada"',
    ]);
  });

  test('refuses YAML aliases (an alias bomb never expands) and merge keys, at their line and column', () => {
    const bomb = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]', '---', 'Text.', ''].join('\n');
    const merge = storySource({ base: '&base\n  name: x', other: '\n  <<: *base' });
    const model = buildModel({ files: [{ path: 'stories/bomb.mdx', text: bomb }, { path: 'stories/merge.mdx', text: merge }] });
    expect(lines(model.problems)).toEqual([
      'content/stories/bomb.mdx:3:8 error frontmatter: expected each value written out in full (no YAML aliases), found the alias "*a" (and 44 more)',
      'content/stories/merge.mdx:17:3 error frontmatter: expected each field written out in full (no YAML merge keys), found a merge key "<<"',
      'content/stories/merge.mdx:17:7 error frontmatter: expected each value written out in full (no YAML aliases), found the alias "*base"',
    ]);
  });

  test('an image or link path with a malformed %-escape is a problem at its place, not an exception', () => {
    const model = buildModel({ files: [story('stories/x.mdx', {}, '\n![A chart](/100%.png)\n\nSee [the file](/files/50%off.pdf).\n')], publicFiles: ['100%.png'] });
    expect(lines(model.problems)).toEqual([
      'content/stories/x.mdx:16:1 error image: expected an address whose % signs each start an escape such as %20, found /100%.png (write a % sign itself as %25, e.g. /100%25.png)',
      'content/stories/x.mdx:18:5 error link: expected an address whose % signs each start an escape such as %20, found /files/50%off.pdf (write a % sign itself as %25, e.g. /100%25.png)',
    ]);
  });

  test('one file the compiler cannot handle never hides the problems of another, nor its own frontmatter', () => {
    const deep = story('stories/deep.mdx', { title: undefined }, `\n${'>'.repeat(3000)} deep\n`);
    const model = buildModel({ files: [deep, story('stories/other.mdx', { dek: undefined }), story('stories/fine.mdx')] });
    const found = lines(model.problems);
    expect(found).toContain('content/stories/deep.mdx:1:1 error title: expected text, found nothing (the field is missing)');
    expect(found.filter((p) => p.startsWith('content/stories/deep.mdx') && p.includes('error')).length).toBeGreaterThanOrEqual(2);
    expect(found).toContain('content/stories/other.mdx:1:1 error dek: expected text, found nothing (the field is missing)');
    expect(model.stories.map((s) => s.slug)).toEqual(['fine']);
  });

  test('a data file that is not JSON is a problem at its line, and the stories showing it say so', () => {
    const model = buildModel({ files: [{ path: 'data/broken.json', text: '{\n  "id": "broken",\n}' }, story('stories/x.mdx', {}, '\n<Chart id="broken" />\n')] });
    expect(lines(model.problems)).toEqual([
      "content/data/broken.json:2:17 error JSON syntax: expected no comma after the last item (JSON allows none), found ',' before '}'",
      'content/stories/x.mdx:16:1 error <Chart id="broken">: expected a data file without errors, found errors in content/data/broken.json, listed under it (fix those first)',
    ]);
  });
});

describe('a story whose file is there but cannot be read', () => {
  // An editor's one typo in a story's date must not read, in other files, as if the story were gone.
  const files = (published: string) => [
    story('stories/a.mdx', {}, '\nSee [the other story](/stories/b/) and [a lost one](/stories/gone/).\n'),
    story('stories/b.mdx', { published }),
    story('stories/fr/b.mdx', { translationOf: 'b', title: '"Un article"', dek: '"Une phrase qui le résume."' }),
  ];

  test('gets its own error only: no link to it or translation of it is reported as naming no story', () => {
    const found = lines(buildModel({ files: files('2026-02-30T09:00:00-05:00') }).problems);
    expect(found.filter((p) => p.includes('error'))).toEqual([
      'content/stories/b.mdx:6:1 error published: expected a date and time with its offset from UTC, like 2026-11-20T09:00:00-05:00, found "2026-02-30T09:00:00-05:00": February 2026 has 28 days',
      'content/stories/a.mdx:16:40 error link /stories/gone/: expected one of /stories/a/, found no story "gone"',
    ]);
  });

  test('its body\u2019s own problems show beside the frontmatter\u2019s; its links to stories and tags wait for the story to be read', () => {
    const body = '\nTK: the figure.\n\n![](/chart.png)\n\nSee [a part](#no-such-part), [a story](/stories/gone/) and [a tag](/tags/none/).\n';
    const problems = (draft: string) => lines(buildModel({ files: [story('stories/a.mdx', { tags: '\n  - Canada!', draft }, body)] }).problems);
    expect(problems('true')).toEqual([
      'content/stories/a.mdx:8:5 error tags[0]: expected lowercase words without accents joined by hyphens, found "Canada!"',
      'content/stories/a.mdx:16:1 warning placeholder text: expected finished copy, found "TK" (replace it before publishing)',
      'content/stories/a.mdx:18:1 error image /chart.png: expected alt text, as in ![What the image shows](/chart.png), found none',
      'content/stories/a.mdx:18:1 error image /chart.png: expected the file public/chart.png, found no such file',
      'content/stories/a.mdx:20:5 error link #no-such-part: expected the id of a heading or chart in this story, found none (the story has no headings or charts yet)',
    ]);
    // Not a draft as typed: the placeholder would stop the publish, so it is an error already.
    expect(problems('false')).toContain('content/stories/a.mdx:16:1 error placeholder text: expected finished copy, found "TK" (replace it before publishing)');
  });

  test('a link to a story that has no file at all is still an error', () => {
    const found = lines(buildModel({ files: files('2026-11-20T09:00:00-05:00') }).problems);
    expect(found.filter((p) => p.includes('error'))).toEqual(['content/stories/a.mdx:16:40 error link /stories/gone/: expected one of /stories/a/, /stories/b/, found no story "gone"']);
  });
});

describe('slips of a name: the check says which name was meant', () => {
  test('a chart id one slip from a chart’s is an error that names it; an id like no other only says how to create it', () => {
    const slip = story('stories/x.mdx', {}, '\nIntro.\n\n<Chart id="fixture-lnie" />\n\n<Chart id="mask-exports" />\n');
    expect(lines(buildModel({ files: [slip, data('fixture-line')] }).problems)).toEqual([
      'content/stories/x.mdx:18:1 error <Chart id="fixture-lnie">: expected one of fixture-line, found an unknown chart id (did you mean "fixture-line"? Otherwise add content/data/fixture-lnie.json to create it)',
      'content/stories/x.mdx:20:1 error <Chart id="mask-exports">: expected one of fixture-line, found an unknown chart id (add content/data/mask-exports.json to create it)',
    ]);
  });

  test('a tag no other story has, one slip from one that others have, is a warning at that tag; a new tag like no other passes', () => {
    const tags = (list: string[]) => `\n${list.map((t) => `  - ${t}`).join('\n')}`;
    const files = [
      story('stories/a.mdx', { tags: tags(['canada', 'defense-production-act']) }),
      story('stories/b.mdx', { tags: tags(['defense-production-act']) }),
      story('stories/c.mdx', { tags: tags(['canada', 'defence-production-act', 'stockpiles']) }),
    ];
    expect(lines(buildModel({ files }).problems)).toEqual([
      'content/stories/c.mdx:9:5 warning tags[1]: expected a topic other stories have, or a new one spelled as meant, found "defence-production-act", which no other story has (did you mean "defense-production-act"?)',
    ]);
  });
});

describe('quotations against the source reports', () => {
  test('a chart value whose quote no report holds is an error at its line, as is a story quotation', () => {
    expect(problemsIn('invented-quote')).toEqual([
      'data/fixture-line.json:42:7 error values[2].quote: expected words found as written in fixture.txt, found "a record 12 million in March", which is not there',
      'stories/invented-quote.mdx:16:60 error quotation: expected the words as written in one of the source reports (an ellipsis … marks words left out), found "twenty million in May.", which no report holds (quote the report exactly, or write it as our own words without quotation marks)',
    ]);
  });

  test('the same words found in the report pass, across an ellipsis and a closing comma', () => {
    const quoting = story('stories/x.mdx', {}, '\nThey said “ten million in January,” and “12 million … about 16 million in April.”\n\n<Chart id="fixture-line" />\n');
    expect(lines(buildModel({ files: [quoting, data('fixture-line')], sources: [REPORT] }).problems)).toEqual([]);
  });

  test('a source naming a report that is not there is an error; in a chart only drafts show, quotes are warnings', () => {
    const draft = story('stories/x.mdx', { draft: 'true' }, '\n<Chart id="fixture-line" />\n');
    const found = lines(buildModel({ files: [draft, data('fixture-line')], sources: [{ path: 'other.txt', text: 'Nothing.' }] }).problems);
    expect(found[0]).toBe('content/data/fixture-line.json:15:7 warning sources[0].file: expected the name of a source report (one of other.txt), found "fixture.txt", which is not one');
    expect(found.slice(1).every((p) => p.includes(' warning values['))).toBe(true);
  });

  test('a value its quote does not state is a warning naming the value typed and the quote', () => {
    const typo = data('fixture-line');
    typo.text = typo.text.replace('"value": 12000000', '"value": 13000000');
    const found = lines(buildModel({ files: [story('stories/x.mdx', {}, '\n<Chart id="fixture-line" />\n'), typo], sources: [REPORT] }).problems);
    expect(found).toEqual(['content/data/fixture-line.json:39:7 warning values[2].value: expected the number its quote states, found 13 million, which its quote does not say: "12 million in March"']);
  });

  test('a quote that tells what its speaker said is a warning at the speaker: those are the report’s words', () => {
    const report = { path: 'fixture.txt', text: 'Fixture Co said it made ten million in January. Output was a record 12 million in March, it said. It was about 16 million in April, Jo Bloggs told reporters.' };
    const reported = data('fixture-line');
    reported.text = reported.text
      .replace('"quote": "ten million in January"', '"quote": "Fixture Co said it made ten million in January."')
      .replace('"quote": "12 million in March"', '"quote": "a record 12 million in March, it said."')
      .replace('"speaker": "Fixture Co",\n      "quote": "about 16 million in April"', '"speaker": "Jo Bloggs, a fixture minister",\n      "quote": "It was about 16 million in April, Jo Bloggs told reporters"');
    const shown = story('stories/x.mdx', {}, '\n<Chart id="fixture-line" />\n');
    const found = lines(buildModel({ files: [shown, reported], sources: [report] }).problems);
    expect(found).toEqual([
      'content/data/fixture-line.json:24:7 warning values[0].speaker: expected the report as the speaker ("News report, <its date>") of a quote that tells what Fixture Co said, found "Fixture Co", for the report\'s words "Fixture Co said it made ten million in January."',
      // Part of that sentence, without its "said": still the report's telling, outside quotation marks.
      'content/data/fixture-line.json:33:7 warning values[1].speaker: expected the report as the speaker ("News report, <its date>") of words it tells, outside quotation marks, as what someone said, found "Fixture Co", for the report\'s own words "ten million in January"',
      'content/data/fixture-line.json:41:7 warning values[2].speaker: expected the report as the speaker ("News report, <its date>") of a quote that tells what Fixture Co said, found "Fixture Co", for the report\'s words "a record 12 million in March, it said."',
      'content/data/fixture-line.json:50:7 warning values[3].speaker: expected the report as the speaker ("News report, <its date>") of a quote that tells what Jo Bloggs said, found "Jo Bloggs, a fixture minister", for the report\'s words "It was about 16 million in April, Jo Bloggs told reporters"',
    ]);
    // Credited to the report, the same words pass.
    const credited = { ...reported, text: reported.text.replace(/"speaker": "[^"]+"/g, '"speaker": "News report, June 15, 2021"') };
    expect(lines(buildModel({ files: [shown, credited], sources: [report] }).problems)).toEqual([]);
  });

  test('words the report tells as what someone said, outside quotation marks, are a warning when credited to that someone; their quoted words are not', () => {
    const report = { path: 'fixture.txt', text: 'Jo Bloggs said on Tuesday that the government made ten million in January. "We made 12 million in March," she said.\n\nOutput was about 16 million in April.' };
    const credited = data('fixture-line');
    credited.text = credited.text.replaceAll('"speaker": "Fixture Co"', '"speaker": "Jo Bloggs, a fixture minister"').replace('"quote": "12 million in March"', '"quote": "We made 12 million in March,"');
    const found = lines(buildModel({ files: [story('stories/x.mdx', {}, '\n<Chart id="fixture-line" />\n'), credited], sources: [report] }).problems);
    // January (twice): her words as the report tells them. March: in quotation marks, hers. April: the report's own narration, no one's speech.
    expect(found).toEqual([
      'content/data/fixture-line.json:24:7 warning values[0].speaker: expected the report as the speaker ("News report, <its date>") of words it tells, outside quotation marks, as what someone said, found "Jo Bloggs, a fixture minister", for the report\'s own words "ten million in January"',
      'content/data/fixture-line.json:33:7 warning values[1].speaker: expected the report as the speaker ("News report, <its date>") of words it tells, outside quotation marks, as what someone said, found "Jo Bloggs, a fixture minister", for the report\'s own words "ten million in January"',
    ]);
    // Credited to the report, the same words pass.
    credited.text = credited.text.replaceAll('"speaker": "Jo Bloggs, a fixture minister"', '"speaker": "News report, June 15, 2021"');
    expect(lines(buildModel({ files: [story('stories/x.mdx', {}, '\n<Chart id="fixture-line" />\n'), credited], sources: [report] }).problems)).toEqual([]);
  });

  test('without source reports, quotations are not checked', () => {
    expect(lines(buildModel({ files: [story('stories/x.mdx', {}, '\nThey said “words of nobody.”\n')] }).problems)).toEqual([]);
  });
});

describe('checkEdit: the desk checks an editor’s unsaved text', () => {
  test('the model of the files with one text replaced, the others as they are', () => {
    const files = [story('stories/a.mdx'), story('stories/b.mdx')];
    const edited = checkEdit({ files }, { path: 'stories/b.mdx', text: storySource({ title: undefined }) });
    expect(lines(edited.problems)).toEqual(['content/stories/b.mdx:1:1 error title: expected text, found nothing (the field is missing)']);
    expect(edited.stories.map((s) => s.slug)).toEqual(['a']);
    expect(buildModel({ files }).problems).toEqual([]);
  });
});
