import type { CSSProperties, ReactElement, ReactNode } from 'react';
import { CARD, COLORS, FRAME, type Box, type CardLayout, type Part, type TextPart } from './card-layout';
import { punctuationUnkerned } from './fit-text';

const at = (box: Box): CSSProperties => ({ position: 'absolute', left: box.x, top: box.y, width: box.width, height: box.height });

/** Lines already fitted (card-layout.ts), one per row, never wrapped again by Satori. */
function text(name: Part, part: TextPart, color: string) {
  const height = part.size * part.lineHeight;
  return (
    <div
      data-part={name}
      style={{ position: 'absolute', left: part.box.x, top: part.top, width: part.box.width, display: 'flex', flexDirection: 'column', fontFamily: part.face.family, fontWeight: part.face.weight, fontSize: part.size, letterSpacing: part.letterSpacing, color }}
    >
      {part.lines.map((line, i) => (
        <div
          key={i}
          style={{ display: 'flex', height, lineHeight: `${height}px`, whiteSpace: 'nowrap', ...(part.align === 'end' ? { justifyContent: 'flex-end', paddingRight: line.shift } : { paddingLeft: line.shift }) }}
        >
          {punctuationUnkerned(line.text)}
        </div>
      ))}
    </div>
  );
}

/**
 * The 1200×630 link-preview card, laid out for Satori: every part placed absolutely where
 * card-layout.ts puts it, so drawing one part alone draws it exactly where the whole card has it.
 * A plain function, not a component: each part is a direct child of the root, marked data-part.
 */
export function shareCard(layout: CardLayout, chart?: ReactNode): ReactElement {
  return (
    <div style={{ position: 'relative', display: 'flex', width: CARD.width, height: CARD.height, background: COLORS.background }}>
      <div data-part="band" style={{ ...at(layout.band), display: 'flex', background: COLORS.band }} />
      {text('kicker', layout.kicker, COLORS.kicker)}
      {text('title', layout.title, COLORS.title)}
      {layout.dek ? text('dek', layout.dek, COLORS.dek) : null}
      {layout.frame ? <div data-part="frame" style={{ ...at(layout.frame), display: 'flex', border: `${FRAME.border}px solid ${COLORS.frame}`, borderRadius: 12 }} /> : null}
      {layout.chart && chart ? (
        <div data-part="chart" style={{ ...at(layout.chart), display: 'flex', fontFamily: 'Sans', alignItems: 'center', justifyContent: 'center' }}>
          {chart}
        </div>
      ) : null}
      {text('site', layout.site, COLORS.site)}
      {layout.address ? text('address', layout.address, COLORS.address) : null}
    </div>
  );
}
