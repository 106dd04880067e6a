import type { ReactNode } from 'react';
import { formatValueCompact } from '@/lib/charts/format';
import type { LineDataset } from '@/lib/data/schema';
import { chartText } from '@/lib/i18n/charts';
import { colon, type Lang } from '@/lib/i18n/lang';
import { blockHeight, INK, linesOf, PictureText } from './text';

const DOT = 8;

/**
 * The line alone, from zero, with its first and last figures and their dates at its ends. Where
 * values were not reported the line stops, and the gap says so, so the picture never claims a
 * figure the chart does not have.
 */
export function LinePicture({ dataset, width, height, lang }: { dataset: LineDataset; width: number; height: number; lang: Lang }): ReactNode {
  const values = dataset.values;
  const known = values.map((v, i) => ({ v, i })).filter(({ v }) => v.value !== null);
  if (!known.length) return null;
  const first = known[0];
  const last = known[known.length - 1];
  const half = width / 2 - 8;
  const endLabel = (v: (typeof values)[number]) => ({ figure: formatValueCompact(v.value, v.qualifier, lang), date: linesOf(v.label, 'label', half, 2, lang) });
  const a = endLabel(first.v);
  const b = endLabel(last.v);
  const dateRows = Math.max(a.date.length, b.date.length);
  // Room: the figures above the highest point, the dates under the baseline.
  const top = blockHeight(1, 'value') + DOT + 10;
  const base = height - blockHeight(dateRows, 'label') - 12;
  const max = Math.max(...known.map(({ v }) => v.value!));
  const span = Math.max(1, last.i - first.i);
  const pad = DOT + 2;
  const x = (i: number) => pad + ((i - first.i) / span) * (width - 2 * pad);
  const y = (value: number) => base - (value / max) * (base - top);
  const segments = known.slice(1).map(({ v, i }, k) => {
    const prev = known[k];
    return { x1: x(prev.i), y1: y(prev.v.value!), x2: x(i), y2: y(v.value!), gap: i - prev.i > 1, missing: values.slice(prev.i + 1, i) };
  });
  const gapNotes = segments
    .filter((s) => s.gap)
    .map((s, k) => {
      const words = s.missing.length === 1 ? `${s.missing[0].label}${colon(lang)}${chartText(lang).notReported}` : chartText(lang).numbers.notReported;
      const lines = linesOf(words, 'aside', width * 0.6, 2, lang);
      const mid = { x: (s.x1 + s.x2) / 2, y: (s.y1 + s.y2) / 2 };
      return <PictureText key={`gap${k}`} role="aside" lines={lines} x={Math.min(Math.max(mid.x, width * 0.3), width * 0.7)} y={mid.y + 34} width={width * 0.6} align="middle" color={INK.muted} />;
    });
  return [
    <svg key="marks" width={width} height={height} viewBox={`0 0 ${width} ${height}`} style={{ position: 'absolute', left: 0, top: 0 }}>
      <line x1={0} y1={base} x2={width} y2={base} stroke={INK.rail} strokeWidth={2} />
      {segments
        .filter((s) => !s.gap)
        .map((s, k) => (
          <line key={k} x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} stroke={INK.mark} strokeWidth={5} strokeLinecap="round" />
        ))}
      {known.map(({ v, i }) => (
        <circle key={i} cx={x(i)} cy={y(v.value!)} r={DOT} fill={INK.mark} />
      ))}
    </svg>,
    <PictureText key="fa" role="value" lines={[a.figure]} x={0} y={y(first.v.value!) - DOT - 8 - blockHeight(1, 'value')} width={half} />,
    ...(last.i !== first.i
      ? [
          <PictureText key="fb" role="value" lines={[b.figure]} x={width} y={y(last.v.value!) - DOT - 8 - blockHeight(1, 'value')} width={half} align="end" />,
          <PictureText key="db" role="label" lines={b.date} x={width} y={base + 10} width={half} align="end" color={INK.muted} />,
        ]
      : []),
    <PictureText key="da" role="label" lines={a.date} x={0} y={base + 10} width={half} color={INK.muted} />,
    ...gapNotes,
  ];
}
