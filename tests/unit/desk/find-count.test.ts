/** The count the Find panel says: how many places the search finds, and which one is selected. */
import { EditorSelection, EditorState } from '@codemirror/state';
import { search, SearchQuery, setSearchQuery } from '@codemirror/search';
import { describe, expect, test } from 'vitest';
import { countWords, findCount } from '@/app/desk/(tools)/edit/find-count';

/** The panel's words for `query` over `doc`, with the text from `from` to `to` selected. */
function said(doc: string, query: ConstructorParameters<typeof SearchQuery>[0], from = 0, to = from) {
  const state = EditorState.create({ doc, selection: EditorSelection.single(from, to), extensions: [search()] }).update({ effects: setSearchQuery.of(new SearchQuery(query)) }).state;
  return countWords(findCount(state), query.search);
}

const STORY = 'Masks went to Canada. The masks were N95 masks.\nMASKS again.';

describe('the Find panel’s count', () => {
  test('counts every place, in any case unless asked, and only whole words when asked', () => {
    expect(said(STORY, { search: 'masks' })).toBe('4 matches');
    expect(said(STORY, { search: 'masks', caseSensitive: true })).toBe('2 matches');
    expect(said(STORY, { search: 'mask', wholeWord: true })).toBe('No match');
    expect(said(STORY, { search: 'Canada' })).toBe('1 match');
  });

  test('says which match is selected', () => {
    const second = STORY.indexOf('masks', 20);
    expect(said(STORY, { search: 'masks' }, second, second + 5)).toBe('2 of 4 matches');
    // A selection that is not a match, or only part of one, is not counted as one.
    expect(said(STORY, { search: 'masks' }, second, second + 4)).toBe('4 matches');
  });

  test('reads a regular expression, and says when it cannot', () => {
    expect(said(STORY, { search: 'N\\d+', regexp: true })).toBe('1 match');
    expect(said(STORY, { search: '(unclosed', regexp: true })).toBe('Not a regular expression the desk can read');
    // Not a regular expression unless asked: the same characters are looked for as typed.
    expect(said('a (unclosed bracket', { search: '(unclosed' })).toBe('1 match');
  });

  test('says nothing before a search is typed, and stops counting past a thousand', () => {
    expect(said(STORY, { search: '' })).toBe('');
    expect(said('e'.repeat(5000), { search: 'e' })).toBe('More than 1,000 matches');
    expect(said('e '.repeat(1000), { search: 'e' })).toBe('1,000 matches');
  });
});
