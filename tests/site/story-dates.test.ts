import { expect, test } from 'vitest';
import { type DefaultTreeAdapterTypes as T } from 'parse5';
import { attr, elements, isInside } from './out';

// A story's dates under its byline: Updated only for a change after publication on another day
// (showsUpdated in lib/content/dates.ts), in each edition's words. The desk's Updated note follows
// the same rule, so a reader and an editor are told the same date.

const words = (node: T.ChildNode): string => ('value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(words).join('') : '');

/** The line of the story's header that holds its dates, as read, and the datetime of each date. */
function datesOf(page: string) {
  const times = elements(page).filter((el) => el.tagName === 'time' && isInside(el, 'article') && isInside(el, 'header'));
  const line = times[0].parentNode as T.Element;
  return { text: words(line).replace(/\s+/g, ' ').trim(), datetimes: times.map((el) => attr(el, 'datetime')) };
}

test('a story updated two days after publication says so, with the date and time of the change', () => {
  expect(datesOf('/stories/the-widget-standoff/')).toEqual({
    text: expect.stringMatching(/^Published June 20, 2021 · Updated June 22, 2021 · \d+ min read$/),
    datetimes: ['2021-06-20T09:00:00-04:00', '2021-06-22T08:00:00-04:00'],
  });
});

test('its French edition says the same in French', () => {
  expect(datesOf('/fr/articles/le-bras-de-fer-des-gadgets/')).toEqual({
    text: expect.stringMatching(/^Publié le 20 juin 2021 · Mis à jour le 22 juin 2021 · Lecture de \d+ min$/),
    datetimes: ['2021-06-20T09:00:00-04:00', '2021-06-22T08:00:00-04:00'],
  });
});

test('a story with no change since publication shows no Updated date', () => {
  expect(datesOf('/stories/widgets-by-the-numbers/')).toEqual({
    text: expect.stringMatching(/^Published June 18, 2021 · \d+ min read$/),
    datetimes: ['2021-06-18T09:00:00-04:00'],
  });
});
