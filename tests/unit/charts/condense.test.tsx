/**
 * A condensed timeline (the front page's picture, the share card) shows the two events its data
 * file marks "summary", the ones its title is about, or else its first and last.
 */
import fs from 'node:fs';
import { isValidElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { ChartPicture } from '@/components/charts/ChartPicture';
import { thumbnailDataset } from '@/lib/charts/condense';
import { parseDataset } from '@/lib/data/parse';
import { chartText } from '@/lib/i18n/charts';
import { annotationsOf, type Dataset } from '@/lib/data/schema';
import { THUMBNAIL_BOX } from '@/lib/share-image/card-layout';
import { cardPicture } from '@/lib/share-image/picture';
import { ANNOTATED_DIR, messagesOf } from './helpers';

// Four events: Thu Jun 10 "An order is signed", Fri Jun 11, Mon Jun 14 "A deal is announced",
// Mon Jun 14 evening "The deal is welcomed"; one note on Monday, the day of the last two.
const FILE = `${ANNOTATED_DIR}/annotated-timeline.json`;
const written = () => JSON.parse(fs.readFileSync(FILE, 'utf8')) as { values: Record<string, unknown>[] } & Record<string, unknown>;

/** The fixture's text with "summary": true on the events at `marked`, through the check. */
function marking(marked: number[], label?: string) {
  const data = written();
  if (label) data.values[2].label = label;
  for (const i of marked) data.values[i].summary = true;
  return parseDataset(JSON.stringify(data, null, 2), 'content/data/annotated-timeline.json');
}
function dataset(marked: number[], label?: string): Dataset {
  const result = marking(marked, label);
  if (!result.dataset) throw new Error(messagesOf(result.problems));
  return result.dataset;
}
const labels = (ds: Dataset) => ds.values.map((v) => v.label);

type Props = { children?: ReactNode; lines?: string[] };
/** Every text a card's picture draws, in order. */
function texts(node: ReactNode, found: string[] = []): string[] {
  // Without the zero-width spaces the card puts before a comma to keep it unkerned (fit-text.ts): a reader sees none.
  if (typeof node === 'string') found.push(node.replaceAll('\u200b', ''));
  else if (Array.isArray(node)) node.forEach((n) => texts(n, found));
  else if (isValidElement<Props>(node)) {
    if (typeof node.type === 'function') return texts((node.type as (p: Props) => ReactNode)(node.props), found);
    texts(node.props.children, found);
  }
  return found;
}
const card = (ds: Dataset) => texts(cardPicture(ds, THUMBNAIL_BOX, 'en')).map((t) => t.replaceAll('\u00a0', ' '));

describe('which two events', () => {
  test('none marked: the first and the last', () => {
    expect(labels(thumbnailDataset(dataset([])))).toEqual(['An order is signed', 'The deal is welcomed']);
  });

  test('two marked: those two, in their order', () => {
    expect(labels(thumbnailDataset(dataset([0, 2])))).toEqual(['An order is signed', 'A deal is announced']);
    expect(labels(thumbnailDataset(dataset([1, 2])))).toEqual(['A premier objects strongly to the order and says so at some length in a press conference', 'A deal is announced']);
  });

  test('a note stays only when every event of its day is shown', () => {
    // Monday's note speaks of the deal announced and welcomed: with one of the two left out it would mislead.
    expect(annotationsOf(thumbnailDataset(dataset([0, 2])))).toEqual([]);
    expect(annotationsOf(thumbnailDataset(dataset([])))).toEqual([]);
    expect(annotationsOf(thumbnailDataset(dataset([2, 3]))).map((a) => a.text)).toEqual(['Deal day: announced and welcomed the same Monday']);
  });

  test('one mark, or a third, is an error at the mark, in the check’s words', () => {
    expect(messagesOf(marking([2]).problems)).toMatch(/^content\/data\/annotated-timeline\.json:\d+:\d+: values\[2\]\.summary: expected two events marked "summary": true \(the two a condensed timeline shows\), or none, found this one alone$/);
    // Three marks: each is named, since the one just typed may be any of them.
    expect(messagesOf(marking([0, 2, 3]).problems).split('\n')).toEqual(
      [0, 2, 3].map((i) => expect.stringMatching(new RegExp(`values\\[${i}\\]\\.summary: expected two events marked "summary": true, no more, found 3 events marked$`))),
    );
  });

  test('a mark that is not true or false is refused', () => {
    const data = written();
    data.values[0].summary = 'yes';
    expect(messagesOf(parseDataset(JSON.stringify(data, null, 2), 'content/data/annotated-timeline.json').problems)).toContain('summary: expected true or false, found "yes"');
  });
});

describe('what the pictures say', () => {
  test('the front page’s picture says which events it keeps', () => {
    const html = (ds: Dataset) => renderToStaticMarkup(<ChartPicture lang="en" dataset={ds} href="/stories/s/#t" />);
    expect(html(dataset([0, 2]))).toContain('Showing two of four events: one\u00a0between them, one\u00a0after.');
    expect(html(dataset([1, 3]))).toContain('Showing two of four events: one\u00a0before them, one\u00a0between them.');
    expect(html(dataset([0, 2]))).toContain('shown by two of them: ');
    expect(html(dataset([]))).toContain('Showing the first and last of four events.');
    // In each of the four layouts, the rail dashed where events were left out between the two, and a
    // dashed stub after the second where some came after; whole, and no stub, where none were.
    const rails = (h: string) => [...h.matchAll(/<line [^>]*class="chart-rail"[^>]*>/g)].map((m) => (/stroke-dasharray="6 10"/.test(m[0]) ? 'dashed' : 'whole'));
    expect(rails(html(dataset([0, 2])))).toEqual(Array(4).fill(['dashed', 'dashed']).flat());
    expect(rails(html(dataset([1, 2])))).toEqual(Array(4).fill(['whole', 'dashed']).flat());
    expect(rails(html(dataset([2, 3])))).toEqual(Array(4).fill('whole'));
    expect(rails(html(dataset([])))).toEqual(Array(4).fill('dashed'));
    // In French as a Canadian newsroom writes it: numbers below ten in words, a space before the colon.
    expect(chartText('fr').condensedNote(8, { before: 0, between: 4, after: 2 })).toBe('Seuls deux des huit événements sont présentés\u00a0: quatre\u00a0entre les deux, deux\u00a0après.');
    expect(chartText('fr').condensedNote(12)).toBe('Seuls le premier et le dernier des 12 événements sont présentés.');
  });

  test('the share card: the marked events with the chart’s dates, the others counted where they fall', () => {
    expect(card(dataset([0, 2]))).toEqual(['Thu, Jun 10', 'An order is signed', 'One event in between', 'One later event', 'Mon, Jun 14', 'A deal is announced']);
    expect(card(dataset([1, 3]))).toEqual([
      'Fri, Jun 11',
      // Broken by sense, not filled: no line ends on "the" or "a".
      'A premier objects strongly',
      'to the order and says so',
      'at some length in a press conference',
      'One earlier event',
      'One event in between',
      'Mon, Jun 14, evening',
      'The deal is welcomed',
    ]);
    expect(card(dataset([]))).toEqual(['Thu, Jun 10', 'An order is signed', 'Two events in between', 'Mon, Jun 14, evening', 'The deal is welcomed']);
  });

  test('a long label is drawn whole when the card has room for it, with the counts', () => {
    // As long as the French label of 3M's deal (150 characters): five lines on the card.
    const long = 'A deal is announced with the administration to keep sending respirators made in the country to its northern neighbour and to the south, as before';
    const shown = card(dataset([0, 2], long));
    expect(shown.filter((t) => t.includes('…'))).toEqual([]);
    expect(shown.slice(shown.indexOf('Mon, Jun 14') + 1).join(' ')).toBe(long);
    expect(shown).toContain('One later event');
  });
});
