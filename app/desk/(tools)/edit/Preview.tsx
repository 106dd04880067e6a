'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { previewKind } from '../../_server/preview-kind';
import type { Preview as Rendered } from '../../_server/preview-pages';
import { PreviewFrame, type Theme } from './PreviewFrame';
import { focusRing } from '../../focus';

/** The widths a page is laid out at: a common phone's, and a desktop window's. */
export const WIDTHS = { phone: 375, desktop: 1280 } as const;
type Width = keyof typeof WIDTHS;

/** Whether the editor of this file shows a preview: stories and data files. */
export const hasPreview = (path: string) => previewKind(path) !== undefined;

const DARK = '(prefers-color-scheme: dark)';
const prefersDark = () => matchMedia(DARK).matches;
function onSchemeChange(changed: () => void) {
  const query = matchMedia(DARK);
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
}

/** This editor's name for its preview, unguessable by other pages. */
const newPreviewId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

function Toggle({ pressed, onPress, disabled, children }: { pressed: boolean; onPress: () => void; disabled?: boolean; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onPress}
      className={`rounded border border-gray-400 px-2 py-0.5 text-sm hover:bg-gray-100 ${focusRing} disabled:opacity-50 aria-pressed:bg-gray-900 aria-pressed:text-white dark:hover:bg-gray-800 dark:aria-pressed:bg-gray-100 dark:aria-pressed:text-gray-900`}
    >
      {children}
    </button>
  );
}

function Choice<T extends string>({ label, value, options, onChange, disabled }: { label: string; value: T; options: [T, string][]; onChange: (v: T) => void; disabled?: boolean }) {
  return (
    <div role="group" aria-label={label} className="flex items-center gap-1">
      <span className="text-sm" aria-hidden="true">{label}:</span>
      {options.map(([v, name]) => (
        <Toggle key={v} pressed={value === v} onPress={() => onChange(v)} disabled={disabled}>{name}</Toggle>
      ))}
    </div>
  );
}

/**
 * The live preview of the editor's unsaved text: a story's page or a data file's chart, drawn by the
 * desk (POST /desk/api/preview/) with the site's components, at a phone's or a desktop's width,
 * light or dark; its share card; beside a French story, its English original on request.
 *
 * `changed` says whether that text differs from the file as saved, which the label tells the editor.
 * `text` is the text the editor's check last answered for (Editor.tsx), not each keystroke's: the
 * check waits for typing to stop, and the problems (asked within 300 ms) would wait behind a page on
 * the desk's one Node thread if both were sent at once. So the preview is asked for at once, and
 * finds the story the check has just compiled (deskMemo, app/desk/_server/check.ts).
 */
export function Preview({ path, text, line, changed }: { path: string; text: string; line: number; changed: boolean }) {
  const french = path.startsWith('stories/fr/');
  const [id] = useState(newPreviewId);
  const [width, setWidth] = useState<Width>('phone');
  // Until the editor picks one, the preview is in the scheme the editor's system asks for, as the
  // site's pages are for a reader on it (a dark desk beside a white page reads as a blank block).
  const systemDark = useSyncExternalStore(onSchemeChange, prefersDark, () => false);
  const [chosen, setTheme] = useState<Theme>();
  const theme = chosen ?? (systemDark ? 'dark' : 'light');
  const [card, setCard] = useState(false);
  const [original, setOriginal] = useState(false);
  const [shown, setShown] = useState<Rendered & { version: number }>();
  // Why the text as typed cannot be drawn, while the last page that could be stays in view: a slip
  // mid-sentence (a tag half typed, a date being retyped) would otherwise blank the whole story.
  const [stale, setStale] = useState('');
  const [error, setError] = useState('');
  const [cardFailed, setCardFailed] = useState(false);
  // The version whose share card has arrived: drawing one takes the desk a few seconds, during
  // which the box was blank, or showed the card of the text as it was (the second desk review).
  const [cardDrawn, setCardDrawn] = useState(0);
  const asked = useRef(0);
  const drawn = useRef('');

  useEffect(() => {
    const key = JSON.stringify([path, text, original]);
    const n = ++asked.current;
    const timer = setTimeout(async () => {
      // The text shown already (typed, then undone) is not drawn again.
      if (key === drawn.current) return;
      const response = await fetch('/desk/api/preview/', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id, path, text, original }) }).catch(() => undefined);
      const data = await response?.json().catch(() => undefined);
      // An older answer arriving after a newer one is dropped.
      if (n !== asked.current) return;
      if (response?.ok && typeof data?.html === 'string') {
        drawn.current = key;
        const page = data as Rendered;
        // A notice in place of the page: the last page drawn stays, with the notice's words above it.
        setShown((last) => (page.notice && last && !last.notice ? last : { ...page, version: n }));
        setStale(page.notice ?? '');
        setError('');
        setCardFailed(false);
      } else {
        setError(`The preview could not be drawn: ${data?.error ?? (response ? `the desk answered ${response.status}` : 'the desk did not answer')}.`);
      }
    }, 0);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, path, original]);

  const pixels = WIDTHS[width];
  // The heading the cursor is under ('' above the first: the top of the page). A heading typed but not drawn yet waits for its preview.
  const under = (shown?.headings?.filter((h) => h.line <= line).length ?? 0) - 1;
  const follow = shown?.headings?.[under]?.id ?? '';
  // Beside a French story, its English original shows the same part: a translation keeps the
  // original's sections in their order, so the heading at the same place in the list (its ids differ).
  const followOriginal = shown?.original?.headings?.[under]?.id ?? '';
  return (
    <div>
      <p className="font-semibold" aria-hidden="true">{changed ? 'Preview (unsaved changes)' : 'Preview (as saved)'}</p>
      <div role="group" aria-label="Preview options" className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-2">
        <Choice label="Width" value={width} options={[['phone', `Phone (${WIDTHS.phone} px)`], ['desktop', `Desktop (${WIDTHS.desktop} px)`]]} onChange={setWidth} disabled={card} />
        <Choice label="Theme" value={theme} options={[['light', 'Light'], ['dark', 'Dark']]} onChange={setTheme} disabled={card} />
        <Toggle pressed={card} onPress={() => setCard(!card)}>Share card</Toggle>
        {french && <Toggle pressed={original} onPress={() => setOriginal(!original)} disabled={card}>English original</Toggle>}
      </div>
      {/* Greyed out with no reason given, the desk review found them puzzling: the card is one picture for every screen. */}
      {card && <p className="mt-1 text-sm">{french ? 'Width, theme and the English original are' : 'Width and theme are'} for the page: the share card is one picture, the same on every screen.</p>}
      {error && <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">{error}</p>}
      {stale && !shown?.notice && (
        <p role="note" className="mt-1 text-sm">
          Showing the last version the desk could draw. {stale}
        </p>
      )}
      {/* The preview is a reader's whole page, 30 Tab stops and more: from the keyboard, one link passes it. */}
      {!card && (
        <a href="#after-preview" className={`sr-only rounded border border-gray-400 px-2 py-0.5 text-sm font-semibold focus:not-sr-only focus:mt-2 focus:inline-block focus:px-2 focus:py-0.5 ${focusRing}`}>
          Skip past the preview
        </a>
      )}
      {card ? (
        <figure className="mt-2">
          <p role="status" className="mb-1 min-h-5 text-sm">
            {shown?.title && !cardFailed && cardDrawn !== shown.version ? 'Drawing the share card for the text as it is now…' : ''}
          </p>
          {cardFailed || !shown?.title ? (
            <p className="rounded border border-gray-400 p-3 text-sm">No share card: the text does not compile yet (see Problems).</p>
          ) : (
            // eslint-disable-next-line @next/next/no-img-element -- a PNG the desk draws for this text, not a static image
            <img src={`/desk/preview/${id}/card/?v=${shown.version}`} alt={`Share card: ${shown.title}`} width={1200} height={630} onLoad={() => setCardDrawn(shown.version)} onError={() => setCardFailed(true)} className="block h-auto w-full rounded border border-gray-400" />
          )}
          <figcaption className="mt-1 text-sm">The share card (1200 × 630) link previews show, drawn from the text in the editor.</figcaption>
        </figure>
      ) : original && french ? (
        <div className="mt-2 grid grid-cols-2 gap-2">
          <div>
            <p className="text-sm" aria-hidden="true">French, unsaved</p>
            <PreviewFrame title="Preview" html={shown?.html} width={pixels} theme={theme} follow={follow} />
          </div>
          <div>
            <p className="text-sm" aria-hidden="true">English original, as saved</p>
            <PreviewFrame title="English original" html={shown?.original?.html} width={pixels} theme={theme} follow={followOriginal} />
          </div>
        </div>
      ) : (
        <div className="mt-2">
          <PreviewFrame title="Preview" html={shown?.html} width={pixels} theme={theme} follow={follow} />
        </div>
      )}
      <span id="after-preview" tabIndex={-1} />
    </div>
  );
}
