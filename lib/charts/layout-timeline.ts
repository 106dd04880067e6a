/** Geometry of the vertical timeline: a rail with one dot per event; dates left of it (wide) or above each event (narrow). */
import type { TimelineDataset, TimelineValue } from '@/lib/data/schema';
import { formatDate } from '@/lib/i18n/intl';
import type { Lang } from '@/lib/i18n/lang';
import { type Box, type TextItem, r1, textWidth, LAYOUT_CHAR_WIDTH, wrapText } from './text';
import type { Variant } from './variants';

export interface TimelineEvent {
  index: number;
  value: TimelineValue;
  dot: { x: number; y: number; r: number };
  /** Date (and part of day) in the left column; empty when the previous event shares the date. */
  dateLines: TextItem[];
  labelLines: TextItem[];
  speakerLines: TextItem[];
  hit: Box;
}

export interface TimelineLayout {
  kind: 'timeline';
  width: number;
  height: number;
  rail: { x: number; y1: number; y2: number };
  events: TimelineEvent[];
}

/** Where the date column starts on a wide screen. */
const DATE_X = 2;
/** Share of the wide layout's width kept for annotations, when there are any. */
const NOTE_COLUMN = 0.3;
/**
 * Width reserved per character of an event's regular-weight words. The charts' general 0.7 em
 * (made for bold capitals and digits) wrapped sentences at about three quarters of their column,
 * leaving a wide gap before the note beside them; 0.62 em still covers DejaVu Sans's plain text.
 * (lib/charts/layout.ts measures the events' words with it too when it places the note.)
 */
export const EVENT_CHAR_WIDTH = 0.62;

export function layoutTimeline(ds: TimelineDataset, v: Variant, lang: Lang): TimelineLayout {
  const fs = v.font;
  const W = v.width;
  const lh = Math.round(fs * 1.25);
  const dateText = ds.values.map((e) => formatDate(e.date, 'short', lang));
  // On a phone the date goes above its event, so the event's words get the whole width; on a wide
  // screen, dates have a column of their own left of the rail.
  const stacked = v.name === 'narrow';
  const dateCol = stacked
    ? 0
    : Math.max(...ds.values.map((e, i) => Math.max(textWidth(dateText[i], fs, LAYOUT_CHAR_WIDTH), e.time ? textWidth(e.time, fs, LAYOUT_CHAR_WIDTH) : 0)));
  const railX = stacked ? Math.round(fs * 0.4) : Math.round(DATE_X + dateCol + fs * 0.9);
  const textX = Math.round(railX + fs * 0.8);
  // The wide layout keeps a column on the right for annotations; the narrow one has no room for
  // it, and its notes become numbered markers (lib/charts/annotations.ts).
  const noteColumn = v.name !== 'narrow' && ds.annotations?.length ? Math.round(W * NOTE_COLUMN) : 0;
  // A gutter of one letter between the events and the notes' column: without it a note as wide as
  // its column touches the longest event line and cannot be written there (it became a marker).
  const textW = W - textX - noteColumn - (noteColumn ? fs : 0);
  const r = Math.round(fs * 0.3);
  // Beside a note column the tighter measure is safe: a wide fallback font (0.7 em) runs into the
  // gutter and the column's free side, never off the chart. Without one, lines reach the edge.
  const wordWidth = noteColumn ? EVENT_CHAR_WIDTH : LAYOUT_CHAR_WIDTH;

  let cursor = 0;
  const events: TimelineEvent[] = ds.values.map((e, index) => {
    const newDay = index === 0 || ds.values[index - 1].date !== e.date;
    if (index > 0) cursor += Math.round(newDay ? fs * 1.2 : fs * 0.7);
    const top = cursor;
    const base = (k: number) => r1(top + fs * 0.95 + k * lh);
    const dateStrings = [...(newDay ? [dateText[index]] : []), ...(e.time ? [e.time] : [])];
    const dateLines: TextItem[] = dateStrings.map((s, k) => ({
      // Not at 0: a date that starts with "j" (juin, jeu.) hangs a little left of its x.
      x: stacked ? textX : DATE_X, y: base(k), text: s, anchor: 'start', size: fs, tone: k === 0 && newDay ? 'strong' : 'muted',
    }));
    const first = stacked ? dateLines.length : 0;
    // Stacked, a little air under the date: it heads the event, and a note's marker may sit after it.
    const air = stacked && first ? Math.round(fs * 0.4) : 0;
    const labelLines: TextItem[] = wrapText(e.label, textW, fs, lang, wordWidth).map((s, k) => ({
      x: textX, y: r1(base(first + k) + air), text: s, anchor: 'start', size: fs, tone: 'text',
    }));
    const speakerLines: TextItem[] = wrapText(e.speaker, textW, fs, lang, wordWidth).map((s, k) => ({
      x: textX, y: r1(base(first + labelLines.length + k) + air), text: s, anchor: 'start', size: fs, tone: 'muted',
    }));
    const lines = stacked ? first + labelLines.length + speakerLines.length : Math.max(labelLines.length + speakerLines.length, dateLines.length);
    cursor = top + lines * lh + air;
    return {
      index,
      value: e,
      dot: { x: railX, y: r1(top + fs * 0.95 - fs * 0.33), r },
      dateLines,
      labelLines,
      speakerLines,
      hit: { x: 0, y: top, width: W, height: cursor - top },
    };
  });
  const first = events[0]?.dot.y ?? 0;
  const last = events[events.length - 1]?.dot.y ?? 0;
  return { kind: 'timeline', width: W, height: Math.ceil(cursor + fs * 0.3), rail: { x: railX, y1: first, y2: last }, events };
}
