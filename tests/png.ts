/** Reading share cards as pixels: for tests that check what was drawn, not what was meant. */
import { PNG } from 'pngjs';
import type { Box } from '@/lib/share-image/card-layout';

export type Image = { width: number; height: number; data: Buffer };

export const readPng = (bytes: Uint8Array): Image => PNG.sync.read(Buffer.from(bytes));

/** The pixel at (x, y): red, green, blue, alpha. */
export function pixel(img: Image, x: number, y: number): [number, number, number, number] {
  const i = (y * img.width + x) * 4;
  return [img.data[i], img.data[i + 1], img.data[i + 2], img.data[i + 3]];
}

/** The smallest box holding every pixel that passes `drawn`, or undefined if none does. */
export function drawnBounds(img: Image, drawn: (p: [number, number, number, number]) => boolean): Box | undefined {
  let minX = Infinity, minY = Infinity, maxX = -1, maxY = -1;
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++)
      if (drawn(pixel(img, x, y))) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
  return maxX < 0 ? undefined : { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 };
}

/** Whether pixel box `inner` lies inside layout box `outer` (whose edges may fall between pixels). */
export const inside = (inner: Box, outer: Box) =>
  inner.x >= Math.floor(outer.x) && inner.y >= Math.floor(outer.y) && inner.x + inner.width <= Math.ceil(outer.x + outer.width) && inner.y + inner.height <= Math.ceil(outer.y + outer.height);

export const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export const show = (b: Box | undefined) => (b ? `x ${b.x}–${+(b.x + b.width).toFixed(1)}, y ${b.y}–${+(b.y + b.height).toFixed(1)}` : 'nothing');
