'use client';

import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { autocompletion } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, insertNewline } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { HighlightStyle, defaultHighlightStyle, syntaxHighlighting, syntaxTree } from '@codemirror/language';
import { setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState, RangeSetBuilder, type Text } from '@codemirror/state';
import { search, searchKeymap } from '@codemirror/search';
import { Decoration, EditorView, highlightSpecialChars, keymap, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { forbiddenChars } from '@/lib/text-rules';
import type { DeskProblem } from '../../_server/check';
import { completeFrom, type Vocabulary } from './completions';
import { findCountLine } from './find-count';
import { diagnosticsOf, positionOf } from './marks';
import { sourceState } from './source-state';
import { bodyStart, frontmatterLines, unspelledFrontmatter, unspelledJson, unspelledMarkdown } from './spelling';
import { changeBetween } from './text-change';

export type SourceHandle = {
  goTo: (line?: number, column?: number) => void;
  /** Puts the keyboard in the text, its cursor where it was. */
  focus: () => void;
  /** Makes the document `next` in one transaction (the frontmatter panel's edits): undo, the check and the preview follow as for typing. */
  replaceText: (next: string) => void;
  /** Selects the text from `from` to `to` (offsets in the document) and puts the keyboard there, so typing replaces it. */
  select: (from: number, to: number) => void;
};

type Props = {
  /** The text box's name: what it holds ("Story source", "Chart source"). */
  label: string;
  initialText: string;
  separator: string;
  markdownFile: boolean;
  /** The file's language: the browser checks its spelling in it, and a screen reader reads it in it. */
  lang: 'en' | 'fr';
  problems: DeskProblem[];
  vocabulary: Vocabulary;
  chartAttributes: string[];
  /** The text after each change; `typed` when the editor typed, deleted, pasted or undid it (not the desk's own edits). */
  onChange: (text: string, typed: boolean) => void;
  /** The line the cursor is on (1-based), as it moves: the preview follows it. */
  onLine?: (line: number) => void;
};

/** How many lines of the document are its frontmatter (spelling.ts's frontmatterLines). */
const frontmatterCount = (doc: Text) => frontmatterLines(doc.lines, (i) => doc.line(i + 1).text);
/** The frontmatter's text, its lines joined by "\n" (Text.sliceString's default) whatever the file's line ends: offsets in it are the document's. */
const head = (doc: Text) => {
  const count = frontmatterCount(doc);
  return count ? doc.sliceString(0, doc.line(count).to) : '';
};

/** The frontmatter (spelling.ts's frontmatterLines) in its own colour: Markdown would read it as a rule and a heading. */
const frontmatter = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = this.build(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged || update.viewportChanged) this.decorations = this.build(update.view);
    }
    build(view: EditorView): DecorationSet {
      const builder = new RangeSetBuilder<Decoration>();
      const doc = view.state.doc;
      const mark = Decoration.line({ class: 'cm-frontmatter' });
      const count = frontmatterCount(doc);
      for (let n = 1; n <= count; n++) builder.add(doc.line(n).from, doc.line(n).from, mark);
      return builder.finish();
    }
  },
  { decorations: (v) => v.decorations },
);

/**
 * The browser's spelling underline on the prose only: CodeMirror turns it off for the whole text,
 * the desk on (contentAttributes below), and this marks what is not prose with spellcheck="false"
 * (spelling.ts): field names, tags and dates, components, link addresses, code, a data file's
 * property names and ids. Marks for the Markdown body are made for the lines on screen.
 */
const noSpelling = Decoration.mark({ attributes: { spellcheck: 'false' } });
const spelling = (markdownFile: boolean) =>
  ViewPlugin.fromClass(
    class {
      decorations: DecorationSet;
      constructor(view: EditorView) {
        this.decorations = this.build(view);
      }
      update(update: ViewUpdate) {
        const reparsed = markdownFile && syntaxTree(update.state) !== syntaxTree(update.startState);
        if (update.docChanged || reparsed || (markdownFile && update.viewportChanged)) this.decorations = this.build(update.view);
      }
      build(view: EditorView): DecorationSet {
        const doc = view.state.doc;
        let spans;
        if (markdownFile) {
          const [first, tree] = [head(doc), syntaxTree(view.state)];
          const body = bodyStart(first);
          spans = [...unspelledFrontmatter(first), ...view.visibleRanges.flatMap(({ from, to }) => unspelledMarkdown(tree, body, from, to))];
        } else spans = unspelledJson(doc.toString());
        return Decoration.set(spans.map(({ from, to }) => noSpelling.range(from, to)), true);
      }
    },
    { decorations: (v) => v.decorations },
  );

/** The two no-break spaces of French typography (before « : », inside « »), by name. */
const NO_BREAK: Record<number, string> = { 0xa0: 'no-break space (U+00A0)', 0x202f: 'narrow no-break space (U+202F)' };
/** Names for the characters marked beside CodeMirror's list, which it would call "Control character 0x…". */
const NAMES: Record<number, string> = {
  0xad: 'soft hyphen',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x2060: 'word joiner',
  0x2068: 'first strong isolate',
};
/** The two non-characters the check refuses (lib/text-rules.ts), which a font draws as an empty box. */
const NOT_CHARACTERS: Record<number, string> = { 0xfffe: 'Not a character (U+FFFE)', 0xffff: 'Not a character (U+FFFF)' };

/**
 * What an editor could not otherwise see, marked where it is, the text itself unchanged:
 *
 * - the two no-break spaces: a plain space in their place lets a line break before « : » or inside
 *   « », and they look the same. The mark is the character itself with a grey dot drawn on it
 *   (the themes below): a screen reader still reads a space, the pointer shows its name;
 * - control characters, zero-width and bidi marks, line and paragraph separators, a byte-order mark
 *   (CodeMirror's list, with the bidi embeddings, U+2068, the word joiner and U+FFFE/U+FFFF added): a dot, an
 *   image named for the character, for the pointer and for a screen reader alike. Red with a wavy
 *   line for the ones the check refuses (control, bidi and non-characters), grey for the others, which
 *   are allowed: red on the desk means an error.
 */
const visibleCharacters = highlightSpecialChars({
  addSpecialChars: /[\u00a0\u202f\u202a-\u202c\u2060\u2068\ufffe\uffff]/,
  render(code, description) {
    const span = document.createElement('span');
    const noBreak = NO_BREAK[code];
    if (noBreak) {
      span.className = 'cm-noBreak';
      span.textContent = String.fromCharCode(code);
      span.title = noBreak;
      return span;
    }
    const name = NOT_CHARACTERS[code] ?? (NAMES[code] ? `Control character ${NAMES[code]}` : (description ?? ''));
    // A control or bidi character is an error wherever it is in a file (lib/text-rules.ts): its dot
    // carries the error's wavy line. CodeMirror draws no mark around a widget, so the problem's own
    // mark could not.
    span.className = forbiddenChars(String.fromCharCode(code)).length ? 'cm-specialChar cm-forbidden' : 'cm-specialChar';
    // A dot for every one: CodeMirror's pictures for ASCII controls (␀, ␛...) are in few monospace
    // fonts, and drew an empty box in Debian's Chromium. The name says which character it is.
    span.textContent = '\u2022';
    span.title = name;
    span.setAttribute('role', 'img');
    span.setAttribute('aria-label', name);
    return span;
  },
});

/**
 * The wavy line under an error, as @codemirror/lint draws it but half again as thick (its 0.7 px
 * line was faint, and in dark hardly there), in a red that stands out on each ground.
 */
const squiggle = (color: string) =>
  `url('data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" width="6" height="3">${encodeURIComponent(`<path d="m0 2.5 l2 -1.5 l1 0 l2 1.5 l1 0" stroke="${color}" fill="none" stroke-width="1.1"/>`)}</svg>')`;

const theme = EditorView.theme({
  '&': { height: '70vh', fontSize: '0.875rem' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' },
  '.cm-frontmatter': { backgroundColor: 'rgba(120, 120, 160, 0.12)' },
  // Focus in the desk's blue, as on its buttons and fields: red on the desk means an error.
  '&.cm-focused': { outline: '2px solid #1d4ed8', outlineOffset: '2px' },
  '.cm-lintRange-error': { backgroundImage: squiggle('#dc2626') },
  // An error's dot and its wavy line in one red, darker than CodeMirror's (#f00, 4:1 on white) and
  // than the problems' line, whose thin stroke under one character was faint pink on white.
  '.cm-specialChar': { color: '#4b5563' },
  '.cm-specialChar.cm-forbidden': { color: '#b91c1c', backgroundImage: squiggle('#b91c1c'), backgroundPosition: 'left bottom', backgroundRepeat: 'repeat-x' },
  // A dot in the middle of the space, as word processors show one.
  '.cm-noBreak': { backgroundImage: 'radial-gradient(circle, #4b5563 0 1.5px, transparent 2px)', backgroundRepeat: 'no-repeat', backgroundPosition: 'center' },
  // The Find panel's controls at least 24 px, a target a finger or an unsteady hand can hit; room
  // kept on the right for its close button, which a narrow panel's wrapped row would cover.
  '.cm-panel.cm-search': { paddingRight: '2rem' },
  '.cm-panel.cm-search button, .cm-panel.cm-search input, .cm-panel.cm-search label': { minHeight: '24px' },
  '.cm-panel.cm-search input[type=checkbox]': { width: '16px', height: '16px', minHeight: '0', verticalAlign: 'middle' },
  '.cm-panel.cm-search [name=close]': { minWidth: '24px', fontSize: '1.25rem' },
  '.cm-find-count': { marginLeft: '0.5rem', whiteSpace: 'nowrap' },
  // The panel's words at the text's own size: CodeMirror draws its fields and buttons at 70% of it,
  // 9.8 px here, smaller than anything else on the desk (the third review).
  '.cm-panel.cm-search .cm-textfield, .cm-panel.cm-search .cm-button, .cm-panel.cm-search label': { fontSize: '100%' },
  // Each Find field's placeholder is its only visible name: at least 4.5:1, where the browser's grey
  // is fainter; its edge 3:1 and more, where CodeMirror's silver is 1.8:1 on white.
  '.cm-textfield': { borderColor: '#6b7280' },
  '.cm-textfield::placeholder': { color: '#6b7280', opacity: '1' },
});

/** The Find panel's words, in an editor's: CodeMirror's own are a programmer's ("regexp", "by word"). */
const searchWords = EditorState.phrases.of({
  next: 'Next',
  previous: 'Previous',
  all: 'Select all',
  'match case': 'Match case',
  // What a word processor calls it ("Match using regular expressions"): "Pattern" read as jargon that named nothing.
  regexp: 'Regular expression',
  'by word': 'Whole words',
  replace: 'Replace',
  'replace all': 'Replace all',
  close: 'Close',
});

/**
 * The desk follows the system's dark setting (desk.css), and so does the text box's ground (its
 * wrapper, below). CodeMirror's own colours are for a light ground: in dark, its caret, selection,
 * tooltips and, for the syntax, lighter twins of its defaults that keep 4.5:1 (axe checks it).
 */
const darkTheme = EditorView.theme(
  {
    '.cm-content': { caretColor: '#f3f4f6' },
    '.cm-cursor, .cm-dropCursor': { borderLeftColor: '#f3f4f6' },
    '.cm-content ::selection': { backgroundColor: '#374151' },
    '.cm-tooltip': { backgroundColor: '#111827', color: '#f3f4f6', border: '1px solid #6b7280' },
    '.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: '#1e40af', color: '#ffffff' },
    '&.cm-focused': { outline: '2px solid #60a5fa' },
    '.cm-lintRange-error': { backgroundImage: squiggle('#f87171') },
    '.cm-specialChar': { color: '#9ca3af' },
    '.cm-specialChar.cm-forbidden': { color: '#f87171', backgroundImage: squiggle('#f87171') },
    '.cm-noBreak': { backgroundImage: 'radial-gradient(circle, #9ca3af 0 1.5px, transparent 2px)' },
    // The Find panel's fields, which took the panel's grey ground, their edge and placeholder faint
    // on it (the second desk review): a ground of their own, an edge of 3:1 and more.
    '.cm-textfield': { backgroundColor: '#111827', color: '#f3f4f6', borderColor: '#9ca3af' },
    '.cm-textfield::placeholder': { color: '#9ca3af', opacity: '1' },
  },
  { dark: true },
);
const darkHighlight = HighlightStyle.define(
  [
    { tag: tags.meta, color: '#d1d5db' },
    { tag: tags.link, textDecoration: 'underline' },
    { tag: tags.heading, fontWeight: 'bold' },
    { tag: tags.emphasis, fontStyle: 'italic' },
    { tag: tags.strong, fontWeight: 'bold' },
    { tag: tags.strikethrough, textDecoration: 'line-through' },
    { tag: tags.keyword, color: '#d8b4fe' },
    { tag: [tags.atom, tags.bool, tags.url, tags.contentSeparator, tags.labelName], color: '#93c5fd' },
    { tag: [tags.literal, tags.inserted], color: '#86efac' },
    { tag: [tags.string, tags.deleted], color: '#5eead4' },
    // Violet, not orange: an escape is no error (see lightHighlight).
    { tag: [tags.regexp, tags.escape, tags.special(tags.string)], color: '#c4b5fd' },
    { tag: [tags.typeName, tags.namespace, tags.className, tags.variableName, tags.propertyName, tags.macroName], color: '#a5f3fc' },
    { tag: tags.comment, color: '#fcd34d' },
    { tag: tags.invalid, color: '#f87171' },
  ],
  { themeType: 'dark' },
);
/**
 * CodeMirror's own colours in light, but a heading bold without its underline (underlined, a
 * "## Heading" line read as a link), strings (attribute values, quoted YAML) in teal and escapes
 * (\" in a title, the \{ the check asks for) in violet: red or orange-red, beside the problems'
 * red wavy lines, read as an error (design reviews).
 */
const recolour = (spec: (typeof defaultHighlightStyle.specs)[number]) =>
  !Array.isArray(spec.tag) ? spec : spec.tag.includes(tags.string) ? { ...spec, color: '#0f766e' } : spec.tag.includes(tags.escape) ? { ...spec, color: '#6d28d9' } : spec;
const lightHighlight = HighlightStyle.define([
  ...defaultHighlightStyle.specs.filter((spec) => spec.tag !== tags.heading).map(recolour),
  { tag: tags.heading, fontWeight: 'bold' },
]);
/** Holds darkTheme or nothing, switched as the system's setting changes. */
const scheme = new Compartment();

/**
 * The file's text in CodeMirror 6. The state joins its lines with the file's own separator, so
 * `state.sliceDoc()` is the file's bytes again (doc.toString() always joins with \n). Tab is left
 * to the browser (no indentWithTab): the keyboard moves on from the text to the rest of the page.
 */
export const Source = forwardRef<SourceHandle, Props>(function Source({ label, initialText, separator, markdownFile, lang, problems, vocabulary, chartAttributes, onChange, onLine }, ref) {
  const parent = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | undefined>(undefined);
  const changed = useRef(onChange);
  changed.current = onChange;
  const moved = useRef(onLine);
  moved.current = onLine;

  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const editor = new EditorView({
      parent: parent.current!,
      state: sourceState(initialText, separator, [
        // Spelling checked, in the file's language, where spelling() does not turn it off; autocorrect
        // stays off (CodeMirror's default): nothing changes a word the editor did not choose.
        EditorView.contentAttributes.of({ 'aria-label': label, spellcheck: 'true', lang }),
        spelling(markdownFile),
        EditorView.lineWrapping,
        history(),
        // Enter inserts a line end and nothing else: no indentation or list marker the editor did not type.
        keymap.of([{ key: 'Enter', run: insertNewline }, ...historyKeymap, ...searchKeymap, ...defaultKeymap]),
        // Ctrl+F (⌘F) finds and replaces in the whole text, Ctrl+Alt+G goes to a line: the editor draws
        // only the lines on screen, so the browser's own Find cannot reach the rest of a story.
        search({ top: true }),
        searchWords,
        findCountLine,
        markdownFile ? markdown({ addKeymap: false }) : [],
        // CodeMirror's colours in light; in dark, darkHighlight (active only under a dark theme) takes over.
        syntaxHighlighting(lightHighlight, { fallback: true }),
        syntaxHighlighting(darkHighlight),
        scheme.of(media.matches ? darkTheme : []),
        markdownFile ? frontmatter : [],
        visibleCharacters,
        autocompletion({ override: [completeFrom(vocabulary, chartAttributes)] }),
        theme,
        EditorView.updateListener.of((u) => {
          // The desk's own replacements (replaceText: the panel, a correction, Keep both, Restore) are not typing.
          const typed = u.transactions.some((tr) => !tr.isUserEvent('input.frontmatter') && ['input', 'delete', 'undo', 'redo'].some((event) => tr.isUserEvent(event)));
          if (u.docChanged) changed.current(u.state.sliceDoc(), typed);
          if (u.docChanged || u.selectionSet) moved.current?.(u.state.doc.lineAt(u.state.selection.main.head).number);
        }),
      ]),
    });
    view.current = editor;
    const follow = () => editor.dispatch({ effects: scheme.reconfigure(media.matches ? darkTheme : []) });
    media.addEventListener('change', follow);
    return () => {
      media.removeEventListener('change', follow);
      editor.destroy();
      view.current = undefined;
    };
    // The editor is made once per file; later text lives in it, not in props.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (editor) editor.dispatch(setDiagnostics(editor.state, diagnosticsOf(editor.state.doc, problems)));
  }, [problems]);

  useImperativeHandle(ref, () => ({
    focus() {
      const editor = view.current;
      if (!editor) return;
      editor.focus();
      // CodeMirror takes the focus without scrolling the page: the cursor's line is brought to the middle of the window.
      const at = editor.coordsAtPos(editor.state.selection.main.head);
      if (at) window.scrollBy({ top: at.top - window.innerHeight / 2 });
      else editor.dom.scrollIntoView({ block: 'start' });
    },
    goTo(line, column) {
      const editor = view.current;
      if (!editor) return;
      const at = positionOf(editor.state.doc, line, column);
      editor.dispatch({ selection: { anchor: at }, scrollIntoView: true });
      editor.focus();
    },
    select(from, to) {
      const editor = view.current;
      if (!editor) return;
      const end = editor.state.doc.length;
      // In the middle of the box, with the lines around it in view (a correction's date and its list
      // above it), and the box in the middle of the window, clear of the Save bar: CodeMirror scrolls
      // its own scroller, the page only as far as the line's edge.
      editor.dispatch({ selection: { anchor: Math.min(from, end), head: Math.min(to, end) }, effects: EditorView.scrollIntoView(Math.min(from, end), { y: 'center' }) });
      requestAnimationFrame(() => editor.dom.scrollIntoView({ block: 'center' }));
      editor.focus();
    },
    replaceText(next) {
      const editor = view.current;
      if (!editor || editor.state.sliceDoc() === next) return;
      editor.dispatch({ changes: changeBetween(editor.state.sliceDoc(), next, separator), userEvent: 'input.frontmatter' });
      // A text the change did not reproduce (it cannot happen; if it did) is put in whole: the editor must hold what the panel wrote.
      if (editor.state.sliceDoc() !== next) editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: next }, userEvent: 'input.frontmatter' });
    },
  }));

  // The ground follows the page's scheme; the syntax colours follow it through darkTheme (tests/desk/a11y.test.ts checks both).
  return <div ref={parent} className="mt-1 rounded border border-gray-400 bg-white text-gray-900 dark:bg-gray-950 dark:text-gray-100" />;
});
