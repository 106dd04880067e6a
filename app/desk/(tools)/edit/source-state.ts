import { EditorState, type Extension } from '@codemirror/state';

/**
 * The editor's state for a file's text (Source.tsx; the round-trip test makes it the same way).
 * Its lines are split on, and joined with, the file's own separator only, so `state.sliceDoc()` is
 * the file's text again: without the facet CodeMirror splits on \r\n, \r and \n alike and joins
 * with \n (doc.toString() always does).
 */
export function sourceState(text: string, separator: string, extensions: Extension[] = []): EditorState {
  return EditorState.create({ doc: text, extensions: [EditorState.lineSeparator.of(separator), ...extensions] });
}
