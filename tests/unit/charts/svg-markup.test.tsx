/**
 * A chart's marks are written as HTML by components/charts/svg-markup.ts, not by React: every
 * chart of the fixture data and of the fixture site, in both editions and every layout, must come
 * out byte for byte as React writes the same tree (renderToString: the HTML Next writes, with
 * React's comment between two texts in a row).
 */
import { renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { ChartSvg } from '@/components/charts/ChartSvg';
import { svgMarkup } from '@/components/charts/svg-markup';
import { chartTree } from '@/lib/charts/svg/chart';
import { svgToReact } from '@/lib/charts/svg/react';
import { VARIANTS } from '@/lib/charts/variants';
import { getPublishedCharts } from '@/lib/content/stories';
import { getDatasets } from '@/lib/data/datasets';
import type { Dataset } from '@/lib/data/schema';
import type { Lang } from '@/lib/i18n/lang';
import { VALID_DIR } from './helpers';

const charts: [string, Dataset, Lang][] = [
  ...getDatasets(VALID_DIR).map((d): [string, Dataset, Lang] => [`fixture data ${d.id}`, d, 'en']),
  ...(['en', 'fr'] as const).flatMap((lang) => getPublishedCharts({ lang, root: 'tests/fixtures/site', preview: true }).map((d): [string, Dataset, Lang] => [`fixture site ${lang} ${d.id}`, d, lang])),
];

describe('a chart written as HTML is what React writes', () => {
  test('there are charts of every kind to compare', () => {
    expect(new Set(charts.map(([, d]) => d.chart))).toEqual(new Set(['line', 'column', 'comparison', 'timeline', 'map']));
  });

  test.each(charts)('%s', (_, dataset, lang) => {
    for (const variant of VARIANTS) {
      expect(renderToString(<ChartSvg dataset={dataset} variant={variant} lang={lang} />)).toBe(renderToString(svgToReact(chartTree(dataset, variant, lang))));
    }
  });
});

describe('what React writes, written alike', () => {
  const react = (node: Parameters<typeof svgMarkup>[0][number]) => renderToString(<svg>{svgToReact(node)}</svg>).slice('<svg>'.length, -'</svg>'.length);
  test('texts side by side, escaping, and attributes React renames', () => {
    const node = { tag: 'text', props: { className: 'a&b', textAnchor: 'end', fontSize: 12, 'data-tip': `"<it's>"`, fill: undefined }, children: ['one', 'two & <three>', { tag: 'tspan', props: {}, children: ['x'] }, 'four'] };
    expect(svgMarkup([node])).toBe(react(node));
  });
  test('an attribute it does not know stops the build instead of being written differently', () => {
    expect(() => svgMarkup([{ tag: 'rect', props: { clipPath: 'url(#a)' }, children: [] }])).toThrow(/clipPath/);
  });
});
