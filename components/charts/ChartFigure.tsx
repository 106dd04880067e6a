import type { Dataset } from '@/lib/data/schema';
import { layoutChart } from '@/lib/charts/layout';
import { VARIANTS, WIDE, type Variant } from '@/lib/charts/variants';
import { chartText } from '@/lib/i18n/charts';
import type { Lang } from '@/lib/i18n/lang';
import { headlineNoBreaks, JOIN_LIMIT } from '@/lib/i18n/line-breaks';
import { paths } from '@/lib/i18n/paths';
import { ChartDownloads } from './ChartDownloads';
import { ChartTooltip } from './ChartTooltip';
import { ChartNotes } from './ChartNotes';
import { ChartSvg } from './ChartSvg';
import { DataTable } from './DataTable';
import { EmbedSnippet } from './EmbedSnippet';
import { ShareBar } from '../ShareBar';

export interface ChartFigureProps {
  /** The validated dataset to draw (from getDataset, or a fixture in tests). */
  dataset: Dataset;
  /**
   * Origin (plus base path) for the links other sites get: the embed code and the share links,
   * e.g. "https://example.org". The CSV link stays root-relative, so the built site works on any host.
   */
  siteUrl?: string;
  /** Show "Download the data (CSV)" and the SVG/PNG buttons. */
  downloads?: boolean;
  /** Show "Share or embed this chart": share links and the embed code. */
  embed?: boolean;
  /** Include the tooltip the page script fills (ChartTooltip). */
  interactive?: boolean;
  /** Extra classes for the <figure>. */
  className?: string;
  /** Write the chart title as the page's h1: for the embed page, where the chart is all there is. */
  titleIsHeading?: boolean;
  /** Edition: its words, number style and addresses (CSV, embed page). The dataset must be in its words (getDataset(id, dir, lang)). */
  lang: Lang;
  /** The layouts to draw (charts.css shows the one for the figure's width); the embed page adds a window-wide one. */
  variants?: readonly Variant[];
}

/** Defaults for the optional ChartFigure props. */
export const chartFigureDefaults = {
  siteUrl: '',
  downloads: true,
  embed: true,
  interactive: true,
  className: '',
  titleIsHeading: false,
  lang: 'en' as Lang,
  variants: VARIANTS,
} satisfies Required<Omit<ChartFigureProps, 'dataset'>>;

/** Suggested iframe height for the embed page: the chart at 640 px plus title and notes. */
export function embedHeight(dataset: Dataset, lang: Lang): number {
  const l = layoutChart(dataset, WIDE, lang);
  const chart = (l.height * 640) / l.width;
  return Math.round((chart + 220 + dataset.notes.length * 48) / 10) * 10;
}

/**
 * A complete chart: title (figcaption), two SVG layouts (narrow/wide, switched by a container
 * query in charts.css), source line and notes, the data table, downloads and the embed code.
 * Works without JavaScript; the tooltip and image downloads are progressive enhancements.
 */
export function ChartFigure(props: ChartFigureProps) {
  const { dataset } = props;
  const o = { ...chartFigureDefaults };
  for (const k of Object.keys(chartFigureDefaults) as (keyof typeof chartFigureDefaults)[]) {
    if (props[k] !== undefined) (o as Record<string, unknown>)[k] = props[k];
  }
  const id = dataset.id;
  const siteUrl = o.siteUrl.replace(/\/+$/, '');
  const Title = o.titleIsHeading ? 'h1' : 'span';
  const { lang } = o;
  const t = chartText(lang);
  const at = paths(lang);
  return (
    <figure id={id} className={`chart not-prose${o.className ? ` ${o.className}` : ''}`} data-chart={dataset.chart}>
      <figcaption className="chart-head">
        <Title className="chart-title">{headlineNoBreaks(dataset.title, lang, JOIN_LIMIT.chartTitle)}</Title>
      </figcaption>
      <div className="chart-body">
        {o.variants.map((v) => (
          <ChartSvg key={v.name} dataset={dataset} variant={v} lang={lang} />
        ))}
        {o.interactive && <ChartTooltip chartId={id} lang={lang} />}
      </div>
      <ChartNotes dataset={dataset} lang={lang} variants={o.variants} />
      <DataTable dataset={dataset} lang={lang} />
      {o.downloads && (
        <p className="chart-tools">
          <a href={at.data(id)} download={`${id}.csv`}>
            {t.downloadCsv}
          </a>
          <ChartDownloads chartId={id} title={dataset.title} sourceLine={dataset.sourceLine} lang={lang} />
        </p>
      )}
      {o.embed && (
        <details className="chart-embed" data-pagefind-ignore="all">
          <summary>{t.shareOrEmbed}</summary>
          <div className="chart-share">
            {/* The embed page carries the chart's own preview image, so that is the link to share. Named
                after the chart: a story with several charts has several of these landmarks. */}
            <ShareBar url={`${siteUrl}${at.embed(id)}`} title={dataset.title} label={t.shareChart(dataset.title)} lang={lang} />
          </div>
          <EmbedSnippet id={id} title={dataset.title} siteUrl={siteUrl} height={embedHeight(dataset, lang)} lang={lang} />
        </details>
      )}
    </figure>
  );
}
