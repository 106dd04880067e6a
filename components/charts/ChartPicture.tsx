import { Children, Fragment, createElement, isValidElement, type ReactNode } from 'react';
import { daySpan, describe, markText } from '@/lib/charts/describe';
import { VARIANTS } from '@/lib/charts/variants';
import type { Dataset } from '@/lib/data/schema';
import { chartText } from '@/lib/i18n/charts';
import type { Lang } from '@/lib/i18n/lang';
import { thumbnailDataset } from '@/lib/share-image/chart-thumbnail';
import { ChartSvg } from './ChartSvg';

/** Attributes that make a mark interactive on the story page (focus, its own name, the tooltip's text). */
const INTERACTIVE = ['tabIndex', 'role', 'aria-label', 'data-tip', 'data-source', 'data-value'];
/** Attributes that name other elements by id. */
const ID_LISTS = ['aria-labelledby', 'aria-describedby'];

type Props = Record<string, unknown> & { children?: ReactNode };

/**
 * The story chart's SVG, made a still picture: chart components are called down to plain SVG
 * elements (they are pure functions, no hooks), every id gets `prefix` so none repeats an id of
 * the story page's chart, and the marks lose their focus stops, names and tooltip text, since a
 * picture inside a link has nothing to tab to. The <desc> says `description`.
 */
function still(node: ReactNode, prefix: string, description: string, root = true): ReactNode {
  const inner = (n: ReactNode) => still(n, prefix, description, false);
  if (Array.isArray(node)) return node.map(inner);
  if (!isValidElement<Props>(node)) return node;
  if (node.type === Fragment) return Children.toArray(node.props.children).map(inner);
  if (typeof node.type === 'function') return still((node.type as (p: Props) => ReactNode)(node.props), prefix, description, root);
  const props: Props = { key: node.key };
  for (const [name, value] of Object.entries(node.props)) {
    if (name === 'children' || (!root && INTERACTIVE.includes(name))) continue;
    if (name === 'id') props[name] = `${prefix}${value}`;
    else if (ID_LISTS.includes(name)) props[name] = String(value).split(/\s+/).map((id) => `${prefix}${id}`).join(' ');
    else if (typeof value === 'string' && value.startsWith('url(#')) props[name] = value.replace('url(#', `url(#${prefix}`);
    else props[name] = value;
  }
  if (node.type === 'desc') return createElement('desc', props, description);
  const children = node.props.children === undefined ? [] : Children.toArray(node.props.children).map(inner);
  return createElement(node.type as string, props, ...children);
}

/** Text for the SVG's <desc>: the chart's own description, or for a condensed timeline its length and the two events shown. */
function pictureDescription(full: Dataset, shown: Dataset, lang: Lang): string {
  if (full.chart !== 'timeline' || shown.values.length === full.values.length || shown.chart !== 'timeline') return describe(full, lang);
  const [first, last] = [full.values[0], full.values[full.values.length - 1]];
  const events = shown.values.map((e) => markText(shown, e, lang)).join('. ');
  return chartText(lang).condensed(full.values.length, daySpan(first.date, last.date, lang), events);
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
 * condensed to its first and last events, as on the share card, and says so.
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
          {dataset.title}
        </span>
        {VARIANTS.map((v) => {
          return <Fragment key={v.name}>{still(<ChartSvg dataset={shown} variant={v} lang={lang} />, 'picture-', description)}</Fragment>;
        })}
        {condensed && (
          <span className="chart-picture-note">
            {t.condensedNote(dataset.values.length)} <span className="chart-picture-more">{t.seeFullTimeline}</span>
          </span>
        )}
      </a>
    </div>
  );
}
