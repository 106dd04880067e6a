/**
 * Each chart is drawn in three fixed layouts. The SVG scales with its container (width 100%), so
 * text size on screen = font × container width ÷ viewBox width. Font sizes are chosen so text
 * never renders below MIN_TEXT_PX, and a wider container gets a wider drawing rather than
 * bigger letters:
 *   narrow: 25 × 288 / 640 = 11.25 px at the smallest container (a 320 px phone minus margins)
 *   wide:   20 × 540 / 960 = 11.25 px at the narrowest container that shows it (a tablet, the text column)
 *   xwide:  20 × 800 / 1200 = 13.3 px, 14.3 px in a story's 860 px figure on a desktop
 * charts.css switches layouts with container queries at WIDE_FROM_PX and XWIDE_FROM_PX, and holds
 * an embed's drawing to XWIDE_MAX_PX (16 px text), however wide the window.
 */

export interface Variant {
  /** Layout name, also used in element ids and CSS classes. */
  name: 'narrow' | 'wide' | 'xwide';
  /** viewBox width. */
  width: number;
  /** Font size for all chart text, in viewBox units. */
  font: number;
  /** Smallest container width (CSS px) at which this layout is shown. */
  minContainer: number;
}

/** Smallest text size on screen, in CSS px. */
export const MIN_TEXT_PX = 11;
/** Smallest container the narrow layout is designed for (320 px viewport − 2 × 16 px margin). */
export const NARROWEST_CONTAINER_PX = 288;
/** Container width (CSS px) from which the wide layout replaces the narrow one. */
export const WIDE_FROM_PX = 540;

/** Container width (CSS px) from which the extra-wide layout replaces the wide one (a figure breaking out of the text column). */
export const XWIDE_FROM_PX = 800;
/** Widest an extra-wide drawing is shown (CSS px): 20 × 960 / 1200 = 16 px text. */
export const XWIDE_MAX_PX = 960;

export const NARROW: Variant = { name: 'narrow', width: 640, font: 25, minContainer: NARROWEST_CONTAINER_PX };
export const WIDE: Variant = { name: 'wide', width: 960, font: 20, minContainer: WIDE_FROM_PX };
export const XWIDE: Variant = { name: 'xwide', width: 1200, font: 20, minContainer: XWIDE_FROM_PX };
export const VARIANTS: readonly Variant[] = [NARROW, WIDE, XWIDE];

/** Rendered font size in CSS px when the SVG is `containerPx` wide. */
export const renderedFontPx = (v: Variant, containerPx: number): number => (v.font * containerPx) / v.width;
