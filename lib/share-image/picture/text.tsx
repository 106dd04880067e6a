/**
 * Text on a card's picture. Every word a picture shows goes through here, at one of these sizes,
 * so that none is smaller than a feed can show legibly: about 20 px on a card 1,200 px wide
 * (tests/unit/share-card-text-size.test.tsx checks every card of the fixture site).
 */
import type { ReactNode } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import { drawable, ellipsize, punctuationUnkerned, wrap } from '../fit-text';
import { textWidth, type Face } from '../font-metrics';
import { headlineLines } from '../headline-breaks';

export const PICTURE_TEXT = {
  /** Labels: a bar's name, an event, a place. */
  label: { size: 22, face: { family: 'Sans', weight: 400 } as Face },
  /** Dates and place names. */
  strong: { size: 22, face: { family: 'Sans', weight: 600 } as Face },
  /** The figures themselves. */
  value: { size: 28, face: { family: 'Sans', weight: 600 } as Face },
  /** Asides: a basis, a count. Never below 20 px. */
  aside: { size: 20, face: { family: 'Sans', weight: 400 } as Face },
} as const;
export type TextRole = keyof typeof PICTURE_TEXT;

export const LINE_HEIGHT = 1.25;
export const INK = { text: '#111827', muted: '#4b5563', mark: '#1d4ed8', rail: '#6b7280', node: '#f3f4f6', background: '#ffffff' };

export const measure = (role: TextRole) => (text: string) => textWidth(text, PICTURE_TEXT[role].face, PICTURE_TEXT[role].size);

/**
 * Lines of `text` at a role's size within `width`, at most `max` of them, the last cut with "…" if
 * need be. Where they fit, they break by sense as a headline does ("February 2020: / not
 * reported", not "February 2020: not / reported"), in as many lines as filling each would make:
 * a label's lines evened, an aside's left ragged, as a sentence.
 */
export function linesOf(text: string, role: TextRole, width: number, max: number, lang: Lang): string[] {
  const { size, face } = PICTURE_TEXT[role];
  const m = (t: string, s: number) => textWidth(drawable(t), face, s);
  const lines = wrap(text, width, size, m);
  if (lines.length <= max && lines.every((l) => m(l, size) <= width)) {
    const sensed = lines.length > 1 ? headlineLines(text, width, size, m, lang, 0, role === 'aside') : lines;
    return (sensed.every((l) => m(l, size) <= width) ? sensed : lines).map(drawable);
  }
  const kept = lines.slice(0, max);
  kept[max - 1] = ellipsize(lines.slice(max - 1).join(' '), width, size, m);
  return kept.map(drawable);
}

export const blockHeight = (lines: number, role: TextRole) => lines * PICTURE_TEXT[role].size * LINE_HEIGHT;

type TextProps = {
  role: TextRole;
  lines: string[];
  x: number;
  y: number;
  width: number;
  align?: 'start' | 'middle' | 'end';
  color?: string;
  /** A ground behind the text, where it sits over a mark (a flow's arrow). */
  background?: string;
};

const JUSTIFY = { start: 'flex-start', middle: 'center', end: 'flex-end' } as const;

/** A block of already-broken lines, its top left at (x, y); `x` is its start, middle or end as aligned. */
export function PictureText({ role, lines, x, y, width, align = 'start', color = INK.text, background }: TextProps): ReactNode {
  const { size, face } = PICTURE_TEXT[role];
  const left = align === 'start' ? x : align === 'middle' ? x - width / 2 : x - width;
  return (
    <div
      data-text-role={role}
      style={{ position: 'absolute', left, top: y, width, display: 'flex', flexDirection: 'column', alignItems: JUSTIFY[align], fontFamily: face.family, fontWeight: face.weight, fontSize: size, lineHeight: `${size * LINE_HEIGHT}px`, color }}
    >
      {lines.map((line, i) => (
        <div key={i} style={{ display: 'flex', whiteSpace: 'pre', ...(background ? { background, padding: '0 6px' } : {}) }}>
          {punctuationUnkerned(line)}
        </div>
      ))}
    </div>
  );
}
