import type { ReactNode } from 'react';
import { formatValueCompact } from '@/lib/charts/format';
import type { MapDataset, MapValue } from '@/lib/data/schema';
import type { Lang } from '@/lib/i18n/lang';
import { blockHeight, INK, linesOf, PictureText } from './text';

const NODE = { padX: 12, padY: 6, radius: 10 };
const HEAD = 14;

/**
 * A map cannot be read at a card's size, so its card draws what the map says: the places as named
 * boxes, in rows from where the masks start to where they go, and one arrow a flow, with its figure
 * and basis on it. Flows with a number come first; crossings (no number) only when there are none.
 */
export function FlowsPicture({ dataset, width, height, lang }: { dataset: MapDataset; width: number; height: number; lang: Lang }): ReactNode {
  const numbered = dataset.values.filter((v) => v.kind === 'flow');
  const flows: MapValue[] = numbered.length ? numbered : dataset.values.slice(0, 1);
  const ids = [...new Set(flows.flatMap((f) => [f.from, ...f.to]))];
  // Rows: a place is one row below every place that sends to it (sources on top).
  const depth = new Map(ids.map((id) => [id, 0]));
  for (let pass = 0; pass < ids.length; pass++)
    for (const f of flows) for (const to of f.to) depth.set(to, Math.max(depth.get(to)!, Math.min(2, depth.get(f.from)! + 1)));
  const rowCount = Math.max(...depth.values()) + 1;
  const rows = Array.from({ length: rowCount }, (_, r) => ids.filter((id) => depth.get(id) === r));
  const name = (id: string) => dataset.places.find((p) => p.id === id)?.name ?? id;

  const nodeHeight = blockHeight(2, 'strong') + 2 * NODE.padY;
  const rowY = (r: number) => (rowCount === 1 ? (height - nodeHeight) / 2 : (r / (rowCount - 1)) * (height - nodeHeight));
  const nodes = new Map<string, { x: number; y: number; w: number; lines: string[] }>();
  rows.forEach((row, r) =>
    row.forEach((id, k) => {
      const slot = width / row.length;
      const lines = linesOf(name(id), 'strong', slot - 2 * NODE.padX - 8, 2);
      const inner = blockHeight(lines.length, 'strong');
      nodes.set(id, { x: slot * (k + 0.5), y: rowY(r) + (nodeHeight - inner) / 2 - NODE.padY, w: slot - 8, lines });
    }),
  );
  const boxOf = (id: string) => {
    const n = nodes.get(id)!;
    return { ...n, h: blockHeight(n.lines.length, 'strong') + 2 * NODE.padY };
  };

  const marks: ReactNode[] = [];
  const labels: ReactNode[] = [];
  flows.forEach((f, i) => {
    const a = boxOf(f.from);
    const ends = f.to.map((to) => {
      const b = boxOf(to);
      return { x: b.x, y: b.y - 4 };
    });
    const start = { x: a.x, y: a.y + a.h + 4 };
    for (const [k, end] of ends.entries()) {
      const angle = Math.atan2(end.y - start.y, end.x - start.x);
      const back = { x: end.x - HEAD * Math.cos(angle), y: end.y - HEAD * Math.sin(angle) };
      const side = (s: number) => `${back.x + s * (HEAD / 1.6) * Math.sin(angle)},${back.y - s * (HEAD / 1.6) * Math.cos(angle)}`;
      marks.push(<line key={`l${i}-${k}`} x1={start.x} y1={start.y} x2={back.x} y2={back.y} stroke={INK.mark} strokeWidth={5} />);
      marks.push(<polygon key={`h${i}-${k}`} points={`${end.x},${end.y} ${side(1)} ${side(-1)}`} fill={INK.mark} />);
    }
    if (f.kind !== 'flow') return;
    // The figure sits on the arrows, just below where they leave the place, on a white ground.
    const figure = formatValueCompact(f.value, f.qualifier, lang);
    const basis = f.basis ? linesOf(f.basis, 'aside', width - 24, 1) : [];
    const mid = { x: (start.x + ends.reduce((s, e) => s + e.x, 0) / ends.length) / 2, y: (start.y + Math.min(...ends.map((e) => e.y))) / 2 };
    const h = blockHeight(1, 'value') + blockHeight(basis.length, 'aside');
    labels.push(<PictureText key={`v${i}`} role="value" lines={[figure]} x={mid.x} y={mid.y - h / 2} width={width} align="middle" background={INK.background} />);
    if (basis.length) labels.push(<PictureText key={`b${i}`} role="aside" lines={basis} x={mid.x} y={mid.y - h / 2 + blockHeight(1, 'value')} width={width} align="middle" color={INK.muted} background={INK.background} />);
  });

  const boxes = [...nodes.keys()].map((id) => {
    const n = boxOf(id);
    return [
      <div key={`n${id}`} style={{ position: 'absolute', left: n.x - n.w / 2, top: n.y, width: n.w, height: n.h, borderRadius: NODE.radius, background: INK.node, display: 'flex' }} />,
      <PictureText key={`t${id}`} role="strong" lines={n.lines} x={n.x} y={n.y + NODE.padY} width={n.w} align="middle" />,
    ];
  });
  return [
    <svg key="marks" width={width} height={height} viewBox={`0 0 ${width} ${height}`} style={{ position: 'absolute', left: 0, top: 0 }}>
      {marks}
    </svg>,
    ...boxes.flat(),
    ...labels,
  ];
}
