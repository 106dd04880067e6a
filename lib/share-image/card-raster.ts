/**
 * A text card's pixels, drawn from the same shapes as its SVG (svg-card.ts) by our own rasteriser
 * (raster.ts) instead of librsvg: cheaper by the cost of writing, then parsing back, ~150 kB of
 * path data, and of librsvg's general fill.
 */
import { CARD, COLORS, type CardLayout } from './card-layout';
import { encodePng } from './png';
import { Raster, rgb } from './raster';
import { glyphX, glyphY, textCardShapes } from './svg-card';

/**
 * A coordinate at the tenth of a pixel, as the SVG writes it (Satori's toPathData(1)) and librsvg
 * then drew it: so every edge stands where it stood in the cards before, not up to 0.05 px away.
 */
function tenth(v: number): number {
  const t = v * 10;
  // Near a half, v * 10 may round to one where the decimal value is not (826.55 is 826.5499…): toFixed decides there, as in the SVG.
  if (Math.abs(t - Math.floor(t) - 0.5) < 1e-6) return Number(v.toFixed(1));
  return Math.round(t) / 10;
}

/** A text card as an RGB PNG at this zlib level. */
export function cardPng(layout: CardLayout, level: number): Uint8Array {
  const raster = new Raster(CARD.width, CARD.height, rgb(COLORS.background));
  for (const shape of textCardShapes(layout)) {
    if ('rect' in shape) {
      const { x, y, width, height } = shape.rect;
      raster.fillRect(x, y, width, height, rgb(shape.color));
      continue;
    }
    for (const line of shape.lines)
      for (const run of line)
        for (const g of run)
          for (const c of g.commands) {
            if (c.type === 'M') raster.moveTo(tenth(glyphX(g, c.x)), tenth(glyphY(g, c.y)));
            else if (c.type === 'L') raster.lineTo(tenth(glyphX(g, c.x)), tenth(glyphY(g, c.y)));
            else if (c.type === 'Q') raster.quadTo(tenth(glyphX(g, c.x1)), tenth(glyphY(g, c.y1)), tenth(glyphX(g, c.x)), tenth(glyphY(g, c.y)));
            else if (c.type === 'C') raster.cubicTo(tenth(glyphX(g, c.x1)), tenth(glyphY(g, c.y1)), tenth(glyphX(g, c.x2)), tenth(glyphY(g, c.y2)), tenth(glyphX(g, c.x)), tenth(glyphY(g, c.y)));
            else raster.close();
          }
    raster.fill(rgb(shape.color));
  }
  const png = encodePng(raster.width, raster.height, raster.scanlines, level);
  raster.release();
  return png;
}
