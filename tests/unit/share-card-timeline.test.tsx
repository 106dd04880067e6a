/**
 * The timeline card's picture: the two events it shows, and the events left out between them as
 * small dots on the rail, one an event. Never dots shrunk until they merge (the French card had
 * four at 2.8 px), never fewer dots than the words beside them count, never another mark instead
 * (a dashed stretch vanished at a feed's size).
 */
import { describe, expect, test } from 'vitest';
import { elementsIn as all } from './elements';
import type { TimelineDataset } from '@/lib/data/schema';
import type { Lang } from '@/lib/i18n/lang';
import { TimelinePicture } from '@/lib/share-image/picture/timeline';


const SHORT = 'A shipment is held at the border';
const LONG = 'A company announces a deal with the administration to keep sending widgets made at home to two neighbours, and says the deal will hold for the rest of the year';
/** Eight events on consecutive days, the first and the seventh marked as the two a summary shows. */
const timeline = (label: string) =>
  ({
    id: 'events',
    chart: 'timeline',
    values: Array.from({ length: 8 }, (_, i) => ({ date: `2021-03-0${i + 1}`, label: i === 6 ? label : SHORT, ...(i === 0 || i === 6 ? { summary: true } : {}) })),
  }) as unknown as TimelineDataset;

function picture(label: string, height: number, lang: Lang = 'en') {
  const parts = all(TimelinePicture({ dataset: timeline(label), width: 430, height, lang }));
  const circles = parts.filter((p) => p.type === 'circle').map((p) => ({ y: p.props.cy as number, r: p.props.r as number }));
  return {
    big: circles.filter((c) => c.r > 5),
    small: circles.filter((c) => c.r <= 5),
    dashed: parts.filter((p) => p.type === 'line' && p.props.strokeDasharray !== undefined),
    dates: parts.filter((p) => p.props.role === 'strong').map((p) => (p.props.lines as string[])[0]),
    labels: parts.filter((p) => p.props.role === 'label').map((p) => p.props.lines as string[]),
  };
}

describe('the timeline card’s picture', () => {
  test('with room, one dot a left-out event at full size, apart; five between, one after', () => {
    const p = picture(SHORT, 430);
    expect(p.big).toHaveLength(2);
    const between = p.small.filter((c) => c.y > p.big[0].y && c.y < p.big[1].y);
    expect(between).toHaveLength(5);
    expect(p.small.filter((c) => c.y > p.big[1].y)).toHaveLength(1);
    for (const c of p.small) expect(c.r).toBe(5);
    between.forEach((c, i) => i && expect(c.y - between[i - 1].y).toBeGreaterThanOrEqual(2 * 5 + 3));
    expect(p.dashed).toHaveLength(0);
  });

  test('short of room, still one dot an event between, 3.5 px at least and apart: a label gives up a line first', () => {
    const p = picture(LONG, 330);
    expect(p.big).toHaveLength(2);
    const between = p.small.filter((c) => c.y > p.big[0].y && c.y < p.big[1].y);
    expect(between).toHaveLength(5);
    for (const c of between) expect(c.r).toBeGreaterThanOrEqual(3.5);
    between.forEach((c, i) => i && expect(c.y - between[i - 1].y).toBeGreaterThanOrEqual(2 * between[i].r + 3 - 1e-9));
    expect(p.dashed).toHaveLength(0);
    expect(p.labels.at(-1)!.at(-1)).toMatch(/…$/);
  });

  test('a French date heads its block with a capital, as a line’s start', () => {
    const p = picture(SHORT, 430, 'fr');
    expect(p.dates).toEqual(['Lun. 1er mars', 'Dim. 7 mars']);
  });
});
