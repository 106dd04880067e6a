/**
 * A share card is read in a feed, at about a third of its size: no word on it may be set under
 * 20 px at 1,200 px wide. Measured on the sizes the card's own code sets, on every card of the
 * fixture site in both editions and on the card fixtures (long titles, long labels, tall charts).
 */
import fs from 'node:fs';
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { describe, expect, test } from 'vitest';
import { getDataset } from '@/lib/data/datasets';
import { editionCards } from '@/lib/share-image/cards';
import { cardElement, type CardInput } from '@/lib/share-image/render';
import { ANNOTATED_DIR, VALID_DIR as CHART_FIXTURES } from './charts/helpers';

const SMALLEST = 20;
/** Satori's size for text whose elements set none. */
const SATORI_DEFAULT = 16;

type Props = { style?: { fontSize?: number }; children?: ReactNode };

/** Every run of text on the card with the font size it is drawn at (inherited, as in CSS), and any SVG <text>. */
function textSizes(node: ReactNode, size = SATORI_DEFAULT, found: { text: string; size: number }[] = [], svgText: string[] = []) {
  if (typeof node === 'string' || typeof node === 'number') {
    if (String(node).trim()) found.push({ text: String(node), size });
  } else if (Array.isArray(node)) node.forEach((n) => textSizes(n, size, found, svgText));
  else if (isValidElement<Props>(node)) {
    // Function components are expanded as Satori expands them.
    if (typeof node.type === 'function') return textSizes((node.type as (p: Props) => ReactNode)(node.props), size, found, svgText);
    if (node.type === 'text') svgText.push(String(node.props.children));
    textSizes(node.props.children, node.props.style?.fontSize ?? size, found, svgText);
  }
  return { found, svgText };
}

const DIR = 'tests/fixtures/share-cards';
const DATA_DIRS = [`${DIR}/data`, CHART_FIXTURES, ANNOTATED_DIR];
const datasetOf = (id: string) => getDataset(id, DATA_DIRS.find((dir) => fs.existsSync(`${dir}/${id}.json`)) ?? DATA_DIRS[0], 'en');
type Fixture = Omit<CardInput, 'chart'> & { name: string; chart?: string };
const fixtures: Fixture[] = JSON.parse(fs.readFileSync(`${DIR}/cards.json`, 'utf8'));

const cards = [
  ...(['en', 'fr'] as const).flatMap((lang) => editionCards(lang).map((c) => [`fixture site: ${lang}/og/${c.path}`, c.input] as const)),
  ...fixtures.map(({ name, chart, ...rest }) => [`card fixture: ${name}`, { ...rest, lang: 'en', chart: chart ? datasetOf(chart) : undefined } as CardInput] as const),
];

describe(`no text on a share card is under ${SMALLEST} px`, () => {
  test('the fixture site has cards of every kind to measure', () => {
    const kinds = new Set(cards.map(([, input]) => input.chart?.chart ?? 'none'));
    expect([...kinds].sort()).toEqual(['column', 'comparison', 'line', 'map', 'none', 'timeline']);
  });

  test.each(cards)('%s', (_, input) => {
    const { found, svgText } = textSizes(cardElement(input) as ReactElement);
    expect(found.length).toBeGreaterThan(3);
    expect(found.filter((t) => t.size < SMALLEST)).toEqual([]);
    // Satori cannot draw SVG text: every word is HTML, so every word was measured above.
    expect(svgText).toEqual([]);
  });
});
