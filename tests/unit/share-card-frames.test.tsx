import fs from 'node:fs';
import { Children, cloneElement, isValidElement, type ReactElement } from 'react';
import { describe, expect, test } from 'vitest';
import { getDataset } from '@/lib/data/datasets';
import { CARD, cardLayout, type Box, type Part } from '@/lib/share-image/card-layout';
import { cardElement, drawCard, type CardInput } from '@/lib/share-image/render';
import { drawnBounds, inside, overlap, readPng, show, type Image } from '../png';
import { ANNOTATED_DIR, VALID_DIR as CHART_FIXTURES } from './charts/helpers';

const DIR = 'tests/fixtures/share-cards';
type Fixture = Omit<CardInput, 'chart'> & { name: string; chart?: string };
const fixtures: Fixture[] = JSON.parse(fs.readFileSync(`${DIR}/cards.json`, 'utf8'));
/** The charts: the card's own long and tall ones, the chart tests' fixture of each kind, and the annotated ones. */
const DATA_DIRS = [`${DIR}/data`, CHART_FIXTURES, ANNOTATED_DIR];
const datasetOf = (id: string) => getDataset(id, DATA_DIRS.find((dir) => fs.existsSync(`${dir}/${id}.json`)) ?? DATA_DIRS[0], 'en');
const inputOf = ({ kicker, title, dek, footer, chart }: Fixture): CardInput => ({ kicker, title, dek, footer, lang: 'en', chart: chart ? datasetOf(chart) : undefined });

type Props = { 'data-part'?: Part; style?: object; children?: unknown };

/** The card with only one of its parts, on a transparent ground: every pixel with any alpha is that part's. */
function onlyPart(card: ReactElement<Props>, part: Part): ReactElement {
  const kept = Children.toArray(card.props.children as never).filter((c) => isValidElement<Props>(c) && c.props['data-part'] === part);
  return cloneElement(card, { style: { ...card.props.style, background: 'transparent' } }, ...kept);
}

const drawn = (p: number[]) => p[3] > 0;

/** Where the card may draw at all, with no help from the layout under test: clear of every edge, below the red band. */
const SAFE: Box = { x: 40, y: 40, width: CARD.width - 80, height: CARD.height - 40 - 24 };

describe('every part of a share card is drawn inside its own box, and no two parts meet', () => {
  // Each part is a whole Satori drawing: on a busy machine a card's eight take a while.
  test.each(fixtures.map((f) => [f.name, f] as const))('%s', { timeout: 60_000 }, async (_, fixture) => {
    const input = inputOf(fixture);
    const layout = cardLayout({ ...input, chart: Boolean(input.chart) });
    const boxes: Partial<Record<Part, Box>> = {
      band: layout.band,
      kicker: layout.kicker.box,
      title: layout.title.box,
      dek: layout.dek?.box,
      frame: layout.frame,
      chart: layout.chart,
      site: layout.site.box,
      address: layout.address?.box,
    };
    const card = cardElement(input) as ReactElement<Props>;
    const images: Partial<Record<Part, Image>> = {};
    const problems: string[] = [];
    for (const [part, box] of Object.entries(boxes) as [Part, Box | undefined][]) {
      if (!box) continue;
      const img = readPng(await drawCard(onlyPart(card, part)));
      images[part] = img;
      const ink = drawnBounds(img, drawn);
      if (!ink) problems.push(`${part}: nothing drawn`);
      else if (!inside(ink, box)) problems.push(`${part}: drawn at ${show(ink)}, outside its box ${show(box)}`);
      if (ink && part !== 'band' && !inside(ink, SAFE)) problems.push(`${part}: drawn at ${show(ink)}, too near the card's edge (${show(SAFE)})`);
    }
    // The chart sits in its frame; every other pair of boxes must be apart.
    const parts = Object.keys(images) as Part[];
    for (const [i, a] of parts.entries())
      for (const b of parts.slice(i + 1)) {
        if ((a === 'frame' && b === 'chart') || (a === 'chart' && b === 'frame')) continue;
        if (overlap(boxes[a]!, boxes[b]!)) problems.push(`${a} (${show(boxes[a])}) and ${b} (${show(boxes[b])}) overlap`);
      }
    // And pixel by pixel, no part draws where another does (this is what catches a chart over its frame's border).
    for (const [i, a] of parts.entries())
      for (const b of parts.slice(i + 1)) {
        const A = images[a]!.data, B = images[b]!.data;
        let shared = 0;
        for (let p = 3; p < A.length; p += 4) if (A[p] > 0 && B[p] > 0) shared++;
        if (shared) problems.push(`${a} and ${b} both draw on ${shared} pixels`);
      }
    expect(problems).toEqual([]);
  });
});
