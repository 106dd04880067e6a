import { Fragment } from 'react';
import { leftOut, thumbnailDataset } from '@/lib/charts/condense';
import { daySpan, describe, markText } from '@/lib/charts/describe';
import { chartTree } from '@/lib/charts/svg/chart';
import type { SvgElement, SvgNode } from '@/lib/charts/svg/node';
import { svgWithHtml } from '@/lib/charts/svg/react';
import { stillTree } from '@/lib/charts/svg/still';
import { VARIANTS } from '@/lib/charts/variants';
import type { Dataset } from '@/lib/data/schema';
import { chartText } from '@/lib/i18n/charts';
import type { Lang } from '@/lib/i18n/lang';
import { headlineNoBreaks, JOIN_LIMIT } from '@/lib/i18n/line-breaks';

/** How many events a condensed timeline leaves out before, between and after the two it shows. */
const around = (ds: Dataset) => leftOut(ds.values as { summary?: boolean }[]);

/** Whether a condensed timeline shows its first and last events. */
const showsEnds = (ds: Dataset): boolean => !around(ds).before && !around(ds).after;

/**
 * The rail of a condensed timeline where events were left out: dashed between the two shown when
 * some came between (drawn whole, the order and the deal read as one day after the other), and a
 * dashed stub past the second when some came after (the graphics review).
 */
function markOmitted(svg: SvgElement, gaps: { between: number; after: number }): SvgElement {
  const bottom = Number(String(svg.props.viewBox ?? '').split(' ')[3]);
  const mark = (node: SvgElement): SvgNode[] => {
    if (node.props.className !== 'chart-rail') return [{ ...node, children: node.children.flatMap((child) => (typeof child === 'string' ? [child] : mark(child))) }];
    const rail = gaps.between ? { ...node, props: { ...node.props, strokeDasharray: DASH } } : node;
    const stub = gaps.after && bottom > Number(node.props.y2) ? [{ ...node, props: { ...node.props, y1: node.props.y2, y2: bottom, strokeDasharray: DASH } }] : [];
    return [rail, ...stub];
  };
  return mark(svg)[0] as SvgElement;
}
/** Dashes of the left-out events' rail, in the layout's units. */
const DASH = '6 10';

/** Text for the SVG's <desc>: the chart's own description, or for a condensed timeline its length and the two events shown. */
function pictureDescription(full: Dataset, shown: Dataset, lang: Lang): string {
  if (full.chart !== 'timeline' || shown.values.length === full.values.length || shown.chart !== 'timeline') return describe(full, lang);
  const [first, last] = [full.values[0], full.values[full.values.length - 1]];
  const events = shown.values.map((e) => markText(shown, e, lang)).join('. ');
  return chartText(lang).condensed(full.values.length, daySpan(first.date, last.date, lang), events, showsEnds(full));
}

export interface ChartPictureProps {
  /** The chart to show: a story's lead chart. */
  dataset: Dataset;
  /** Where the picture leads: the chart in its story, `/stories/<slug>/#<id>`. */
  href: string;
  /** Edition of the picture's words (default English); the dataset must be in its words. */
  lang: Lang;
}

/**
 * A chart as a picture on the front page: the same server-drawn SVG as in the story, in its
 * narrow and wide layouts (switched by the container query in charts.css), linked to the chart
 * in the story. No tooltip, no focusable marks, no ids shared with the story page. A timeline is
 * condensed to two events, as on the share card (thumbnailDataset), and says so.
 */
export function ChartPicture({ dataset, href, lang }: ChartPictureProps) {
  const t = chartText(lang);
  const shown = thumbnailDataset(dataset);
  const condensed = shown.values.length < dataset.values.length;
  const description = pictureDescription(dataset, shown, lang);
  return (
    <div className="chart chart-picture not-prose" data-chart={dataset.chart}>
      <a href={href} className="chart-picture-link">
        {/* The SVG's <title> names the link and the image; this is the same text, for the eye. */}
        <span className="chart-title" aria-hidden="true">
          {headlineNoBreaks(dataset.title, lang, JOIN_LIMIT.chartTitle)}
        </span>
        {VARIANTS.map((v) => {
          const tree = stillTree(chartTree(shown, v, lang), 'picture-', description);
          return <Fragment key={v.name}>{svgWithHtml(condensed ? markOmitted(tree, around(dataset)) : tree)}</Fragment>;
        })}
        {condensed && (
          <span className="chart-picture-note">
            {t.condensedNote(dataset.values.length, showsEnds(dataset) ? undefined : around(dataset))} <span className="chart-picture-more">{t.seeFullTimeline}</span>
          </span>
        )}
      </a>
    </div>
  );
}
