import type { TimelineDataset } from '@/lib/data/schema';
import type { TimelineLayout } from '@/lib/charts/layout-timeline';
import { LIGHT } from '@/lib/charts/palette';
import { ChartMark } from './ChartMark';
import { SvgText } from './SvgText';
import type { Lang } from '@/lib/i18n/lang';

export interface TimelineMarksProps {
  /** The dataset (for labels and sources). */
  dataset: TimelineDataset;
  /** Geometry from layoutTimeline. */
  layout: TimelineLayout;
  /** Edition whose words and number style the marks' names and tooltips use (default English). */
  lang: Lang;
}

/** Vertical timeline: date column, rail with a dot per event, event text and who said it. */
export function TimelineMarks({ dataset, layout, lang }: TimelineMarksProps) {
  return (
    <>
      <line
        x1={layout.rail.x}
        x2={layout.rail.x}
        y1={layout.rail.y1}
        y2={layout.rail.y2}
        stroke={LIGHT.axis}
        strokeWidth={2}
        className="chart-rail"
        aria-hidden="true"
      />
      {layout.events.map((e) => (
        <ChartMark lang={lang} key={`event-${e.index}`} dataset={dataset} value={e.value} dataValue={e.value.date} hit={e.hit}>
          {e.dateLines.map((t, i) => (
            <SvgText key={`d${i}`} item={t} />
          ))}
          <circle cx={e.dot.x} cy={e.dot.y} r={e.dot.r} fill={LIGHT.mark} stroke={LIGHT.bg} strokeWidth={3} className="chart-event-dot" />
          {e.labelLines.map((t, i) => (
            <SvgText key={`l${i}`} item={t} />
          ))}
          {e.speakerLines.map((t, i) => (
            <SvgText key={`s${i}`} item={t} />
          ))}
        </ChartMark>
      ))}
    </>
  );
}
