/**
 * Each chart is drawn in fixed layouts. The SVG scales with its container (width 100%), so text
 * size on screen = font × container width ÷ viewBox width. Each layout is shown over a range of
 * container widths where that stays between MIN_TEXT_PX and about 16 px: a wider container gets a
 * wider drawing rather than bigger letters.
 *   narrow: 25 × 288 / 640 = 11.25 px at the smallest container (a 320 px phone minus margins), 15.6 px at 399
 *   medium: 24 × 400 / 860 = 11.2 px, 15 px at 539 (a large phone, a phone held sideways)
 *   wide:   20 × 540 / 960 = 11.25 px at the narrowest container that shows it, 16.6 px at 799
 *   xwide:  20 × 800 / 1200 = 13.3 px, 14.3 px in a story's 860 px figure on a desktop, 16 px at 960
 *   full:   the embed page only, from 1040 px: 20 × 1040 / 1600 = 13 px, 16 px at its widest (1280)
 * charts.css switches layouts with container queries at these widths (minContainer).
 */

export interface Variant {
  /** Layout name, also used in element ids and CSS classes. */
  name: 'narrow' | 'medium' | 'wide' | 'xwide' | 'full';
  /** viewBox width. */
  width: number;
  /** Font size for all chart text, in viewBox units. */
  font: number;
  /** Smallest container width (CSS px) at which this layout is shown. */
  minContainer: number;
}

/** Smallest text size on screen, in CSS px. */
export const MIN_TEXT_PX = 11;
/** Largest text size on screen, in CSS px, in the range each layout is shown. */
export const MAX_TEXT_PX = 16.7;
/** Smallest container the narrow layout is designed for (320 px viewport − 2 × 16 px margin). */
export const NARROWEST_CONTAINER_PX = 288;
/** Container width (CSS px) from which the medium layout replaces the narrow one. */
export const MEDIUM_FROM_PX = 400;
/** Container width (CSS px) from which the wide layout replaces the medium one. */
export const WIDE_FROM_PX = 540;
/** Container width (CSS px) from which the extra-wide layout replaces the wide one (a figure breaking out of the text column). */
export const XWIDE_FROM_PX = 800;
/** Widest an extra-wide drawing is shown (CSS px): 20 × 960 / 1200 = 16 px text. */
export const XWIDE_MAX_PX = 960;
/** Container width (CSS px) from which an embed page draws its full-width layout. */
export const FULL_FROM_PX = 1040;
/** Widest the full-width drawing is shown (CSS px): 20 × 1280 / 1600 = 16 px text. */
export const FULL_MAX_PX = 1280;

export const NARROW: Variant = { name: 'narrow', width: 640, font: 25, minContainer: NARROWEST_CONTAINER_PX };
export const MEDIUM: Variant = { name: 'medium', width: 860, font: 24, minContainer: MEDIUM_FROM_PX };
export const WIDE: Variant = { name: 'wide', width: 960, font: 20, minContainer: WIDE_FROM_PX };
export const XWIDE: Variant = { name: 'xwide', width: 1200, font: 20, minContainer: XWIDE_FROM_PX };
/** The embed page's window-wide layout: a story's figure is never this wide, so only embeds carry it. */
export const FULL: Variant = { name: 'full', width: 1600, font: 20, minContainer: FULL_FROM_PX };
/** The layouts of a figure in a story or on the front page. */
export const VARIANTS: readonly Variant[] = [NARROW, MEDIUM, WIDE, XWIDE];
/** The layouts of a figure on its embed page, which may be as wide as the window. */
export const EMBED_VARIANTS: readonly Variant[] = [...VARIANTS, FULL];

/** Widest `v` is drawn (CSS px): up to the next layout, or its own cap (charts.css's max-width). */
export function maxContainer(v: Variant, variants: readonly Variant[] = EMBED_VARIANTS): number {
  if (v.name === 'full') return FULL_MAX_PX;
  if (v.name === 'xwide') return XWIDE_MAX_PX;
  const next = variants.find((w) => w.minContainer > v.minContainer);
  return next ? next.minContainer : Infinity;
}

/** Rendered font size in CSS px when the SVG is `containerPx` wide. */
export const renderedFontPx = (v: Variant, containerPx: number): number => (v.font * containerPx) / v.width;

/** A layout with room for panels side by side (the map's inset beside it): some 40 characters' width or more. */
export const sideBySide = (v: Variant): boolean => v.width / v.font >= 40;
