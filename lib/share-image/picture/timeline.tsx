import type { ReactNode } from 'react';
import type { TimelineDataset } from '@/lib/data/schema';
import { formatDate } from '@/lib/i18n/intl';
import type { Lang } from '@/lib/i18n/lang';
import { siteText } from '@/lib/i18n/site';
import { blockHeight, INK, linesOf, PictureText } from './text';

const RAIL = { x: 9, dot: 8, small: 5, textX: 36, gap: 24, labelLines: 4, pad: 14 };

/**
 * The first event and the last, with their dates, joined by the rail; the events between are dots
 * on it, counted in words. A card cannot hold eight events at a size a feed can read.
 */
export function TimelinePicture({ dataset, width, height, lang }: { dataset: TimelineDataset; width: number; height: number; lang: Lang }): ReactNode {
  const events = dataset.values;
  const textWidth = width - RAIL.textX;
  const block = (e: (typeof events)[number]) => {
    const date = formatDate(e.date, 'monthDay', lang) + (e.time ? `, ${e.time}` : '');
    const label = linesOf(e.label, 'label', textWidth, RAIL.labelLines);
    return { date, label, height: blockHeight(1, 'strong') + blockHeight(label.length, 'label') };
  };
  const ends = events.length > 1 ? [events[0], events[events.length - 1]] : [events[0]];
  const [a, b] = ends.map(block);
  const middle = events.length - ends.length;
  // The first event at the top, the last at the foot, the ones between spread over the rail.
  const used = b ? height - 2 * RAIL.pad : a.height;
  const top = Math.max(0, (height - used) / 2);
  const bTop = b ? top + used - b.height : 0;
  const dotY = (blockTop: number) => blockTop + blockHeight(1, 'strong') / 2;
  const parts: ReactNode[] = [];
  const marks: ReactNode[] = [<circle key="a" cx={RAIL.x} cy={dotY(top)} r={RAIL.dot} fill={INK.mark} />];
  parts.push(<PictureText key="da" role="strong" lines={[a.date]} x={RAIL.textX} y={top} width={textWidth} />);
  parts.push(<PictureText key="la" role="label" lines={a.label} x={RAIL.textX} y={top + blockHeight(1, 'strong')} width={textWidth} />);
  if (b) {
    marks.unshift(<line key="rail" x1={RAIL.x} y1={dotY(top)} x2={RAIL.x} y2={dotY(bTop)} stroke={INK.rail} strokeWidth={2} />);
    marks.push(<circle key="b" cx={RAIL.x} cy={dotY(bTop)} r={RAIL.dot} fill={INK.mark} />);
    const from = top + a.height + RAIL.gap / 2;
    const to = bTop - RAIL.gap / 2;
    for (let k = 0; k < middle; k++) marks.push(<circle key={`m${k}`} cx={RAIL.x} cy={from + ((k + 0.5) / middle) * (to - from)} r={RAIL.small} fill={INK.rail} />);
    if (middle) parts.push(<PictureText key="more" role="aside" lines={[siteText(lang).cards.moreEvents(middle)]} x={RAIL.textX} y={(from + to) / 2 - blockHeight(1, 'aside') / 2} width={textWidth} color={INK.muted} />);
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
