'use client';

import { useMemo, useRef, useState, type ReactNode } from 'react';
import { showsUpdated } from '@/lib/content/dates';
import { formatDateShown } from '@/lib/i18n/intl';
import { isoInZone, wallTimeOf, type WallTime } from '@/lib/i18n/zoned-time';
import { when, zoneLabel } from './said';
import { readFrontmatter, setField, type FieldValue, type PanelField, type PanelValue, type Style } from './frontmatter-edit';
import { fieldFocusRing, focusRing } from '../../focus';

type Props = {
  /** The story's whole text, as the editor holds it now. */
  text: string;
  /** The newsroom's zone (NEWSROOM_TIME_ZONE, read by the desk's server). */
  timeZone: string;
  french: boolean;
  /** Puts the panel's new text in the editor (one CodeMirror transaction). */
  onEdit: (next: string) => void;
};

const input = `mt-1 block w-full rounded border border-gray-400 px-2 py-1 text-sm ${fieldFocusRing} focus-within:outline-2 focus-within:outline-offset-1 focus-within:outline-blue-700 dark:focus-within:outline-blue-400 disabled:cursor-not-allowed disabled:bg-gray-100 disabled:text-gray-600 dark:bg-gray-900 dark:disabled:bg-gray-800 dark:disabled:text-gray-400`;
const labelClass = 'block text-sm font-semibold';
const hint = 'mt-1 text-xs text-gray-700 dark:text-gray-300';

/**
 * The story's frontmatter as labelled fields beside its text. It holds no copy of the values: each
 * field reads the editor's text, and each change is written into that text in place
 * (frontmatter-edit.ts), so typing in either one shows in the other.
 */
export function Frontmatter({ text, timeZone, french, onEdit }: Props) {
  const lang = french ? 'fr' : 'en';
  const read = useMemo(() => readFrontmatter(text), [text]);
  // The fields as they last read, shown disabled while the YAML is broken mid-typing: the form keeps
  // its place instead of collapsing under the editor's eyes.
  const [last, setLast] = useState<Extract<ReturnType<typeof readFrontmatter>, { kind: 'fields' }> | undefined>();
  if (read.kind === 'fields' && read !== last) setLast(read);
  const [message, setMessage] = useState<{ field: PanelField; text: string } | undefined>();
  // The style a field had when the editor started typing in it: one keystroke that needs quotes (a
  // trailing space) must not leave it quoted for good.
  const styles = useRef<Partial<Record<PanelField, Style>>>({});

  const set = (field: PanelField, value: FieldValue | undefined): boolean => {
    const edit = setField(text, field, value, styles.current[field]);
    if (!edit.ok) {
      setMessage({ field, text: `Not written: ${edit.reason}.` });
      return false;
    }
    setMessage(undefined);
    onEdit(edit.text);
    return true;
  };

  const shown = read.kind === 'fields' ? read : last;
  if (!shown) {
    return (
      <section aria-labelledby="frontmatter-heading" className="rounded border border-gray-400 p-3">
        <h2 id="frontmatter-heading" className="font-semibold">Story details</h2>
        <p className="mt-1 text-sm">
          <Unreadable read={read} />
        </p>
      </section>
    );
  }

  const { fields } = shown;
  const focus = (field: PanelField) => () => {
    const f = fields[field];
    styles.current[field] = f.present ? f.style : undefined;
  };
  // Every input of a field: its style remembered on focus, and the panel's message about it, if any, among its descriptions.
  const common = (field: PanelField, describedBy?: string) => {
    const ids = [describedBy, message?.field === field ? 'frontmatter-message' : undefined].filter(Boolean).join(' ');
    return { onFocus: focus(field), 'aria-invalid': message?.field === field || undefined, 'aria-describedby': ids || undefined };
  };
  // The message shown under its field for the eye; the live region below says it to a screen reader.
  const said = (field: PanelField) => (message?.field === field ? <p aria-hidden="true" className="mt-1 text-sm font-semibold text-red-800 dark:text-red-300">{message.text}</p> : null);

  return (
    <section aria-labelledby="frontmatter-heading" className="rounded border border-gray-400 p-3">
      <h2 id="frontmatter-heading" className="font-semibold">Story details</h2>
      <p className={hint}>Each change is written into the story source at its own line; sources and corrections are edited there.</p>
      {read.kind !== 'fields' && (
        <p className="mt-2 text-sm font-semibold">
          <Unreadable read={read} />
        </p>
      )}
      <fieldset disabled={read.kind !== 'fields'} className="mt-2 grid min-w-0 gap-3 sm:grid-cols-2 2xl:grid-cols-1">
        <legend className="sr-only">Fields</legend>
        <TextField label="Headline" field="title" value={fields.title} set={set} common={common} said={said} rows={2} className="sm:col-span-2 2xl:col-span-1" lang={lang} />
        <TextField label="Dek" field="dek" value={fields.dek} set={set} common={common} said={said} rows={3} className="sm:col-span-2 2xl:col-span-1" lang={lang} />
        <ListField label="Byline" help="One name per line." field="byline" value={fields.byline} set={set} common={common} said={said} separator={'\n'} lang={lang} />
        <ListField label="Tags" help="Separated by commas: lowercase words without accents joined by hyphens." field="tags" value={fields.tags} set={set} common={common} said={said} separator="," />
        <DateTimeField label="Published" field="published" value={fields.published} timeZone={timeZone} set={set} setMessage={setMessage} common={common} said={said} />
        <DateTimeField label="Updated" field="updated" value={fields.updated} timeZone={timeZone} set={set} setMessage={setMessage} common={common} said={said} optional corrected={shown.corrected} published={fields.published.present && typeof fields.published.value === 'string' ? fields.published.value : undefined} />
        <Checkbox label="Draft" help="A draft is not published on the site." field="draft" value={fields.draft} set={set} common={common} said={said} />
        {(french || fields.translationOf.present) && <TextField label="Translation of" help="The slug of the English story." field="translationOf" value={fields.translationOf} set={set} common={common} said={said} />}
      </fieldset>
      {/* Announced, but not a second role="status": the page's status line is the one that says "Saved". */}
      <p id="frontmatter-message" aria-live="polite" className="sr-only">{message?.text ?? ''}</p>
    </section>
  );
}

function Unreadable({ read }: { read: ReturnType<typeof readFrontmatter> }) {
  if (read.kind === 'none') return <>This story has no frontmatter (the fields between two &quot;---&quot; lines at its top), so there is nothing to show here. The problems list says what it needs.</>;
  if (read.kind === 'unreadable') return <>The fields cannot be edited here while the frontmatter cannot be read: {read.reason}. Fix it in the story source; the problems list says where.</>;
  return null;
}

type FieldProps = {
  label: string;
  help?: string;
  field: PanelField;
  value: PanelValue;
  set: (field: PanelField, value: FieldValue | undefined) => boolean;
  common: (field: PanelField, describedBy?: string) => Record<string, unknown>;
  said: (field: PanelField) => ReactNode;
  className?: string;
  /** The story's language, for a field readers see as words: the browser checks its spelling in it. Other fields (tags, a slug) are not spell-checked. */
  lang?: 'en' | 'fr';
};

/** A value of another kind than the field takes (a list for a headline) is left to the text. */
function NotHere({ label, id }: { label: string; id: string }) {
  return (
    <p id={id} className="mt-1 text-sm">
      {label} holds a value the panel does not show; edit it in the story source.
    </p>
  );
}

/** `rows`: a box that grows with its text (field-sizing; that many lines where a browser lacks it), so a long headline is read whole on a phone; still one line in the YAML. */
function TextField({ label, help, field, value, set, common, said, rows, className, lang }: FieldProps & { rows?: number }) {
  const id = `fm-${field}`;
  const current = value.present && typeof value.value === 'string' ? value.value : '';
  const props = {
    id,
    value: current,
    className: input,
    // A line end would end the field's line in YAML; a headline or a dek is one paragraph (Enter adds nothing, a pasted line end is a space).
    onChange: (e: { target: { value: string } }) => set(field, e.target.value.replace(/\r\n|\r|\n/g, ' ')),
    onKeyDown: (e: { key: string; preventDefault: () => void }) => e.key === 'Enter' && e.preventDefault(),
    lang,
    spellCheck: lang !== undefined,
    ...common(field, help ? `${id}-help` : undefined),
  };
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>{label}</label>
      {value.present && !value.editable ? <NotHere label={label} id={id} /> : rows ? <textarea rows={rows} {...props} className={`${input} field-sizing-content resize-none`} /> : <input type="text" {...props} />}
      {help && <p id={`${id}-help`} className={hint}>{help}</p>}
      {said(field)}
    </div>
  );
}

/**
 * A list as text: names a line, tags between commas. While the editor types in it, the field keeps
 * what they typed ("trade, " before the next tag) and writes the list it reads; it shows the list
 * as the text holds it again when they leave.
 */
function ListField({ label, help, field, value, set, common, said, separator, lang }: FieldProps & { separator: '\n' | ',' }) {
  const id = `fm-${field}`;
  const [draft, setDraft] = useState<string | undefined>();
  const items = value.present && Array.isArray(value.value) ? value.value : [];
  const shown = draft ?? items.join(separator === ',' ? ', ' : '\n');
  const parse = (s: string) => (separator === ',' ? s.split(',').map((t) => t.trim()).filter(Boolean) : s.split(/\r\n|\r|\n/).map((t) => t.trim()).filter(Boolean));
  const props = {
    id,
    value: shown,
    className: input,
    onChange: (e: { target: { value: string } }) => {
      setDraft(e.target.value);
      set(field, parse(e.target.value));
    },
    onBlur: () => setDraft(undefined),
    lang,
    spellCheck: lang !== undefined,
    ...common(field, `${id}-help`),
  };
  return (
    <div>
      <label htmlFor={id} className={labelClass}>{label}</label>
      {value.present && !value.editable ? <NotHere label={label} id={id} /> : separator === '\n' ? <textarea rows={2} {...props} /> : <input type="text" {...props} />}
      <p id={`${id}-help`} className={hint}>{help}</p>
      {said(field)}
    </div>
  );
}

function Checkbox({ label, help, field, value, set, common, said }: FieldProps) {
  const id = `fm-${field}`;
  if (value.present && !value.editable) return <div><p className={labelClass}>{label}</p><NotHere label={label} id={id} /></div>;
  return (
    <div className="flex items-start gap-2 self-end">
      <input id={id} type="checkbox" className={`mt-1 h-4 w-4 accent-blue-700 ${focusRing}`} checked={value.present && value.value === true} onChange={(e) => set(field, e.target.checked)} {...common(field, `${id}-help`)} />
      <div>
        <label htmlFor={id} className={labelClass}>{label}</label>
        <p id={`${id}-help`} className={hint}>{help}</p>
        {said(field)}
      </div>
    </div>
  );
}

/**
 * A date and a time on the newsroom's clock, written as an ISO date-time with the zone's offset at
 * that moment. A choice that cannot be written (a time the clocks skip) stays in the inputs with the
 * reason, and the text keeps its value.
 */
function DateTimeField({ label, field, value, timeZone, set, setMessage, common, said, optional, corrected, published }: FieldProps & { timeZone: string; optional?: boolean; corrected?: string; published?: string; setMessage: (m: { field: PanelField; text: string } | undefined) => void }) {
  const id = `fm-${field}`;
  const stored = value.present && typeof value.value === 'string' ? value.value : undefined;
  const wall = stored === undefined ? undefined : wallTimeOf(stored, timeZone);
  // What the editor chose and could not be written, for as long as the text holds the value it was chosen against.
  const [chosen, setChosen] = useState<{ wall: WallTime; against: string | undefined } | undefined>();
  if (value.present && !value.editable) return <div><p className={labelClass}>{label}</p><NotHere label={label} id={id} /></div>;
  const draft = chosen && chosen.against === stored ? chosen.wall : undefined;
  const setDraft = (next: WallTime | undefined) => setChosen(next && { wall: next, against: stored });
  const shown = draft ?? { date: wall?.date ?? '', time: wall?.time ?? '' };

  const choose = (next: WallTime) => {
    // A first date gets 09:00; a time the editor cleared is not guessed.
    const time = next.time || (wall ? '' : '09:00');
    if (!next.date || !time) return setDraft(next);
    const result = isoInZone({ date: next.date, time }, timeZone, wall?.offset);
    if (!result.ok) {
      setDraft(next);
      setMessage({ field, text: `${label}: ${result.reason}` });
      return;
    }
    if (set(field, result.iso)) {
      setDraft(undefined);
      if (result.note) setMessage({ field, text: `${label}: ${result.note}` });
    }
  };

  const zone = zoneLabel(timeZone);
  const note =
    stored === undefined
      ? !optional
        ? 'Not set yet: the check requires it.'
        : field !== 'updated'
          ? 'Not set.'
          : corrected
            ? updatedByCorrection(corrected, published, timeZone)
            : 'Not set. Adding a correction marks the story as updated.'
      : !wall
        ? // Not always "not a date": 2026-02-30T09:00:00-05:00 is well formed. Problems says what is wrong.
          `The text holds "${stored}", which is not a date and time the desk can show (Problems says why); choose a date and a time to replace it.`
        : // The day in words first: the browser's date box may read 11/12/2026, which a Canadian reads either way.
          // The value kept on one line: broken at a hyphen on a narrow panel, it reads as two values.
          <>
            {when(stored, timeZone)}, written as <span className="whitespace-nowrap">{stored}</span>
            {wall.sameOffset ? '' : `, shown here in ${zone}`}.
          </>;
  const extra = common(field, `${id}-note`);
  return (
    <fieldset className="min-w-0">
      <legend className={labelClass}>{label} <span className="font-normal" title={timeZone}>({zone})</span></legend>
      <div className="mt-1 flex flex-wrap gap-2">
        <label className="text-xs">
          <span className="sr-only">{label} </span>Date
          <input id={`${id}-date`} type="date" className={input} value={shown.date} min="1900-01-01" max="9999-12-31" onChange={(e) => choose({ date: e.target.value, time: shown.time })} {...extra} />
        </label>
        <label className="text-xs">
          <span className="sr-only">{label} </span>Time
          <input id={`${id}-time`} type="time" className={input} value={shown.time} step={shown.time.length > 5 ? 1 : 60} onChange={(e) => choose({ date: shown.date, time: e.target.value })} {...extra} />
        </label>
        {optional && value.present && (
          <button type="button" className={`self-end rounded border border-gray-400 px-2 py-1 text-sm hover:bg-gray-100 ${focusRing} dark:hover:bg-gray-800`} onClick={() => set(field, undefined)}>
            Remove {label.toLowerCase()}
          </button>
        )}
      </div>
      <p id={`${id}-note`} className={hint}>{note}</p>
      {said(field)}
    </fieldset>
  );
}

/**
 * What the story page shows as Updated when the field is empty and the story has corrections: the
 * newest correction's day, in the site's words for it, unless the page shows none (the day of
 * publication or earlier: showsUpdated, as components/StoryHeader.tsx asks).
 */
function updatedByCorrection(corrected: string, published: string | undefined, timeZone: string): string {
  const day = (iso: string) => formatDateShown(iso, 'long', 'en', timeZone);
  if (published && !Number.isNaN(Date.parse(published)) && !showsUpdated(published, Date.parse(corrected) > Date.parse(published) ? corrected : published, day)) {
    return 'Not set. The newest correction is dated the day of publication, so the page shows no Updated date.';
  }
  return `Not set. Readers will see Updated ${day(corrected)}, the date of the newest correction.`;
}
