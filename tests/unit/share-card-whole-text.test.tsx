/**
 * A newsroom card never stops mid-sentence: no text on a card ends in "…" (a dek that cannot fit
 * whole is left out), and no name is split at its hyphen (« États-|Unis »).
 */
import fs from 'node:fs';
import { isValidElement, type ReactNode } from 'react';
import { describe, expect, test } from 'vitest';
import { cardLayout } from '@/lib/share-image/card-layout';
import { editionCards } from '@/lib/share-image/cards';
import { linesOf } from '@/lib/share-image/picture/text';
import { cardElement } from '@/lib/share-image/render';

type Props = { children?: ReactNode };
function texts(node: ReactNode, found: string[] = []): string[] {
  if (typeof node === 'string' || typeof node === 'number') found.push(String(node));
  else if (Array.isArray(node)) node.forEach((n) => texts(n, found));
  else if (isValidElement<Props>(node)) {
    if (typeof node.type === 'function') return texts((node.type as (p: Props) => ReactNode)(node.props), found);
    texts(node.props.children, found);
  }
  return found;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').replaceAll('\u2011', '-').trim();
const fixtures: { name: string; title: string; dek?: string; chart?: string }[] = JSON.parse(fs.readFileSync('tests/fixtures/share-cards/cards.json', 'utf8'));

describe('no card text is cut with “…”', () => {
  test.each(['en', 'fr'] as const)('%s: every card of the fixture site', (lang) => {
    for (const { path, input } of editionCards(lang)) {
      const cut = texts(cardElement(input)).filter((t) => t.trim().endsWith('…'));
      expect(cut, path).toEqual([]);
    }
  });

  test.each(fixtures.flatMap((f) => (f.dek ? [[f.name, f] as const] : [])))('a dek is whole or absent: %s', (_, f) => {
    const layout = cardLayout({ kicker: 'Chart', title: f.title, dek: f.dek, chart: Boolean(f.chart), footer: '', lang: 'en' });
    if (layout.dek) expect(flat(layout.dek.lines.map((l) => l.text).join(' '))).toBe(flat(f.dek!).replace(/(?<=[-/])\s/g, ''));
    expect(layout.dek?.size ?? 20).toBeGreaterThanOrEqual(20);
  });

  test('a dek too long for the card is left out, not cut, and the title keeps its room', () => {
    const title = 'A title of ordinary length for a chart card';
    const dek = Array(12).fill('A dek that goes on and on, naming every party to the dispute and every date.').join(' ');
    const layout = cardLayout({ kicker: 'Chart', title, dek, chart: true, footer: '', lang: 'en' });
    expect(layout.dek).toBeUndefined();
    expect(layout.title.cut).toBe(false);
    expect(flat(layout.title.lines.map((l) => l.text).join(' '))).toBe(title);
  });
});

describe('« États-Unis » is never split at its hyphen', () => {
  const sentence = (hyphen: string) => `Des explications sur le différend d’avril 2020 entre les États${hyphen}Unis, le Canada et l’Amérique latine au sujet des masques N95 de 3M.`;
  const broken = (lines: string[]) => lines.some((l, i) => /États-$/.test(l) || (i > 0 && /^Unis/.test(l)));

  test.each([['no-break hyphen', '\u2011'], ['plain hyphen', '-']])('on a card’s dek and title, at every width (%s)', (_, hyphen) => {
    let seen = 0;
    for (let width = 0; width <= 240; width += 6) {
      const layout = cardLayout({ kicker: 'Graphique', title: sentence(hyphen), dek: sentence(hyphen), chart: true, footer: '', lang: 'fr' });
      const wide = cardLayout({ kicker: 'Graphique', title: 'Les États' + hyphen + 'Unis', dek: sentence(hyphen).slice(width / 6), chart: false, footer: '', lang: 'fr' });
      for (const part of [layout.title, layout.dek, wide.dek]) {
        if (!part) continue;
        const lines = part.lines.map((l) => l.text);
        expect(broken(lines), lines.join(' | ')).toBe(false);
        // Drawn with a glyph the cards' fonts have.
        expect(lines.join('')).not.toContain('\u2011');
        seen += lines.join(' ').includes('États-Unis') ? 1 : 0;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  test.each(['\u2011', '-'])('in a picture’s labels, at every width (hyphen %#)', (hyphen) => {
    for (let width = 120; width <= 400; width += 4) {
      const lines = linesOf(`Expédiés aux États${hyphen}Unis depuis la Chine`, 'label', width, 4, 'fr');
      expect(broken(lines), `${width}: ${lines.join(' | ')}`).toBe(false);
      expect(lines.join(''), 'drawn with a glyph the fonts have').not.toContain('\u2011');
    }
  });

  test('never after an abbreviation or a number: “US-made”, “N95-style” and “COVID-19” stay whole', () => {
    for (const width of [150, 200, 260, 320, 400]) {
      const lines = linesOf('a US-made N95-style mask during COVID-19 orders', 'label', width, 8, 'en');
      expect(lines.filter((l) => /(?:^|[ -])(?:US|N95|COVID)-$/.test(l)), `${width}: ${lines.join(' | ')}`).toEqual([]);
    }
  });

  test('a picture’s label breaks by sense where filling each line would not: after the pause, not before “the US” or “reported”', () => {
    for (const width of [250, 300, 340]) {
      expect(linesOf('Made by 3M in China, to be shipped to the US', 'strong', width, 2, 'en')).toEqual(['Made by 3M in China,', 'to be shipped to the US']);
      expect(linesOf('February 2020: not reported', 'aside', width * 0.6, 2, 'en')).toEqual(['February 2020:', 'not reported']);
    }
    // A label that fits on one line stays one line.
    expect(linesOf('US production, March 2020', 'strong', 340, 2, 'en')).toEqual(['US production, March 2020']);
  });

  test('a small letter after a hyphen still allows a break (contre-|mesures)', () => {
    const lines = linesOf('pas de contre-mesures annoncées', 'label', 230, 4, 'fr');
    expect(lines.some((l) => l.endsWith('contre-'))).toBe(true);
  });
});
