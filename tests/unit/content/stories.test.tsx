import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { storyBody } from '@/lib/content/body';
import { countWords, readingMinutes } from '@/lib/content/derive';
import { parseMdx } from '@/lib/content/mdx';
import { counterpartOf, getStories, getStory, getTags, loadStories, modifiedAt, parseStory } from '@/lib/content/stories';
import { ContentError } from '@/lib/problems';
import { storiesDir, storySource } from './helpers';

// The fixture charts' quotations are not in any report: these tests are about loading, not sources.
const dataDir = 'tests/unit/charts/fixtures/valid';
const sourcesDir = null;
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('reading time and word count', () => {
  test('counts prose words, not code, frontmatter or component props', () => {
    const tree = parseMdx(storySource({}, '\nOne two three.\n\n```js\nconst notCounted = 1;\n```\n\n<Chart id="not-counted" />\n\n## Four five\n'));
    expect(countWords(tree)).toBe(5);
  });

  test('rounds up to whole minutes at 230 words a minute, never below one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(230)).toBe(1);
    expect(readingMinutes(231)).toBe(2);
    const { story } = parseStory('content/stories/long.mdx', storySource({}, `\n${words(700)}\n`));
    expect(story?.wordCount).toBe(700);
    expect(story?.readingMinutes).toBe(4);
  });
});

describe('table of contents', () => {
  const body = '\n## The order\n\nText.\n\n### Day one\n\n#### Detail\n\n## The order\n\n### Freeland\'s "win-win" view\n';

  test('lists h2 and h3 in order, with unique ids', () => {
    const { story } = parseStory('content/stories/toc.mdx', storySource({}, body));
    expect(story?.toc).toEqual([
      { depth: 2, text: 'The order', id: 'the-order' },
      { depth: 3, text: 'Day one', id: 'day-one' },
      { depth: 2, text: 'The order', id: 'the-order-1' },
      { depth: 3, text: 'Freeland’s “win-win” view', id: 'freelands-win-win-view' },
    ]);
  });

  test('ids match the ids the rendered page gives its headings', async () => {
    const source = storySource({}, body);
    const { story, hast } = parseStory('content/stories/toc.mdx', source);
    const Body = storyBody(hast!);
    const html = renderToStaticMarkup(<Body components={{}} />);
    const rendered = [...html.matchAll(/<h[23] id="([^"]+)"/g)].map((m) => m[1]);
    expect(story?.toc.map((t) => t.id)).toEqual(rendered);
  });
});

describe('loading a folder of stories', () => {
  const dir = storiesDir({
    'old.mdx': storySource({ published: '2026-01-01T09:00:00Z', tags: '\n  - trade' }),
    'new.mdx': storySource({ published: '2026-06-01T09:00:00Z', tags: '\n  - canada\n  - trade' }, '\nText.\n\n<Chart id="fixture-line" />\n'),
    'draft.mdx': storySource({ published: '2026-12-01T09:00:00Z', draft: 'true', tags: '\n  - secret' }),
  });

  test('newest first, drafts left out unless asked for', () => {
    expect(getStories({ lang: 'en', dir, dataDir, sourcesDir, preview: false }).map((s) => s.slug)).toEqual(['new', 'old']);
    expect(getStories({ lang: 'en', dir, dataDir, sourcesDir, preview: true }).map((s) => s.slug)).toEqual(['draft', 'new', 'old']);
  });

  test('drafts are left out of a production build by default', () => {
    const env = process.env.NODE_ENV;
    try {
      (process.env as Record<string, string>).NODE_ENV = 'production';
      expect(getStories({ lang: 'en', dir, dataDir, sourcesDir }).map((s) => s.slug)).toEqual(['new', 'old']);
      (process.env as Record<string, string>).NODE_ENV = 'development';
      expect(getStories({ lang: 'en', dir, dataDir, sourcesDir }).map((s) => s.slug)).toContain('draft');
    } finally {
      (process.env as Record<string, string>).NODE_ENV = env;
    }
  });

  test('tags group published stories only', () => {
    expect(getTags({ lang: 'en', dir, dataDir, sourcesDir, preview: false }).map((t) => [t.tag, t.stories.map((s) => s.slug)])).toEqual([
      ['canada', ['new']],
      ['trade', ['new', 'old']],
    ]);
  });

  test('records the charts a story embeds', () => {
    expect(getStories({ lang: 'en', dir, dataDir, sourcesDir, preview: false })[0].charts).toEqual(['fixture-line']);
  });

  test('every problem in every file is reported together, and nothing is returned', () => {
    const broken = storiesDir({
      'a.mdx': storySource({ title: undefined }),
      'b.mdx': storySource({ published: 'soon' }),
      'ok.mdx': storySource(),
    });
    let error: unknown;
    try {
      loadStories({ dir: broken, dataDir, sourcesDir });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as Error).message;
    expect(message).toMatch(/^2 content problems:/);
    expect(message).toMatch(/a\.mdx:1:1 {2}error {2}title: expected text, found nothing/);
    expect(message).toMatch(/b\.mdx:6:1 {2}error {2}published: expected a date and time with its offset/);
  });
});

describe('modified date', () => {
  test('is the latest of published, updated and corrections', () => {
    const { story } = parseStory('content/stories/x.mdx', storySource({ corrections: '\n  - date: 2026-12-02\n    text: Fixed a date.' }));
    expect(modifiedAt(story!)).toBe('2026-12-02T12:00:00Z');
    const { story: plain } = parseStory('content/stories/x.mdx', storySource());
    expect(modifiedAt(plain!)).toBe('2026-11-20T09:00:00-05:00');
  });
});

describe('the two editions', () => {
  const fr = (overrides: Record<string, string | undefined>, body?: string) => storySource({ title: '"Un article"', dek: '"Une phrase qui le résume."', ...overrides }, body);
  const dir = storiesDir({
    // The original quotes what its translation quotes (npm run check compares the two).
    'first.mdx': storySource({ published: '2026-01-01T09:00:00Z' }, '\nHe said “We need the masks.” and “I am just so, so disappointed right now.”\n'),
    'second.mdx': storySource({ published: '2026-06-01T09:00:00Z', tags: '\n  - trade' }),
    'fr/premier.mdx': fr(
      { published: '2026-01-02T09:00:00Z', translationOf: 'first' },
      '\nIl a dit : « <Quote original="We need the masks.">Il nous faut les masques.</Quote> », puis « <Quote original="I am just so, so disappointed right now.">Je suis tellement déçu</Quote> ».\n',
    ),
    'fr/deuxieme.mdx': fr({ published: '2026-06-02T09:00:00Z', draft: 'true', translationOf: 'second' }),
  });
  const options = { dir, dataDir, sourcesDir, preview: false };

  test('lists stay English unless French is asked for', () => {
    expect(getStories({ ...options, lang: 'en' }).map((s) => [s.slug, s.lang])).toEqual([['second', 'en'], ['first', 'en']]);
    expect(getStories({ ...options, lang: 'fr' }).map((s) => [s.slug, s.lang, s.translationOf])).toEqual([['premier', 'fr', 'first']]);
    expect(getStories({ ...options, lang: 'fr', preview: true }).map((s) => s.slug)).toEqual(['deuxieme', 'premier']);
    expect(getTags({ ...options, lang: 'en' }).map((t) => [t.tag, t.stories.map((s) => s.slug)])).toEqual([['canada', ['first']], ['trade', ['second', 'first']]]);
  });

  test('getStory finds a story in its own edition only', () => {
    expect(getStory('premier', 'en', options)).toBeUndefined();
    expect(getStory('premier', 'fr', options)?.file).toBe(`${dir}/fr/premier.mdx`);
    expect(getStory('first', 'fr', options)).toBeUndefined();
  });

  test('counterpartOf leads from either edition to the other, if it is on the site', () => {
    const [second, first] = getStories({ ...options, lang: 'en' });
    const premier = getStory('premier', 'fr', options)!;
    expect(counterpartOf(first, options)?.slug).toBe('premier');
    expect(counterpartOf(premier, options)?.slug).toBe('first');
    expect(counterpartOf(second, options)).toBeUndefined();
    expect(counterpartOf(second, { ...options, preview: true })?.slug).toBe('deuxieme');
  });

  test('a French story lists the English words of its quotations, in order', () => {
    expect(getStory('premier', 'fr', options)?.quotes).toEqual([{ original: 'We need the masks.' }, { original: 'I am just so, so disappointed right now.' }]);
    expect(getStory('first', 'en', options)?.quotes).toEqual([]);
  });

  test('a translation of a story that does not exist stops the load, with its line', () => {
    const broken = storiesDir({ 'first.mdx': storySource(), 'fr/premier.mdx': fr({ translationOf: 'frist' }) });
    expect(() => loadStories({ dir: broken, dataDir, sourcesDir })).toThrow(/fr\/premier\.mdx:14:1 {2}error {2}translationOf: expected the slug of an English story in .* \(one of first\), found "frist", which is not one/);
  });
});
