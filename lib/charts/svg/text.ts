import { LIGHT } from '../palette';
import type { TextItem } from '../text';
import { el } from './node';

/** Fallback colours (presentation attributes) for when charts.css is not loaded; CSS overrides them. */
const FALLBACK_FILL: Record<TextItem['tone'], string> = {
  text: LIGHT.text,
  strong: LIGHT.text,
  value: LIGHT.text,
  muted: LIGHT.muted,
};

/** One line of chart text; colour and weight come from its tone via charts.css. */
export function svgText(item: TextItem) {
  const bold = item.tone === 'strong' || item.tone === 'value';
  return el(
    'text',
    {
      x: item.x,
      y: item.y,
      textAnchor: item.anchor,
      fontSize: item.size,
      fontWeight: bold ? 600 : undefined,
      fontStyle: item.italic ? 'italic' : undefined,
      fill: FALLBACK_FILL[item.tone],
      className: `chart-text chart-text--${item.tone}${item.halo ? ' chart-halo' : ''}${item.halo === 'band' ? ' chart-halo--band' : ''}`,
    },
    item.text,
  );
}

/** Lines of text, in order. */
export const svgTexts = (items: readonly TextItem[]) => items.map(svgText);
