import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { OriginalQuotes } from '@/components/OriginalQuotes';
import { getStory } from '@/lib/content/stories';
import { feedComponents, mdxComponents } from '@/mdx-components';
import { storiesDir, storySource } from './helpers';

const dir = storiesDir({
  'original.mdx': storySource({}, '\nHe said: "We need the masks." Then: "We don\'t want any other people getting it."\n\n"We need the masks," he added.\n'),
  'fr/traduction.mdx': storySource(
    { translationOf: 'original' },
    '\nIl a dit : « <Quote original="We need the masks.">Il nous faut les *masques*.</Quote> »\n\n> « <Quote original="We don\'t want any other people getting it.">Nous ne voulons pas que d\'autres les aient.</Quote> »\n\n« <Quote original="We need the masks,">Il nous faut les masques</Quote> », a-t-il ajouté.\n',
  ),
});
const story = getStory('traduction', 'fr', { dir, dataDir: 'tests/unit/charts/fixtures/valid', sourcesDir: null, preview: true })!;
// After the closing guillemet and a space that does not break (« … » [traduction], Canadian usage),
// so the mark never starts a line on its own.
const mark = (n: number) =>
  `\u00a0<sup class="font-sans text-[0.7em] not-italic" data-pagefind-ignore=""><a href="#vo-${n}" aria-label="Traduction\u00a0: voir la citation originale en anglais">[traduction<span class="hidden print:inline"> ${n}</span>]</a></sup>`;

describe('<Quote>: our translation, marked, linked to the English words', () => {
  test('on the page: the translation, then a numbered "[traduction]" link, all phrasing content inside the paragraph', () => {
    const html = renderToStaticMarkup(<story.Body components={mdxComponents(story)} />);
    expect(html).toContain(`<p>Il a dit : « <span id="q-1">Il nous faut les <em>masques</em>. »${mark(1)}</span></p>`);
    expect(html).toContain(`<blockquote>\n<p>« <span id="q-2">Nous ne voulons pas que d’autres les aient. »${mark(2)}</span></p>\n</blockquote>`);
    // The sentence goes on after the quotation: only the guillemet moves, the comma stays outside.
    expect(html).toContain(`<p>« <span id="q-3">Il nous faut les masques »${mark(3)}</span>, a-t-il ajouté.</p>`);
    // Never « …[traduction] »: no closing guillemet comes after a mark in the same paragraph.
    expect(html).not.toMatch(/traduction<span[^»]*<\/sup>[^«]*»/);
  });

  test('"Citations originales" lists each original in English, numbered as the quotes are, with a link back', () => {
    const html = renderToStaticMarkup(<OriginalQuotes quotes={story.quotes} lang="fr" />);
    expect(html).toContain('<h2 id="vo-heading" class="font-sans text-base font-bold">Citations originales</h2>');
    expect([...html.matchAll(/<li id="(vo-\d)"><span lang="en">([^<]*)<\/span> <a href="#(q-\d)" aria-label="([^"]*)"/g)].map((m) => m.slice(1))).toEqual([
      ['vo-1', '“We need the masks.”', 'q-1', 'Retour à la citation 1'],
      ['vo-2', '“We don’t want any other people getting it.”', 'q-2', 'Retour à la citation 2'],
      // The source's comma ("…masks," he added) is the speaker's sentence going on, not part of the list's quotation.
      ['vo-3', '“We need the masks”', 'q-3', 'Retour à la citation 3'],
    ]);
    expect(renderToStaticMarkup(<OriginalQuotes quotes={[]} lang="fr" />)).toBe('');
  });

  test('in a feed, which has no list at the end, the English words follow the translation', () => {
    const html = renderToStaticMarkup(<story.Body components={feedComponents(story)} />);
    expect(html).toContain('<p>Il a dit : « Il nous faut les <em>masques</em>. » <small>[traduction ; original : <span lang="en">“We need the masks.”</span>]</small></p>');
  });
});
