import type { ReactNode } from 'react';
import type { TimelineDataset } from '@/lib/data/schema';
import { leftOut, summaryEvents } from '@/lib/charts/condense';
import { formatDate } from '@/lib/i18n/intl';
import { sentenceStart, type Lang } from '@/lib/i18n/lang';
import { siteText } from '@/lib/i18n/site';
import { blockHeight, INK, linesOf, PictureText } from './text';

// apart: the least room between two small dots; closer, they read as one blot.
// least: the smallest a small dot gets; the room between the two events is kept for that many.
const RAIL = { x: 9, dot: 8, small: 5, least: 3.5, apart: 3, textX: 36, gap: 24, pad: 14 };
/** Most lines an event's label may take; fewer where the two labels and the counts would not fit. */
const LABEL_LINES = 6;

/**
 * The two events a condensed timeline shows (summaryEvents: the two the data file marks, or the
 * first and the last), with their dates, joined by the rail; the events before, between and after
 * them are dots on it, counted in words. A card cannot hold eight events at a size a feed can read.
 */
export function TimelinePicture({ dataset, width, height, lang }: { dataset: TimelineDataset; width: number; height: number; lang: Lang }): ReactNode {
  const events = dataset.values;
  const words = siteText(lang).cards;
  const textWidth = width - RAIL.textX;
  const [ia, ib] = events.length > 1 ? summaryEvents(events) : [0, -1];
  const { before, between, after } = ib >= 0 ? leftOut(events) : { before: 0, between: 0, after: 0 };
  const aside = blockHeight(1, 'aside');
  // The counts of the events before the first block and after the last take a line at the top or foot.
  let head = before ? aside + RAIL.gap / 2 : 0;
  let foot = after ? RAIL.gap / 2 + aside : 0;
  // The events between the two shown are a dot each, at the least size at worst: a label loses a
  // line (cut with "…") before they shrink further or turn into something else.
  const middle = between ? RAIL.gap + Math.max(aside, between * (2 * RAIL.least + RAIL.apart)) : RAIL.gap;
  const used = ib >= 0 ? height - 2 * RAIL.pad : height;
  // Each label whole where both fit with the counts; else the longer loses a line at a time (cut with "…").
  const caps = [LABEL_LINES, LABEL_LINES];
  const labels = () => [ia, ib].map((i, k) => (i >= 0 ? linesOf(events[i].label, 'label', textWidth, caps[k], lang) : []));
  const need = (l: string[][]) => head + foot + (ib >= 0 ? middle + 2 * blockHeight(1, 'strong') : blockHeight(1, 'strong')) + blockHeight(l[0].length + l[1].length, 'label');
  let lines = labels();
  while (need(lines) > used && Math.max(lines[0].length, lines[1].length) > 1) {
    const k = lines[0].length >= lines[1].length ? 0 : 1;
    caps[k] = lines[k].length - 1;
    lines = labels();
  }
  const block = (i: number, label: string[]) => {
    const e = events[i];
    // The chart's own date style ("Thu, Apr 2"), so the card and the figure it leads to agree; it
    // heads its block, so French capitalises it as a line's start (« Jeu. 2 avr. », not « jeu. »).
    const date = sentenceStart(formatDate(e.date, 'short', lang) + (e.time ? `, ${e.time}` : ''));
    return { date, label, height: blockHeight(1, 'strong') + blockHeight(label.length, 'label') };
  };
  // Room left over widens the gaps around the counts at the top and foot first, up to a full gap.
  const extra = Math.min(Math.max(0, used - need(lines)) / 3, RAIL.gap / 2);
  if (head) head += extra;
  if (foot) foot += extra;
  const a = block(ia, lines[0]);
  const b = ib >= 0 ? block(ib, lines[1]) : undefined;
  const top = Math.max(0, (height - (b ? used : a.height)) / 2);
  const aTop = top + head;
  const bTop = b ? top + used - foot - b.height : 0;
  const dotY = (blockTop: number) => blockTop + blockHeight(1, 'strong') / 2;
  const parts: ReactNode[] = [];
  const marks: ReactNode[] = [<circle key="a" cx={RAIL.x} cy={dotY(aTop)} r={RAIL.dot} fill={INK.mark} />];
  /**
   * `count` small dots spread from `from` to `to` on the rail, 3 px apart at least, and their count
   * in words at `textY`. One dot an event, as many as the words count; between the two events the
   * room is kept for them at `least` (four at 2.8 px had nearly merged on the French card, and a
   * dashed stretch in their place vanished at a feed's size).
   */
  const others = (key: string, count: number, from: number, to: number, text: string, textY: number) => {
    if (!count) return;
    const r = Math.max(RAIL.least, Math.min(RAIL.small, ((to - from) / count - RAIL.apart) / 2));
    for (let k = 0; k < count; k++) marks.push(<circle key={`${key}${k}`} cx={RAIL.x} cy={from + ((k + 0.5) / count) * (to - from)} r={r} fill={INK.rail} />);
    parts.push(<PictureText key={key} role="aside" lines={[text]} x={RAIL.textX} y={textY} width={textWidth} color={INK.muted} />);
  };
  parts.push(<PictureText key="da" role="strong" lines={[a.date]} x={RAIL.textX} y={aTop} width={textWidth} />);
  parts.push(<PictureText key="la" role="label" lines={a.label} x={RAIL.textX} y={aTop + blockHeight(1, 'strong')} width={textWidth} />);
  if (b) {
    const bEnd = bTop + b.height;
    const railTop = before ? top : dotY(aTop);
    const railEnd = after ? top + used : dotY(bTop);
    marks.unshift(<line key="rail" x1={RAIL.x} y1={railTop} x2={RAIL.x} y2={railEnd} stroke={INK.rail} strokeWidth={2} />);
    marks.push(<circle key="b" cx={RAIL.x} cy={dotY(bTop)} r={RAIL.dot} fill={INK.mark} />);
    others('before', before, top, aTop - (head - aside) / 2, words.earlierEvents(before), top);
    const from = aTop + a.height + RAIL.gap / 2;
    const to = bTop - RAIL.gap / 2;
    others('more', between, from, to, words.moreEvents(between), (from + to) / 2 - aside / 2);
    others('after', after, bEnd + (foot - aside) / 2, top + used, words.laterEvents(after), top + used - aside);
    parts.push(<PictureText key="db" role="strong" lines={[b.date]} x={RAIL.textX} y={bTop} width={textWidth} />);
    parts.push(<PictureText key="lb" role="label" lines={b.label} x={RAIL.textX} y={bTop + blockHeight(1, 'strong')} width={textWidth} />);
  }
  return [
    <svg key="marks" width={width} height={height} viewBox={`0 0 ${width} ${height}`} style={{ position: 'absolute', left: 0, top: 0 }}>
      {marks}
    </svg>,
    ...parts,
  ];
}
