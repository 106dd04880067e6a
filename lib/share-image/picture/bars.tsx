import type { ReactNode } from 'react';
import { formatValueCompact } from '@/lib/charts/format';
import { countsOtherwise } from '@/lib/charts/layout-bars';
import type { ColumnDataset, ComparisonDataset } from '@/lib/data/schema';
import type { Lang } from '@/lib/i18n/lang';
import { blockHeight, INK, linesOf, measure, PictureText } from './text';

// A few rows grow into the room they leave, up to `tallest` and `widestGap`: two bars of 36 px filled a
// third of the card's panel and looked unfinished; bars much thicker would read as blocks, not bars.
const BAR = { height: 36, tallest: 60, labelGap: 6, rowGap: 26, widestGap: 48, valueGap: 10, maxRows: 4, basis: 3, basisOver: 6, perGap: 8, outline: 3 };

/** What a figure counts over, as the chart's bars say it first ("per month"), without the rest of its basis. */
const countsOver = (v: { basis?: string }) => v.basis?.split(/[,;(]/)[0].trim() || '';

/**
 * Bars, one a row: the name above (two lines at most), the bar, its figure at its end. As many
 * rows as fit, four at most, in the chart's order; a value not reported gets its words, no bar.
 */
export function BarsPicture({ dataset, width, height, lang }: { dataset: ColumnDataset | ComparisonDataset; width: number; height: number; lang: Lang }): ReactNode {
  const rows = dataset.values.map((v) => {
    const figure = formatValueCompact(v.value, v.qualifier, lang);
    // Beside the figure, what it counts over: "about 6M" a month is not 6M in all.
    const per = v.value === null ? '' : countsOver(v);
    const label = linesOf(v.label, 'strong', width, 2, lang);
    return { v, figure, per, label, height: blockHeight(label.length, 'strong') + BAR.labelGap + Math.max(BAR.height, blockHeight(1, 'value')) };
  });
  const shown: typeof rows = [];
  let used = 0;
  for (const row of rows.slice(0, BAR.maxRows)) {
    const next = used + (shown.length ? BAR.rowGap : 0) + row.height;
    if (shown.length && next > height) break;
    shown.push(row);
    used = next;
  }
  // Half the room left thickens the bars, the other half widens the gaps between rows.
  const n = shown.length;
  const barHeight = Math.min(BAR.tallest, BAR.height + (height - used) / 2 / n);
  const rowHeight = Math.max(barHeight, blockHeight(1, 'value'));
  used += n * (rowHeight - Math.max(BAR.height, blockHeight(1, 'value')));
  const rowGap = n > 1 ? Math.min(BAR.widestGap, BAR.rowGap + Math.max(0, height - used) / 2 / (n - 1)) : BAR.rowGap;
  used += (n - 1) * (rowGap - BAR.rowGap);
  // A one-off among monthly figures is an outline, as on the page: solid, it would read as one more month.
  const otherwise = countsOtherwise(dataset.values);
  const valueWidth = (r: (typeof rows)[number]) => measure('value')(r.figure) + (r.per ? BAR.perGap + measure('aside')(r.per) : 0);
  // Pixels a unit: as large as lets each bar's figure fit after it. Each row's own figure counts,
  // not the widest: "about 6M per month" beside a short bar had kept the 35M bar to 40% of the panel.
  const fits = shown.filter((r) => r.v.value).map((r) => (width - valueWidth(r) - BAR.valueGap) / r.v.value!);
  const scale = fits.length ? Math.max(0, Math.min(...fits)) : 0;
  let y = (height - used) / 2;
  const parts: ReactNode[] = [];
  // The basis the bars stand on: a rule at zero across each bar's end.
  const spans: [number, number][] = [];
  shown.forEach((r, i) => {
    parts.push(<PictureText key={`l${i}`} role="strong" lines={r.label} x={0} y={y} width={width} />);
    y += blockHeight(r.label.length, 'strong') + BAR.labelGap;
    const barWidth = r.v.value === null ? 0 : Math.max(4, r.v.value * scale);
    const barTop = y + (rowHeight - barHeight) / 2;
    // No bar (a figure not reported): its words start at zero, so no rule there.
    if (barWidth) spans.push([barTop, barTop + barHeight]);
    const fill = otherwise(r.v) ? { border: `${BAR.outline}px solid ${INK.mark}` } : { background: INK.mark };
    if (barWidth) parts.push(<div key={`b${i}`} style={{ position: 'absolute', left: 0, top: barTop, width: barWidth, height: barHeight, boxSizing: 'border-box', ...fill }} />);
    const valueX = barWidth ? barWidth + BAR.valueGap : 0;
    const valueTop = y + (rowHeight - blockHeight(1, 'value')) / 2;
    parts.push(<PictureText key={`v${i}`} role="value" lines={[r.figure]} x={valueX} y={valueTop} width={width - valueX} color={r.v.value === null ? INK.muted : INK.text} />);
    if (r.per) {
      // On the figure's baseline, near enough: the smaller text's line box sits at the foot of the figure's.
      const perX = valueX + measure('value')(r.figure) + BAR.perGap;
      parts.push(<PictureText key={`p${i}`} role="aside" lines={[r.per]} x={perX} y={valueTop + blockHeight(1, 'value') - blockHeight(1, 'aside') - 2} width={width - perX} color={INK.muted} />);
    }
    y += rowHeight + rowGap;
  });
  // Broken at each row's name, which starts at zero too, as a gridline passes behind a label.
  spans.forEach(([top, bottom], i) =>
    parts.push(<div key={`z${i}`} data-basis="" style={{ position: 'absolute', left: 0, top: top - BAR.basisOver, width: BAR.basis, height: bottom - top + 2 * BAR.basisOver, background: INK.rail }} />),
  );
  return parts;
}
