/**
 * Chart colours. charts.css defines these as CSS custom properties (light under `.chart`,
 * dark under `.dark .chart`); a unit test keeps the two in sync and checks WCAG contrast:
 * marks ≥ 3:1 and text ≥ 4.5:1 against the background of each theme.
 */

export interface Palette {
  /** Page background the chart is designed for. */
  bg: string;
  /** Main text. */
  text: string;
  /** Secondary text: axis labels, units, basis, notes. */
  muted: string;
  /** Data marks: points, line, bars, timeline dots. */
  mark: string;
  /** Gridlines (decorative: exempt from the 3:1 rule, values are labelled directly). */
  grid: string;
  /** Zero line, brackets and the timeline rail. */
  axis: string;
  /** Keyboard focus ring. */
  focus: string;
  /** Tooltip background and text. */
  tooltipBg: string;
  tooltipText: string;
  /** Links and buttons under the chart. */
  link: string;
  /** Background of the embed code box (text on it uses `text`). */
  surface: string;
}

export const LIGHT: Palette = {
  bg: '#ffffff',
  text: '#111827',
  muted: '#4b5563',
  mark: '#1d4ed8',
  grid: '#e5e7eb',
  axis: '#6b7280',
  focus: '#b45309',
  tooltipBg: '#111827',
  tooltipText: '#ffffff',
  link: '#1d4ed8',
  surface: '#f3f4f6',
};

export const DARK: Palette = {
  bg: '#030712',
  text: '#f3f4f6',
  muted: '#9ca3af',
  mark: '#60a5fa',
  grid: '#374151',
  axis: '#9ca3af',
  focus: '#fbbf24',
  tooltipBg: '#f3f4f6',
  tooltipText: '#111827',
  link: '#93c5fd',
  surface: '#1f2937',
};

/** CSS custom property for each palette key. */
export const CSS_VARS: Record<keyof Palette, string> = {
  bg: '--chart-bg',
  text: '--chart-text',
  muted: '--chart-muted',
  mark: '--chart-1',
  grid: '--chart-grid',
  axis: '--chart-axis',
  focus: '--chart-focus',
  tooltipBg: '--chart-tooltip-bg',
  tooltipText: '--chart-tooltip-text',
  link: '--chart-link',
  surface: '--chart-surface',
};

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of "#rrggbb". */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = m.slice(1).map((h) => channel(parseInt(h, 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two "#rrggbb" colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
