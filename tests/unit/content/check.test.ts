import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { STORY_COMPONENTS } from '@/lib/content/components';
import { storyComponentNames } from '@/mdx-components';
import { problemsIn } from './helpers';

const FIXTURES = 'tests/fixtures/check';

describe('npm run check: each editor mistake gets one exact message', () => {
  test('missing title', () => {
    expect(problemsIn('missing-title')).toEqual(['stories/missing-title.mdx:1:1 error title: expected text, found nothing (the field is missing)']);
  });

  test('impossible date', () => {
    expect(problemsIn('impossible-date')).toEqual([
      'stories/impossible-date.mdx:6:1 error published: expected a date and time with its offset from UTC, like 2026-11-20T09:00:00-05:00, found "2026-02-30T09:00:00-05:00": February 2026 has 28 days',
    ]);
  });

  test('unclosed JSX', () => {
    expect(problemsIn('unclosed-jsx')).toEqual([
      'stories/unclosed-jsx.mdx:18:1 error markup: expected "/>" to close the tag <Chart id="us-n95-production", found none (everything after it, down to line 20, is being read as part of the tag)',
    ]);
  });

  test('unknown component', () => {
    expect(problemsIn('unknown-component')).toEqual(['stories/unknown-component.mdx:18:1 error <Chrt>: expected a known component (one of Chart, Figure), found an unknown component "Chrt"']);
  });

  test('unknown chart id', () => {
    expect(problemsIn('unknown-chart-id')).toEqual([
      `stories/unknown-chart-id.mdx:18:1 error <Chart id="mask-exports">: expected one of fixture-line, found an unknown chart id (add ${FIXTURES}/unknown-chart-id/data/mask-exports.json to create it)`,
    ]);
  });

  test('data value without a source', () => {
    expect(problemsIn('data-without-source')).toEqual([
      'data/masks-secured.json:16:5 error values[0].sourceRef: expected the ID of one of the sources, found nothing (the field is missing)',
      `stories/uses-chart.mdx:18:1 error <Chart id="masks-secured">: expected a data file without errors, found errors in ${FIXTURES}/data-without-source/data/masks-secured.json, listed under it (fix those first)`,
    ]);
  });

  test('image without alt text', () => {
    expect(problemsIn('image-without-alt')).toEqual(['stories/image-without-alt.mdx:18:1 error image /icon.svg: expected alt text, as in ![What the image shows](/icon.svg), found none']);
  });

  test('duplicate slug', () => {
    expect(problemsIn('duplicate-slug')).toEqual([
      `stories/masks.mdx:: error file name: expected a file name of its own (it gives the story its URL), found the same URL /stories/masks/ as ${FIXTURES}/duplicate-slug/stories/Masks.mdx`,
      'stories/Masks.mdx:: error file name: expected lowercase words without accents joined by hyphens, like "mask-exports.mdx", found "Masks.mdx"',
    ]);
  });

  test('figures: a hand-typed one that the data holds, one it does not, quotations left alone, and wrong <Figure> keys', () => {
    expect(problemsIn('hand-typed-figures')).toEqual([
      'stories/hand-typed-figures.mdx:26:10 error <Figure chart="fixture-line" value>: expected a value that was reported, found "2021-02", which is not reported',
      'stories/hand-typed-figures.mdx:26:66 error <Figure chart="fixture-line" value>: expected one of "2021-01", "2021-02", "2021-03", "2021-04", found "2021-13"',
      'stories/hand-typed-figures.mdx:26:119 error <Figure chart="fixture-timeline" value>: expected a chart of numbers (a timeline has none), found the timeline "fixture-timeline"',
      'stories/hand-typed-figures.mdx:18:16 warning figure: expected <Figure chart="fixture-line" value="2021-04" />, so the figure comes from the data, found "16 million" typed by hand',
      'stories/hand-typed-figures.mdx:18:41 error figure: expected a figure the data holds; nearest: 30 million (fixture-column, "Doohickeys"), about 16 million (fixture-line, "2021-04"), found "25 million", which no chart in content/data/ gives (correct it, add it to a data file with its source, or put a quotation in quotation marks)',
      'stories/hand-typed-figures.mdx:24:38 error figure: expected a figure the data holds, found "5%", which no chart in content/data/ gives (correct it, add it to a data file with its source, or put a quotation in quotation marks)',
    ]);
  });

  test('clean content has no problems', () => {
    expect(problemsIn('clean')).toEqual([]);
  });

  test('placeholder text in a published story is an error', () => {
    expect(problemsIn('placeholder-text')).toEqual([
      'stories/placeholder-text.mdx:16:1 error placeholder text: expected finished copy, found "TK" (replace it before publishing)',
      'stories/placeholder-text.mdx:20:1 error placeholder text: expected finished copy, found "Lorem ipsum" (replace it before publishing)',
    ]);
  });

  test('placeholder text in a draft is only a warning', () => {
    expect(problemsIn('placeholder-in-draft')).toEqual(['stories/placeholder-in-draft.mdx:16:1 warning placeholder text: expected finished copy, found "TK" (replace it before publishing)']);
  });

  test('links to stories or anchors that do not exist', () => {
    expect(problemsIn('broken-links')).toEqual([
      'stories/broken-links.mdx:16:5 error link /stories/no-such-story/: expected one of /stories/broken-links/, found no story "no-such-story"',
      'stories/broken-links.mdx:16:42 error link #no-such-section: expected one of #a-section, found no heading or chart with that id in this story',
    ]);
  });

  test('the components an editor may use are the ones the MDX map provides', () => {
    expect(storyComponentNames.page).toEqual(Object.keys(STORY_COMPONENTS).sort());
    expect(storyComponentNames.feed).toEqual(Object.keys(STORY_COMPONENTS).sort());
  });
});

describe('the check command', () => {
  test('reports every problem of every file, grouped by file, and exits 1', () => {
    const result = spawnSync('node_modules/.bin/tsx', ['scripts/check.ts'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: `${FIXTURES}/placeholder-text` } });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`\n${FIXTURES}/placeholder-text/stories/placeholder-text.mdx\n  ${FIXTURES}/placeholder-text/stories/placeholder-text.mdx:16:1  error  placeholder text: expected finished copy, found "TK"`);
    expect(result.stderr).toMatch(/✗ 1 stories and 1 data files checked in [\d.]+s: 2 errors, 0 warnings\. Fix the errors above; nothing was built\./);
  });

  test('passes clean content and says what it checked', () => {
    const result = spawnSync('node_modules/.bin/tsx', ['scripts/check.ts'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: `${FIXTURES}/clean` } });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/✓ 1 stories and 1 data files checked/);
  });
});

describe('a content folder that is not there', () => {
  test('is an error, not a pass over nothing (a mistyped CONTENT_DIR)', async () => {
    const { contentModel } = await import('@/lib/content/disk');
    const { problems } = contentModel({ root: 'tests/fixtures/no-such-folder', sourcesDir: null });
    expect(problems.map((p) => `${p.file} ${p.severity} ${p.field}: ${p.found}`)).toEqual(['tests/fixtures/no-such-folder/stories error content folder: no such folder']);
  });
});
