'use client';

import { useEffect, useEffectEvent, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import type { DeskProblem } from '../../_server/check';
import type { OtherEdition } from '../../_server/other-edition';
import { translationTitle } from '../../translation-title';
import { EDITOR_COOKIE } from '../../_server/config';
import { langOfFile } from '@/lib/i18n/lang';
import type { Vocabulary } from './completions';
import { browserStorage, draftKey, dropCopiesOf, dropDraft, keepDraft, pageId, readDraft, type Kept } from './draft';
import { Conflict } from './Conflict';
import { addCorrection, todayIn } from './correction-edit';
import { lacksTheirChanges } from './merge';
import { Frontmatter } from './Frontmatter';
import { readFrontmatter } from './frontmatter-edit';
import { KeptCopy } from './KeptCopy';
import { lineEndsOf } from './line-ends';
import { countOf, Problems } from './Problems';
import { LiveChange } from './LiveChange';
import { publishedSentence, when } from './said';
import { changeBetween } from './text-change';
import { hasPreview, Preview } from './Preview';
import { PublishBlocked } from './PublishBlocked';
import { Source, type SourceHandle } from './Source';
import { focusRing } from '../../focus';

type Props = { path: string; initialText: string; initialHash: string; initialProblems: DeskProblem[]; vocabulary: Vocabulary; chartAttributes: string[]; timeZone: string; published?: Published; other?: OtherEdition };

/** The story as its branch holds it (its text's hash, null if never committed) and whether a data file it publishes with is changed: undefined where the desk cannot tell. */
type Published = { hash: string | null; data: boolean };

/** How long typing must stop before the text is checked (the issue asks for problems within 300 ms). */
const CHECK_DELAY = 150;
/** How long typing must stop before the browser's copy of unsaved text is written again (draft.ts). */
const DRAFT_DELAY = 250;

async function post(url: string, body: unknown): Promise<{ status: number; data: Record<string, unknown> }> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, data: await response.json().catch(() => ({ error: `The desk answered ${response.status}.` })) };
}

const primaryButton = `rounded border border-blue-700 bg-blue-700 px-3 py-1 font-semibold text-white hover:bg-blue-800 dark:border-blue-500 dark:bg-blue-600 dark:text-white dark:hover:bg-blue-700 ${focusRing}`;
// Beside the status on a wide screen, a rule keeping the two sentences apart.
const besideStatus = 'border-gray-300 text-sm sm:border-l sm:pl-3 dark:border-gray-700';
const button = `rounded border border-gray-400 px-3 py-1 font-semibold hover:bg-gray-100 ${focusRing} disabled:cursor-not-allowed disabled:opacity-60 disabled:hover:bg-transparent dark:hover:bg-gray-800 dark:disabled:hover:bg-transparent`;

/**
 * The editor of one file, as text (CodeMirror, Source.tsx). The text it holds is the file's bytes:
 * lines joined with the file's own line separator. A file that mixes line ends cannot be held so,
 * and is not saved from the desk.
 */
export function Editor({ path, initialText, initialHash, initialProblems, vocabulary, chartAttributes, timeZone, published: initialPublished, other }: Props) {
  const [lineEnds] = useState(() => lineEndsOf(initialText));
  const [text, setText] = useState(initialText);
  const [base, setBase] = useState(initialHash);
  const [saved, setSaved] = useState(text);
  // False after restoring a copy that does not hold the text of the version it was written over:
  // a conflict then cannot tell their changes from the editor's, and offers no Keep both.
  const [savedKnown, setSavedKnown] = useState(true);
  const [problems, setProblems] = useState(initialProblems);
  // The text the problems shown are for: until the check of the current text answers, the list is an older text's.
  const [checked, setChecked] = useState<{ text: string; error?: string }>({ text: initialText });
  const [status, setStatus] = useState('');
  // The cursor's line: the preview shows the part of the story it is in.
  const [line, setLine] = useState(1);
  const [conflict, setConflict] = useState<{ disk: string; hash: string } | undefined>();
  // After Keep both: the text and version this page held before, and their text, until the next save.
  const [kept, setKept] = useState<{ saved: string; base: string; theirs: string } | undefined>();
  // Publish held back: the story is live and the change unannounced (since when it has been live).
  const [live, setLive] = useState<string | undefined>();
  const [published, setPublished] = useState(initialPublished);
  const source = useRef<SourceHandle>(null);
  // The copy of unsaved text this browser held when the file was opened (read on the client only:
  // the server's page has none, so the offer appears once the page has hydrated).
  const onClient = useSyncExternalStore(noChange, () => true, () => false);
  const [openedWith] = useState(() => {
    if (typeof window === 'undefined') return undefined;
    // Copies that hold the file's own text are not unsaved work (draft.ts): gone before one is chosen.
    dropCopiesOf(browserStorage(), path, initialText);
    return readDraft(browserStorage(), path);
  });
  // Where this page keeps its own copy: another tab on the same file keeps its own (draft.ts).
  const [ownKey] = useState(() => (typeof window === 'undefined' ? '' : draftKey(path, pageId())));
  // Restored or discarded: the offer is gone.
  const [settled, setSettled] = useState(false);
  const found = onClient && !settled && openedWith && openedWith.text !== initialText ? openedWith : undefined;
  // Typed since the file was opened: Restore would put the copy in place of it (undoable, and said so).
  const changedSinceOpen = text !== initialText;
  const [draftRefused, setDraftRefused] = useState(false);
  const draftHeading = useRef<HTMLHeadingElement>(null);
  const asked = useRef(0);
  const story = path.startsWith('stories/');
  const lang = langOfFile(path);
  const previewed = hasPreview(path);
  const sourceLabel = story ? 'Story source' : 'Chart source';
  // A story's page is named by its headline as typed, as the newsroom knows it; the path is above it.
  const headline = useMemo(() => {
    const read = story ? readFrontmatter(text) : undefined;
    const title = read?.kind === 'fields' && read.fields.title.present ? read.fields.title.value : undefined;
    return typeof title === 'string' ? title.trim() : '';
  }, [story, text]);


  useEffect(() => {
    const n = ++asked.current;
    const timer = setTimeout(async () => {
      const { data } = await post('/desk/api/check/', { path, text: text }).catch(() => ({ data: { error: 'the desk did not answer' } as Record<string, unknown> }));
      // An older answer arriving after a newer one is dropped.
      if (n !== asked.current) return;
      if (Array.isArray(data.problems)) setProblems(data.problems as DeskProblem[]);
      setChecked(Array.isArray(data.problems) ? { text } : { text, error: String(data.error ?? 'no answer') });
    }, CHECK_DELAY);
    return () => clearTimeout(timer);
  }, [text, path]);

  const goTo = (p: DeskProblem) => source.current?.goTo(p.line, p.column);
  // From why Publish is off to the first error's entry in Problems: its name reads the error out,
  // and Enter there goes to it in the text. Centred, so the sticky bar does not cover it.
  const showFirstError = () => {
    const entry = document.querySelector<HTMLButtonElement>('#problems button[data-severity="error"]');
    entry?.scrollIntoView({ block: 'center' });
    entry?.focus({ preventScroll: true });
  };

  // Unsaved text is the editor's work: a reload, a link, Sign out or closing the tab asks first
  // (the browser's own question), and a copy is kept in this browser against a crash (draft.ts).
  const dirty = text !== saved;

  useEffect(() => {
    if (found) draftHeading.current?.focus();
  }, [found]);

  useEffect(() => {
    // What is typed while the offer is open is kept too, under this page's own key: the copy offered
    // stays as it is under its own, so a second crash before the choice loses neither.
    if (!onClient) return;
    const keep = () => setDraftRefused(!keepDraft(browserStorage(), ownKey, { text, base, baseText: saved, at: new Date().toISOString() }));
    const timer = setTimeout(() => {
      // Nothing unsaved (a copy of what is on disk anyway, saved from another tab, included): no copy.
      if (!dirty) dropDraft(browserStorage(), ownKey);
      else keep();
    }, DRAFT_DELAY);
    // Another tab that discarded or restored this tab's copy (offered it as one a crash left) took
    // away the only copy of text still unsaved here: it is kept again at once.
    const kept = (event: StorageEvent) => {
      if (dirty && event.key === ownKey && event.newValue === null) keep();
    };
    window.addEventListener('storage', kept);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('storage', kept);
    };
  }, [onClient, dirty, text, base, saved, ownKey]);

  function restore(copy: Kept) {
    // Kept as this tab's copy before the one offered is removed, so there is always one.
    if (copy.key !== ownKey && keepDraft(browserStorage(), ownKey, copy)) dropDraft(browserStorage(), copy.key);
    // Saved over the version it was written over: a file changed on disk since meets the 409 below,
    // whose Keep both tells their changes from the copy's by that version's text. Without it (a copy
    // from an older desk), the file as opened is that version only if it has not changed since.
    setBase(copy.base);
    const from = copy.baseText ?? (copy.base === initialHash ? initialText : undefined);
    setSaved(from ?? initialText);
    setSavedKnown(from !== undefined);
    source.current?.replaceText(copy.text);
    setSettled(true);
    const replaced = changedSinceOpen ? ' in place of your changes. Ctrl+Z (⌘Z on a Mac) brings them back. It is' : '; it is';
    setStatus(`Restored the unsaved text kept on ${when(copy.at, timeZone)}${replaced} not in the file until you save.`);
    source.current?.goTo();
  }

  function discard() {
    if (found) dropDraft(browserStorage(), found.key);
    setSettled(true);
    setStatus('Discarded the unsaved text this browser had kept.');
  }
  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);

  async function save(over?: string) {
    if (lineEnds.mixed) {
      setStatus(`Not saved: ${path} mixes line ends; save it from your text editor.`);
      return;
    }
    setStatus('Saving…');
    // Their changes, which Keep both put in, taken out again (by Undo): saving over their version
    // would drop them without a word, so the save goes as over the version before theirs, is
    // refused, and the conflict shows again, listing their changes.
    const undone = over === undefined && kept !== undefined && lacksTheirChanges(kept.saved, text, kept.theirs);
    if (undone) {
      setSaved(kept.saved);
      setBase(kept.base);
    }
    const { status: code, data } = await post('/desk/api/save/', { path, text: text, base: over ?? (undone ? kept.base : base) });
    if (code === 200) {
      setBase(String(data.hash));
      setSaved(text);
      setSavedKnown(true);
      setConflict(undefined);
      setKept(undefined);
      setStatus(`Saved ${path}.`);
    } else if (code === 409) {
      setConflict({ disk: String(data.disk), hash: String(data.hash) });
      setStatus(undone ? "Not saved: Undo took the other editor's changes back out of your text, and saving now would erase them. Choose again below." : String(data.error));
    } else setStatus(String(data.error ?? `Not saved (${code}).`));
  }

  // Ctrl+S (⌘S on a Mac) saves, wherever the keyboard is on the page, as in every editor: the
  // browser's own Ctrl+S would download the desk's page instead.
  const saveKey = useEffectEvent((event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 's') return;
    event.preventDefault();
    void save();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => saveKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  // Their changes put into this page's text, which is now over their version: Save writes both.
  function keepBoth(merged: string, over: { disk: string; hash: string }) {
    setKept({ saved, base, theirs: over.disk });
    // Where their changes start in the text: the cursor goes there to read them over (it went to the top of the file).
    const { from } = changeBetween(text, merged, lineEnds.separator);
    source.current?.replaceText(merged);
    setSaved(over.disk);
    setSavedKnown(true);
    setBase(over.hash);
    setConflict(undefined);
    setStatus('Their changes are in your text now, with yours (Undo takes them out again). Not saved yet: read it over, then save.');
    source.current?.select(from, from);
  }

  // The live-story question answered with a correction: its item written into the frontmatter, its TK selected to type over.
  function addCorrectionHere() {
    const result = addCorrection(text, todayIn(timeZone), lang);
    if (!result.ok) {
      setStatus(`No correction added: ${result.reason}.`);
      return;
    }
    // The box goes first, so the text box is where it will stay when the selection is scrolled to.
    flushSync(() => {
      setLive(undefined);
      // Short: the bar stays in view on a phone. What to write is in the TK itself, selected in the text.
      setStatus('Correction added, dated today. Replace its TK.');
    });
    source.current?.replaceText(result.text);
    source.current?.select(result.from, result.to);
  }

  async function publish(smallFix = false) {
    setLive(undefined);
    setStatus('Publishing…');
    const { status: code, data } = await post('/desk/api/publish/', { path, base, ...(smallFix ? { smallFix } : {}) });
    const held = code === 409 && typeof data.live === 'string';
    if (held) setLive(data.live as string);
    // Committed on its branch (or already there): nothing left to publish, whether or not the push went through.
    if (code === 200) setPublished({ hash: base, data: false });
    // Held for the live-story question: the box below says the rest, so the bar does not repeat it.
    setStatus(code === 200 ? (data.commit ? publishedSentence(data, timeZone) : String(data.note)) : held ? 'Saved. Readers still see the published version: choose below how to publish this change.' : String(data.error ?? `Not published (${code}).`));
    // Refused for want of a name: the field is under the whole editor, a screen or more away on a phone.
    if (data.field === EDITOR_COOKIE) document.getElementById('editor-name')?.focus();
  }

  // What the bar said about the last action ("Saved …", "Correction added …") is stale once the
  // editor types: the bar goes back to saying whether there are unsaved changes.
  const changeText = (next: string, typed: boolean) => {
    setText(next);
    if (typed) setStatus('');
  };
  const here = problems.filter((p) => p.here);
  const errors = here.filter((p) => p.severity === 'error').length;
  const blocked = story && (dirty || errors > 0);
  // Saved but not what the branch holds: Publish is the thing to do, drawn filled, and says so.
  const pending = story && !blocked && published !== undefined && (published.hash !== base || published.data);

  return (
    <main aria-label="Editor" className="mx-auto max-w-[100rem] p-4">
      {/* From the keyboard the text was 20 and more Tabs down (the desk review counted 26): the page's first stop goes straight to it. */}
      <button type="button" onClick={() => source.current?.focus()} className={`${button} sr-only focus:not-sr-only focus:mb-2 focus:inline-block`}>
        Skip to the text
      </button>
      <p className="text-sm"><a className="underline" href="/desk/">The desk</a> / {path}</p>
      {/* The other edition, which a correction here may need too. */}
      {other && (
        <p className="text-sm">
          {other.label}: <a className={`underline ${focusRing}`} href={other.href}>{other.text}</a>
        </p>
      )}
      <h1 className="mt-1 text-xl font-bold sm:text-2xl">{(headline && translationTitle(headline, other?.label === 'English original' ? other.text : undefined)) || path}</h1>
      {/* A chart's French words: which of the file's words are to translate was not said anywhere on the page (the third review). */}
      {path.startsWith('data/fr/') && (
        <p className="mt-1 max-w-prose text-sm">
          The French words of a chart. Translate each text after a colon{/^\s*"[^"]*":\s*"TK\b/m.test(text) ? ' (replace the whole “TK: …”, the English in it included)' : ''}. Leave the names before the colons as they are: they are the English file’s, and tie each French text to its English one.
        </p>
      )}
      {/* Save, Publish and what they said stay in view while the editor scrolls the page, on a phone above all (no Ctrl+S there). */}
      <div className="sticky top-0 z-10 -mx-4 mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-gray-300 bg-white px-4 py-2 dark:border-gray-700 dark:bg-gray-950">
        {/* With unsaved changes, Save is the thing to do: drawn filled, as the page's main button. */}
        <button type="button" className={dirty && !lineEnds.mixed ? primaryButton : button} onClick={() => save()} disabled={lineEnds.mixed} title={lineEnds.mixed ? 'This file mixes line ends' : 'Ctrl+S or ⌘S'} aria-keyshortcuts="Control+S Meta+S">Save</button>
        {story && <button type="button" className={pending ? primaryButton : button} onClick={() => publish()} disabled={Boolean(blocked)} aria-describedby={blocked ? 'publish-blocked' : pending ? 'publish-pending' : undefined}>Publish</button>}
        {/* The status first: short as a rule, it shares the buttons' line on a phone, and why Publish is off takes the next. */}
        <p role="status" className="text-sm">{status || (found ? 'Unsaved text is kept in this browser: choose below.' : dirty ? 'Unsaved changes.' : 'All changes saved.')}</p>
        {/* On a wide screen both share a line: a rule keeps the two sentences apart. */}
        {blocked && (
          <p id="publish-blocked" className={besideStatus}>
            <PublishBlocked dirty={dirty} errors={errors} onShowError={showFirstError} />
          </p>
        )}
        {pending && <p id="publish-pending" className={besideStatus}>Changes not published yet.</p>}
      </div>
      {/* Publish commits a story with the data files it shows: a chart has no Publish of its own. */}
      {!story && <p className="mt-2 text-sm">A chart is published with the stories that show it: save it here, then open such a story and Publish it.</p>}
      {conflict && <Conflict disk={conflict.disk} base={savedKnown ? saved : undefined} mine={text} button={button} onKeepBoth={(merged) => keepBoth(merged, conflict)} onSaveMine={() => save(conflict.hash)} />}
      {live && !dirty && <LiveChange since={live} timeZone={timeZone} button={button} onAddCorrection={addCorrectionHere} onSmallFix={() => publish(true)} />}
      {found && <KeptCopy copy={found} text={text} savedSince={found.base !== initialHash} typedSince={changedSinceOpen} timeZone={timeZone} button={button} heading={draftHeading} onRestore={() => restore(found)} onDiscard={discard} />}
      {draftRefused && <p role="note" className="mt-2 text-sm">This browser would not keep a copy of your unsaved text (its storage is full or turned off): save often.</p>}
      <div className={previewed ? 'mt-4 grid gap-4 lg:grid-cols-2' : 'mt-4'}>
        {/* A story's frontmatter panel: above its text, beside it on the widest screens (the panel spans the column's three rows). */}
        <div className={story ? '2xl:grid 2xl:grid-cols-[18rem_minmax(0,1fr)] 2xl:grid-rows-[auto_auto_1fr] 2xl:items-start 2xl:gap-x-4' : undefined}>
          {story && <div className="mb-4 2xl:row-span-3 2xl:mb-0"><Frontmatter text={text} timeZone={timeZone} french={lang === 'fr'} onEdit={(next) => source.current?.replaceText(next)} /></div>}
          {/* The text box's name is its aria-label; this is the same words, for the eye. */}
          <p className="block font-semibold" aria-hidden="true">{sourceLabel}</p>
          {lineEnds.mixed && (
            <p role="note" className="mt-1 rounded border-2 border-red-700 p-2 text-sm">
              This file mixes line ends (\r\n, \n or \r on different lines). The desk would have to change some of them, so it does not save this file: edit it in your text editor (<code>npm run check</code> checks it there), or give it one kind of line end and open it again.
            </p>
          )}
          <Source ref={source} label={sourceLabel} initialText={initialText} separator={lineEnds.separator} markdownFile={path.endsWith('.mdx')} lang={lang} problems={problems} vocabulary={vocabulary} chartAttributes={chartAttributes} onChange={changeText} onLine={setLine} />
          {/* The problems right under the text they are about: the next Tab stop after it, and in view on a phone. */}
          <Problems problems={problems} what={story ? 'story' : 'chart file'} state={checked.text !== text ? 'checking…' : checked.error ? `not checked: ${checked.error}` : here.length ? countOf(here) : 'none'} className={story ? 'mt-4 2xl:col-start-2' : 'mt-4'} onGoTo={goTo} />
        </div>
        {/* The preview follows the check: it draws each text once the check has answered for it, so the problems never wait behind a page. */}
        {/* Beside the text on a wide screen, the preview stays in view under the Save bar as the text scrolls by. */}
        {previewed && (
          <div className="lg:sticky lg:top-16 lg:self-start">
            <Preview path={path} text={checked.text} line={line} changed={checked.text !== saved} />
          </div>
        )}
      </div>
    </main>
  );
}

/** The subscription of a value that never changes (useSyncExternalStore's way to tell the client from the server). */
const noChange = () => () => {};
