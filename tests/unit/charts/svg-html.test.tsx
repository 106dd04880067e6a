/**
 * The page draws a chart's marks from one HTML string (lib/charts/svg/html.ts) instead of React
 * elements: a reader, a screen reader and a crawler must get the same SVG as React would write,
 * and editors' words in labels must stay text, whatever characters they hold.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { ChartSvg } from '@/components/charts/ChartSvg';
import { chartTree } from '@/lib/charts/svg/chart';
import { svgToHtml } from '@/lib/charts/svg/html';
import { el, type SvgElement, type SvgNode } from '@/lib/charts/svg/node';
import { svgToReact, svgWithHtml } from '@/lib/charts/svg/react';
import { stillTree } from '@/lib/charts/svg/still';
import { NARROW, WIDE } from '@/lib/charts/variants';
import { getDataset } from '@/lib/data/datasets';
import type { Dataset } from '@/lib/data/schema';
import type { Lang } from '@/lib/i18n/lang';
import { ANNOTATED_DIR, FRENCH_DIR, VALID_DIR } from './helpers';

const ids = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
/** Every fixture chart: each kind, annotated ones, and French ones (other number style and words). */
const CHARTS: [string, string, Lang][] = [
  ...ids(VALID_DIR).map((id): [string, string, Lang] => [VALID_DIR, id, 'en']),
  ...ids(ANNOTATED_DIR).map((id): [string, string, Lang] => [ANNOTATED_DIR, id, 'en']),
  ...ids(FRENCH_DIR).map((id): [string, string, Lang] => [FRENCH_DIR, id, 'fr']),
];

/** What React writes for the tree as elements: the markup the page had before. */
const asElements = (tree: SvgElement) => renderToStaticMarkup(svgToReact(tree));

describe('a chart drawn from one HTML string is the SVG React writes for its elements', () => {
  test.each(CHARTS)('%s/%s (%s): the same markup, byte for byte, in both layouts and as a still picture', (dir, id, lang) => {
    const dataset = getDataset(id, dir, lang);
    for (const variant of [NARROW, WIDE]) {
      const tree = chartTree(dataset, variant, lang);
      const page = renderToStaticMarkup(<ChartSvg dataset={dataset} variant={variant} lang={lang} />);
      expect(page).toBe(asElements(tree));
      // The page's SVG holds the marks (not an empty root).
      expect(page.match(/ class="chart-mark"/g)?.length ?? 0).toBeGreaterThan(0);
      const still = stillTree(tree, 'picture-', 'description');
      expect(renderToStaticMarkup(svgWithHtml(still))).toBe(asElements(still));
    }
  });

  test('any tree: React and the string agree on names, numbers, styles and escaping', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 12 });
    const value = fc.oneof(text, fc.double({ noNaN: true }), fc.integer(), fc.constant(undefined));
    const name = fc.constantFrom('x', 'className', 'tabIndex', 'strokeWidth', 'textAnchor', 'fontSize', 'viewBox', 'patternUnits', 'aria-label', 'data-tip', 'fillOpacity', 'strokeDasharray', 'xlinkHref', 'd');
    const style = fc.dictionary(fc.constantFrom('height', 'aspectRatio', 'fontSize', 'opacity', 'strokeWidth', 'lineHeight'), fc.oneof(text.filter((t) => t.trim() !== ''), fc.integer({ min: 1 })), { maxKeys: 3 });
    // Not <title>: React writes one only from a single string (as every chart's is; the fixtures above cover it).
    const tag = fc.constantFrom('g', 'text', 'desc', 'rect', 'path');
    const { node } = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element')),
      element: fc.record({ tag, props: fc.dictionary(name, value, { maxKeys: 4 }), style: fc.option(style), children: fc.array(tie('node'), { maxLength: 3 }) }),
    }));
    fc.assert(
      fc.property(fc.array(node, { maxLength: 4 }), (children) => {
        const build = (n: unknown): SvgNode => {
          if (typeof n === 'string') return n;
          const e = n as { tag: string; props: Record<string, string | number | undefined>; style: Record<string, string | number> | null; children: unknown[] };
          return el(e.tag, { ...e.props, ...(e.style ? { style: e.style } : {}) }, e.children.map(build));
        };
        // Text nodes side by side are one text in both (renderToStaticMarkup writes no comment between them).
        const tree = el('svg', { viewBox: '0 0 10 10' }, children.map(build));
        expect(renderToStaticMarkup(svgWithHtml(tree))).toBe(asElements(tree));
      }),
      { numRuns: 300 },
    );
  });
});

type Node = DefaultTreeAdapterMap['childNode'];
const elements = (nodes: Node[]): DefaultTreeAdapterMap['element'][] => nodes.flatMap((n) => ('tagName' in n ? [n, ...elements(n.childNodes)] : []));
const textOf = (n: Node): string => ('value' in n && n.nodeName === '#text' ? n.value : 'childNodes' in n ? n.childNodes.map(textOf).join('') : '');

describe("editors' words in a chart stay words", () => {
  const nasty = `<b>Masks & "N95s"</b> 'sent' <script>alert(1)</script> &amp;`;
  const base = getDataset('fixture-column', VALID_DIR, 'en');
  const dataset = { ...base, title: nasty, values: base.values.map((v, i) => (i === 0 ? { ...v, label: nasty } : v)) } as Dataset;

  test('a title and a label with <, &, " and \' are text and attribute values, never markup', () => {
    const html = svgToHtml(chartTree(dataset, WIDE, 'en'));
    const tree = parseFragment(html).childNodes as Node[];
    const all = elements(tree);
    // Nothing the label holds became an element.
    expect(all.filter((e) => e.tagName === 'b' || e.tagName === 'script')).toEqual([]);
    expect(textOf(all.find((e) => e.tagName === 'title')!)).toBe(nasty);
    // The label is read whole by screen readers (aria-label) and shown whole by the tooltip (data-tip).
    const marks = all.filter((e) => e.attrs.some((a) => a.name === 'aria-label' && a.value.includes(nasty)));
    expect(marks.length).toBe(1);
    expect(marks[0].attrs.find((a) => a.name === 'data-tip')!.value).toContain(nasty);
    // And it is drawn as text on the chart (the axis label).
    expect(all.filter((e) => e.tagName === 'text').map(textOf).join('\n')).toContain('Masks');
  });
});
