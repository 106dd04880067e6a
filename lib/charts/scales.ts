/** Scales and ticks (d3 does the maths; React draws). */
import { extent } from 'd3-array';
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import { formatCompact } from './format';
import type { Lang } from '@/lib/i18n/lang';

/** Linear value scale from 0 to a "nice" maximum covering `max`. */
export function valueScale(max: number, range: [number, number], ticks = 4): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .nice(ticks)
    .range(range);
}

/** Tick values with their labels; the top tick can carry the units ("40M N95 masks per month"). */
export function valueTicks(
  scale: ScaleLinear<number, number>,
  count: number,
  unitsOnTop: string | undefined,
  lang: Lang,
): { value: number; label: string }[] {
  const ticks = scale.ticks(count);
  return ticks.map((value, i) => ({
    value,
    label: i === ticks.length - 1 && unitsOnTop ? `${formatCompact(value, lang)} ${unitsOnTop}` : formatCompact(value, lang),
  }));
}

/** UTC time scale over the given dates; a single date maps to the middle of the range. */
export function dateScale(dates: Date[], range: [number, number]): (d: Date) => number {
  const [lo, hi] = extent(dates) as [Date, Date];
  if (!lo || lo.getTime() === hi.getTime()) return () => (range[0] + range[1]) / 2;
  const s: ScaleTime<number, number> = scaleUtc().domain([lo, hi]).range(range);
  return (d) => s(d);
}
