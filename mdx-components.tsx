import type { MDXComponents } from 'mdx/types';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { ChartFigure } from '@/components/charts/ChartFigure';
import { FigureText, figureText } from '@/components/charts/FigureText';
import { HeadingWithAnchor } from '@/components/HeadingWithAnchor';
import { Quote } from '@/components/Quote';
import { rowId } from '@/lib/charts/figures';
import type { StoryComponentName } from '@/lib/content/components';
import type { Dataset } from '@/lib/data/schema';
import { chartText } from '@/lib/i18n/charts';
import type { Lang } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';
import { siteText } from '@/lib/i18n/site';
import { absoluteUrl, site } from '@/lib/site';

/** What the map needs of a story: where it lives, and the data of its charts (loaded by lib/content). */
type StoryContext = { slug: string; lang: Lang; charts: readonly string[]; datasets: readonly Dataset[] };
type FigureProps = { chart: string; value: string };
type ChartProps = { id: string };
type QuoteProps = { original: string; n: string; close?: string; children?: ReactNode };

const datasetOf = (story: StoryContext, id: string) => {
  const dataset = story.datasets.find((d) => d.id === id);
  // lib/content loads every chart a story names before rendering; a miss is a bug, not an editor's mistake.
  if (!dataset) throw new Error(`${story.slug}: no data loaded for <Chart id="${id}" />`);
  return dataset;
};

/**
 * Internal links are plain anchors: every page is a static file, and a full load of a few
 * kilobytes beats shipping a client router. Links to other sites never pass on the referrer.
 */
function MdxLink({ href = '', children, ...props }: ComponentPropsWithoutRef<'a'>) {
  return (
    <a href={href} rel={isExternal(href) ? 'noopener noreferrer' : undefined} {...props}>
      {children}
    </a>
  );
}

// A path on this site or an anchor is internal; "//host/…" is another site.
const isExternal = (href: string) => href.startsWith('//') || !(href.startsWith('/') || href.startsWith('#'));

/** The one map from a story's MDX to components, for its page. Every capitalised entry is a component an editor may use. */
export function mdxComponents(story: StoryContext) {
  const { lang } = story;
  return {
    a: MdxLink,
    h2: (props: ComponentPropsWithoutRef<'h2'>) => <HeadingWithAnchor level={2} edition={lang} {...props} />,
    h3: (props: ComponentPropsWithoutRef<'h3'>) => <HeadingWithAnchor level={3} edition={lang} {...props} />,
    /** A chart from the story's data, with its table, downloads and embed code. */
    Chart: ({ id }: ChartProps) => <ChartFigure dataset={datasetOf(story, id)} siteUrl={site.url} lang={lang} />,
    /** A figure from the data, linked to its row: in this page's table, or on the chart's own page. */
    Figure: ({ chart, value }: FigureProps) => {
      const row = `#${rowId(chart, value)}`;
      return <FigureText dataset={datasetOf(story, chart)} valueKey={value} lang={lang} href={story.charts.includes(chart) ? row : `${paths(lang).embed(chart)}${row}`} />;
    },
    /** A translated quotation (French stories), linked to its English original under "Citations originales". */
    Quote: (props: QuoteProps) => <Quote {...props} lang={lang} />,
  } satisfies MDXComponents & Record<StoryComponentName, unknown>;
}

/**
 * The same map for feed readers, which run no script and load no style: a chart becomes a link to
 * it on the story page, and every link is absolute.
 */
export function feedComponents(story: StoryContext) {
  const { lang } = story;
  const page = absoluteUrl(paths(lang).story(story.slug));
  const absolute = (href: string) => (href.startsWith('#') ? page + href : href.startsWith('/') ? absoluteUrl(href) : href);
  return {
    a: ({ href = '', ...props }: ComponentPropsWithoutRef<'a'>) => <a href={absolute(href)} rel={isExternal(href) ? 'noopener noreferrer' : undefined} {...props} />,
    Chart: ({ id }: ChartProps) => <a href={`${page}#${id}`}>{chartText(lang).chartNamed(datasetOf(story, id).title)}</a>,
    Figure: ({ chart, value }: FigureProps) => figureText(datasetOf(story, chart), value, lang),
    // A feed carries no "Citations originales" list: the English words follow the translation.
    Quote: ({ original, close, children }: QuoteProps) => (
      <>
        {children}
        {close}{' '}
        <small>
          [{siteText(lang).quote.feedMark} <span lang="en">“{original}”</span>]
        </small>
      </>
    ),
  } satisfies MDXComponents & Record<StoryComponentName, unknown>;
}

const namesOf = (map: MDXComponents) => Object.keys(map).filter((name) => /^[A-Z]/.test(name)).sort();
const NO_STORY: StoryContext = { slug: '', lang: 'en', charts: [], datasets: [] };

/** Components an editor can use as <Name /> in a story, in each variant (lower-case names are plain HTML). */
export const storyComponentNames = { page: namesOf(mdxComponents(NO_STORY)), feed: namesOf(feedComponents(NO_STORY)) };
