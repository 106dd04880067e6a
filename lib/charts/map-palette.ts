/**
 * Map colours, beside the chart palette (palette.ts): charts.css sets them as custom properties
 * for each theme, and a unit test keeps the two in sync. Water must read as water in both
 * themes: the Great Lakes are drawn in it over the land.
 */
export interface MapPalette {
  land: string;
  water: string;
  border: string;
}

export const MAP_LIGHT: MapPalette = { land: '#eeece7', water: '#9fc7ea', border: '#a8a29e' };
export const MAP_DARK: MapPalette = { land: '#3f4a5a', water: '#0b2540', border: '#7b8594' };

export const MAP_CSS_VARS: Record<keyof MapPalette, string> = {
  land: '--map-land',
  water: '--map-water',
  border: '--map-border',
};
