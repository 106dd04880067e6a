// How many places Find has found, said in its panel: before Replace all, an editor wants to know how
// many words it will change, and a screen reader hears the count as the search is typed.
import type { EditorState } from '@codemirror/state';
import { getSearchQuery, searchPanelOpen } from '@codemirror/search';
import { ViewPlugin, type EditorView, type ViewUpdate } from '@codemirror/view';

/** Counting stops here: past it the number tells an editor nothing more, and a long story stays quick to search. */
export const COUNT_LIMIT = 1000;

/** Matches of the search as typed, and which of them is selected (1-based; 0 when none is). */
export type FindCount = { valid: boolean; count: number; current: number; more: boolean };

export function findCount(state: EditorState): FindCount {
  const query = getSearchQuery(state);
  if (!query.valid) return { valid: query.search === '' || !query.regexp, count: 0, current: 0, more: false };
  const { from, to } = state.selection.main;
  const cursor = query.getCursor(state);
  let count = 0;
  let current = 0;
  for (let next = cursor.next(); !next.done; next = cursor.next()) {
    if (count === COUNT_LIMIT) return { valid: true, count, current, more: true };
    count++;
    if (next.value.from === from && next.value.to === to) current = count;
  }
  return { valid: true, count, current, more: false };
}

/** The count in words: "No match", "1 match", "2 of 12 matches", "More than 1,000 matches". */
export function countWords({ valid, count, current, more }: FindCount, search: string): string {
  if (!valid) return 'Not a regular expression the desk can read';
  if (!search) return '';
  if (more) return `More than ${COUNT_LIMIT.toLocaleString('en-CA')} matches`;
  if (count === 0) return 'No match';
  const total = `${count.toLocaleString('en-CA')} ${count === 1 ? 'match' : 'matches'}`;
  return current ? `${current.toLocaleString('en-CA')} of ${total}` : total;
}

/** The count, kept in a status line at the end of the Find panel while it is open. */
export const findCountLine = ViewPlugin.fromClass(
  class {
    line: HTMLElement | undefined;
    constructor(view: EditorView) {
      this.show(view);
    }
    update(u: ViewUpdate) {
      const changed = u.docChanged || u.selectionSet || !getSearchQuery(u.state).eq(getSearchQuery(u.startState)) || searchPanelOpen(u.state) !== searchPanelOpen(u.startState);
      if (changed) this.show(u.view);
    }
    show(view: EditorView) {
      const panel = searchPanelOpen(view.state) ? view.dom.querySelector('.cm-panel.cm-search') : null;
      if (!panel) return;
      if (!this.line || !panel.contains(this.line)) {
        this.line = document.createElement('span');
        this.line.className = 'cm-find-count';
        this.line.setAttribute('role', 'status');
        panel.append(this.line);
      }
      const words = countWords(findCount(view.state), getSearchQuery(view.state).search);
      if (this.line.textContent !== words) this.line.textContent = words;
    }
  },
);
