import { cloneElement, type ReactElement, type ReactNode } from 'react';
import { markerNotes } from '@/lib/charts/annotations';
import { thumbnailDataset } from '@/lib/charts/condense';
import { layoutChart } from '@/lib/charts/layout';
import { chartTree } from '@/lib/charts/svg/chart';
import { el, type SvgElement, type SvgNode } from '@/lib/charts/svg/node';
import { svgToReact } from '@/lib/charts/svg/react';
import { NARROW, WIDE } from '@/lib/charts/variants';
import type { Dataset } from '@/lib/data/schema';
import type { Lang } from '@/lib/i18n/lang';
import { THUMBNAIL_BOX } from './card-layout';
import { wrap } from './fit-text';
import { textWidth } from './font-metrics';

type TextProps = { x: number; y: number; textAnchor: 'start' | 'middle' | 'end'; fontSize: number; fontWeight?: number; fill: string; children: string };

/**
 * Satori draws an <svg> only when every element in it is plain, and it cannot draw <text>. The
 * chart tree is plain already; each <text> is lifted out of it to be drawn as HTML, and the
 * <title> and <desc>, which a picture does not show, are left out.
 */
function liftTexts(node: SvgElement, texts: TextProps[]): SvgElement {
  const children: SvgNode[] = [];
  for (const child of node.children) {
    if (typeof child === 'string') children.push(child);
    else if (child.tag === 'text') texts.push({ ...child.props, children: child.children.join('') } as unknown as TextProps);
    else if (child.tag !== 'title' && child.tag !== 'desc') children.push(liftTexts(child, texts));
  }
  return el(node.tag, node.props, children);
}

const JUSTIFY = { start: 'flex-start', middle: 'center', end: 'flex-end' } as const;

/** The room a share card gives its chart: its frame less border and padding (card-layout.ts). */
export { THUMBNAIL_BOX };

/** The largest size at which a drawing of this shape fits the box whole. */
export function fitToBox(viewWidth: number, viewHeight: number, box = THUMBNAIL_BOX) {
  const k = Math.min(box.width / viewWidth, box.height / viewHeight);
  return { k, width: viewWidth * k, height: viewHeight * k };
}

/** The notes under a card's chart: the phone layout's numbered markers, written out as on the page. */
const NOTE = { size: 15, lineHeight: 1.3, gap: 6, indent: 22, top: 10 };
const measure = (text: string, size: number) => textWidth(text, { family: 'Sans', weight: 400 }, size);

function noteList(notes: { number: number; text: string }[], width: number) {
  const items = notes.map((n) => ({ number: n.number, lines: wrap(n.text, width - NOTE.indent, NOTE.size, measure) }));
  const lineCount = items.reduce((sum, item) => sum + item.lines.length, 0);
  const height = notes.length ? NOTE.top + lineCount * NOTE.size * NOTE.lineHeight + (notes.length - 1) * NOTE.gap : 0;
  return { items, height };
}

/**
 * The chart's narrow layout, scaled to fit the card's frame whatever its shape; colours are the
 * light palette. A map uses its wide layout: the narrow one stacks its two maps and key into a
 * column far taller than the frame. Notes that the narrow layout turns into numbered markers are
 * listed under the chart, as on a phone, so every note reaches the card and no number stands alone.
 */
export function chartThumbnail(dataset: Dataset, box = THUMBNAIL_BOX, lang: Lang): ReactNode {
  const texts: TextProps[] = [];
  const shown = thumbnailDataset(dataset);
  const variant = dataset.chart === 'map' ? WIDE : NARROW;
  const notes = noteList(markerNotes(layoutChart(shown, variant, lang).annotations), box.width);
  const svg = svgToReact(liftTexts(chartTree(shown, variant, lang), texts)) as ReactElement<{ viewBox: string }>;
  const [, , viewWidth, viewHeight] = svg.props.viewBox.split(' ').map(Number);
  // A pixel of room all round: text set at the very edge of the viewBox antialiases one pixel past it.
  const { k, width, height } = fitToBox(viewWidth, viewHeight, { width: box.width - 2, height: box.height - notes.height - 2 });
  const span = width * 2;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: Math.max(width, notes.height ? box.width : 0) }}>
      <div style={{ display: 'flex', padding: 1 }}>
      <div style={{ position: 'relative', display: 'flex', width, height }}>
        {cloneElement(svg as ReactElement<Record<string, unknown>>, { width, height, style: undefined, role: undefined })}
        {texts.map((t, i) => {
          const size = t.fontSize * k;
          const left = t.textAnchor === 'middle' ? t.x * k - span / 2 : t.textAnchor === 'end' ? t.x * k - span : t.x * k;
          return (
            <div key={i} style={{ position: 'absolute', display: 'flex', justifyContent: JUSTIFY[t.textAnchor], left, top: t.y * k - size * 0.95, width: span, fontSize: size, lineHeight: 1.2, fontWeight: t.fontWeight ?? 400, color: t.fill }}>
              {t.children}
            </div>
          );
        })}
      </div>
      </div>
      {notes.items.map((n, i) => (
        <div key={n.number} style={{ display: 'flex', marginTop: i === 0 ? NOTE.top : NOTE.gap, fontSize: NOTE.size, lineHeight: NOTE.lineHeight, color: '#374151' }}>
          <div style={{ display: 'flex', width: NOTE.indent, fontWeight: 700 }}>{n.number}</div>
          <div style={{ display: 'flex', flexDirection: 'column', width: box.width - NOTE.indent }}>
            {n.lines.map((line, j) => (
              <div key={j} style={{ display: 'flex', whiteSpace: 'pre' }}>{line}</div>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
