import type { TimelineDataset } from '@/lib/data/schema';
import type { Lang } from '@/lib/i18n/lang';
import type { TimelineLayout } from '../layout-timeline';
import { LIGHT } from '../palette';
import { chartMark } from './mark';
import { el, group } from './node';
import { svgTexts } from './text';

/** Vertical timeline: date column, rail with a dot per event, event text and who said it. */
export function timelineMarks(dataset: TimelineDataset, layout: TimelineLayout, lang: Lang) {
  return group(
    el('line', {
      x1: layout.rail.x,
      x2: layout.rail.x,
      y1: layout.rail.y1,
      y2: layout.rail.y2,
      stroke: LIGHT.axis,
      strokeWidth: 2,
      className: 'chart-rail',
      'aria-hidden': 'true',
    }),
    layout.events.map((e) =>
      chartMark(
        { lang, dataset, value: e.value, dataValue: e.value.date, hit: e.hit },
        svgTexts(e.dateLines),
        el('circle', { cx: e.dot.x, cy: e.dot.y, r: e.dot.r, fill: LIGHT.mark, stroke: LIGHT.bg, strokeWidth: 3, className: 'chart-event-dot' }),
        svgTexts(e.labelLines),
        svgTexts(e.speakerLines),
      ),
    ),
  );
}
