import type { TextItem } from '@/lib/charts/text';
import { LIGHT } from '@/lib/charts/palette';

/** Fallback colours (presentation attributes) for when charts.css is not loaded; CSS overrides them. */
const FALLBACK_FILL: Record<TextItem['tone'], string> = {
  text: LIGHT.text,
  strong: LIGHT.text,
  value: LIGHT.text,
  muted: LIGHT.muted,
};

export interface SvgTextProps {
  /** A positioned line of text from a chart layout. */
  item: TextItem;
}

/** One line of chart text; colour and weight come from its tone via charts.css. */
export function SvgText({ item }: SvgTextProps) {
  const bold = item.tone === 'strong' || item.tone === 'value';
  return (
    <text
      x={item.x}
      y={item.y}
      textAnchor={item.anchor}
      fontSize={item.size}
      fontWeight={bold ? 600 : undefined}
      fill={FALLBACK_FILL[item.tone]}
      className={`chart-text chart-text--${item.tone}${item.halo ? ' chart-halo' : ''}`}
    >
      {item.text}
    </text>
  );
}
