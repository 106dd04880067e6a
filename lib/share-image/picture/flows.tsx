import type { ReactNode } from 'react';
import { formatValueCompact } from '@/lib/charts/format';
import type { MapDataset, MapValue } from '@/lib/data/schema';
import { chartText } from '@/lib/i18n/charts';
import type { Lang } from '@/lib/i18n/lang';
import { blockHeight, INK, linesOf, PictureText } from './text';

const NODE = { padX: 12, padY: 6, radius: 10, gap: 8 };
const HEAD = 14;
/** Room between a place's box and the figure under it, and between the figure and its arrows. */
const LABEL = { above: 12, below: 12 };
/** The arrows' length below the figure (or, with no figure, from box to box), and between two flows. */
const FORK = 28;
const ITEM_GAP = 22;
/** The least share of FORK and ITEM_GAP a crowded card keeps. */
const MIN_SPACING = 2 / 3;

/**
 * A map cannot be read at a card's size, so its card draws what the map says: each flow as an item
 * of its own, stacked: its place of origin, a stem, its figure and basis, and from there one arrow
 * to each place it goes. The figure sits on the stem, never across the arrows: masked by its
 * ground, a fork's arrows read as a chevron pointing back at the origin (an FT-style review of the
 * cards). A flow that forks without a reported split says so under its figure, and so does a flow's
 * note. A place in two flows is drawn in each: an arrow never runs on from one flow into another,
 * since the reports do not link them (3M's China-made masks are not what it exported to Canada).
 * Flows with a number come first; crossings (no number) only when there are none.
 */
export function FlowsPicture({ dataset, width, height, lang }: { dataset: MapDataset; width: number; height: number; lang: Lang }): ReactNode {
  const numbered = dataset.values.filter((v) => v.kind === 'flow');
  const flows: MapValue[] = numbered.length ? numbered : dataset.values.slice(0, 1);
  const name = (id: string) => dataset.places.find((p) => p.id === id)?.name ?? id;
  const place = (id: string, slot: number) => {
    const lines = linesOf(name(id), 'strong', slot - NODE.gap - 2 * NODE.padX, 2, lang);
    return { id, lines, h: blockHeight(lines.length, 'strong') + 2 * NODE.padY };
  };

  const itemsOf = (notes: boolean) => flows.map((f) => {
    const from = place(f.from, width);
    const to = f.to.map((id) => place(id, width / f.to.length));
    const figure = f.kind === 'flow' ? formatValueCompact(f.value, f.qualifier, lang) : null;
    const basis = f.kind === 'flow' && f.basis ? linesOf(f.basis, 'aside', width - 24, 2, lang) : [];
    // In brackets: under the basis, in the same grey, it ran on as one phrase ("the usual level split not reported").
    const split = f.kind === 'flow' && f.splitNotReported && f.to.length > 1 ? linesOf(`(${chartText(lang).splitUnknown})`, 'aside', width - 24, 1, lang) : [];
    // A flow's note, as the map's key prints it under the flow's words.
    const note = notes && f.note ? linesOf(f.note, 'aside', width - 24, 1, lang) : [];
    const asides = [...basis, ...split, ...note];
    const label = figure ? blockHeight(1, 'value') + blockHeight(asides.length, 'aside') : 0;
    const stem = figure ? LABEL.above + label + LABEL.below : 0;
    const toH = Math.max(...to.map((t) => t.h));
    return { from, to, figure, asides, stem, toH, h: from.h + stem + toH };
  });
  // The arrows and the gaps between flows give up to a third of their length when the notes need
  // the room; if that is not enough, the notes give way (the map and its table carry them).
  const spacing = (n: number) => FORK * n + ITEM_GAP * (n - 1);
  const fits = (list: ReturnType<typeof itemsOf>) => list.reduce((s, it) => s + it.h, 0) + spacing(list.length) * MIN_SPACING <= height;
  const withNotes = itemsOf(true);
  const items = fits(withNotes) ? withNotes : itemsOf(false);
  const bare = items.reduce((s, it) => s + it.h, 0);
  const scale = Math.min(1, Math.max(MIN_SPACING, (height - bare) / spacing(items.length)));
  const [fork, gap] = [FORK * scale, ITEM_GAP * scale];
  const total = bare + spacing(items.length) * scale;
  let y = Math.max(0, (height - total) / 2);

  const marks: ReactNode[] = [];
  const parts: ReactNode[] = [];
  const labels: ReactNode[] = [];
  const box = (key: string, id: string, item: number, x: number, top: number, w: number, h: number, lines: string[]) => {
    parts.push(<div key={`n${key}`} data-place={id} data-flow={item} style={{ position: 'absolute', left: x - w / 2, top, width: w, height: h, borderRadius: NODE.radius, background: INK.node, display: 'flex' }} />);
    parts.push(<PictureText key={`t${key}`} role="strong" lines={lines} x={x} y={top + NODE.padY} width={w} align="middle" />);
  };
  items.forEach((it, i) => {
    if (i > 0) marks.push(<line key={`rule${i}`} x1={0} y1={y - gap / 2} x2={width} y2={y - gap / 2} stroke={INK.node} strokeWidth={2} />);
    const origin = { x: width / 2, y: y + it.from.h };
    box(`${i}f`, it.from.id, i, width / 2, y, width - NODE.gap, it.from.h, it.from.lines);
    // The arrows leave from under the figure; a stem joins that point to the origin's box, behind the figure.
    const start = { x: origin.x, y: origin.y + it.stem };
    if (it.stem) marks.push(<line key={`s${i}`} data-stem={i} x1={origin.x} y1={origin.y} x2={start.x} y2={start.y} stroke={INK.mark} strokeWidth={5} />);
    const toTop = start.y + fork;
    const slot = width / it.to.length;
    const ends = it.to.map((t, k) => {
      const x = slot * (k + 0.5);
      box(`${i}t${k}`, t.id, i, x, toTop + (it.toH - t.h) / 2, slot - NODE.gap, t.h, t.lines);
      return { x, y: toTop + (it.toH - t.h) / 2 - 4 };
    });
    for (const [k, end] of ends.entries()) {
      const angle = Math.atan2(end.y - start.y, end.x - start.x);
      const back = { x: end.x - HEAD * Math.cos(angle), y: end.y - HEAD * Math.sin(angle) };
      const side = (s: number) => `${back.x + s * (HEAD / 1.6) * Math.sin(angle)},${back.y - s * (HEAD / 1.6) * Math.cos(angle)}`;
      marks.push(<line key={`l${i}-${k}`} data-flow={i} x1={start.x} y1={start.y} x2={back.x} y2={back.y} stroke={INK.mark} strokeWidth={5} />);
      marks.push(<polygon key={`h${i}-${k}`} points={`${end.x},${end.y} ${side(1)} ${side(-1)}`} fill={INK.mark} />);
    }
    if (it.figure) {
      // The figure and its asides sit on the stem, on a white ground, above where the arrows part.
      const top = origin.y + LABEL.above;
      labels.push(<PictureText key={`v${i}`} role="value" lines={[it.figure]} x={width / 2} y={top} width={width} align="middle" background={INK.background} />);
      if (it.asides.length) labels.push(<PictureText key={`b${i}`} role="aside" lines={it.asides} x={width / 2} y={top + blockHeight(1, 'value')} width={width} align="middle" color={INK.muted} background={INK.background} />);
    }
    y += it.h + fork + gap;
  });

  return [
    <svg key="marks" width={width} height={height} viewBox={`0 0 ${width} ${height}`} style={{ position: 'absolute', left: 0, top: 0 }}>
      {marks}
    </svg>,
    ...parts,
    ...labels,
  ];
}
