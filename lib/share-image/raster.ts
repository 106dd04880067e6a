/**
 * A small rasteriser for the text cards: solid colours filled over an opaque RGB ground, outlines
 * by exact area coverage (the accumulation method of font-rs and stb_truetype v2). Each line of an
 * outline adds, to the cells of the rows it crosses, the signed area it leaves to its right; a
 * running sum along a row is then each pixel's coverage, nonzero fill as min(1, |sum|). Curves
 * are cut into lines first. Colours blend over what is there in sRGB, as librsvg (cairo) does:
 * no gamma. sharp (librsvg) drew these cards before; it spent most of a card's time reading the
 * SVG's ~150 kB of numbers back and filling them (BENCHMARKS.md, "raster22").
 */

/** How far a curve's lines may stray from it, in pixels: cairo's default tolerance is 0.1, librsvg keeps it. */
const TOLERANCE = 0.05;

export type Rgb = readonly [number, number, number];

/** A colour written #rrggbb. */
export const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;

/** The arrays of rasters released, their cells all zero. */
const spares: { cells: Float32Array; scanlines: Uint8Array }[] = [];

export class Raster {
  readonly width: number;
  readonly height: number;
  /** The pixels as a PNG's scanlines: each row a filter byte (0, none), then red, green, blue a pixel. */
  readonly scanlines: Uint8Array;
  /** Signed area a cell, two cells more a row than pixels (a line at the right edge writes past it); all zero between fills. */
  private readonly cells: Float32Array;
  private readonly cellRow: number;
  /** The rows and columns of cells the current shape wrote to. */
  private top = Infinity;
  private bottom = -Infinity;
  private left = Infinity;
  private right = -Infinity;
  /** The pen, and where its subpath started. */
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;

  constructor(width: number, height: number, ground: Rgb) {
    this.width = width;
    this.height = height;
    this.cellRow = width + 2;
    const row = 1 + 3 * width;
    const spare = spares.findIndex((s) => s.cells.length === this.cellRow * height && s.scanlines.length === row * height);
    ({ cells: this.cells, scanlines: this.scanlines } = spare < 0 ? { cells: new Float32Array(this.cellRow * height), scanlines: new Uint8Array(row * height) } : spares.splice(spare, 1)[0]);
    // One row of ground, then copied over the rows (a call a pixel cost 35 ms a card). Filter bytes stay 0.
    const scanlines = this.scanlines;
    scanlines.fill(0, 0, row);
    for (let i = 1; i < row; i += 3) [scanlines[i], scanlines[i + 1], scanlines[i + 2]] = ground;
    for (let done = row; done < scanlines.length; done *= 2) scanlines.copyWithin(done, 0, Math.min(done, scanlines.length - done));
  }

  /**
   * Done with the pixels (no more calls, and `scanlines` no longer read): its arrays go to the
   * next raster of this size. New ones cost about 4 ms a card, as much as filling the text: the
   * system's fresh pages for 5 MB, and the collector's work.
   */
  release() {
    if (this.top === Infinity && spares.length < 4) spares.push({ cells: this.cells, scanlines: this.scanlines });
  }

  moveTo(x: number, y: number) {
    this.close();
    this.x = this.startX = x;
    this.y = this.startY = y;
  }

  lineTo(x: number, y: number) {
    this.line(this.x, this.y, x, y);
    this.x = x;
    this.y = y;
  }

  quadTo(x1: number, y1: number, x: number, y: number) {
    const x0 = this.x;
    const y0 = this.y;
    // A quadratic's lines stray from it by at most |p0 - 2p1 + p2| / 4n² (its second derivative / 8n²).
    const bend = Math.hypot(x0 - 2 * x1 + x, y0 - 2 * y1 + y);
    const n = Math.max(1, Math.ceil(Math.sqrt(bend / (4 * TOLERANCE))));
    for (let i = 1; i < n; i++) {
      const t = i / n;
      const u = 1 - t;
      this.lineTo(u * u * x0 + 2 * u * t * x1 + t * t * x, u * u * y0 + 2 * u * t * y1 + t * t * y);
    }
    this.lineTo(x, y);
  }

  cubicTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number) {
    const x0 = this.x;
    const y0 = this.y;
    // A cubic's second derivative is at most 6 × the larger of its control polygon's two bends.
    const bend = Math.max(Math.hypot(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2), Math.hypot(x1 - 2 * x2 + x, y1 - 2 * y2 + y));
    const n = Math.max(1, Math.ceil(Math.sqrt((6 * bend) / (8 * TOLERANCE))));
    for (let i = 1; i < n; i++) {
      const t = i / n;
      const u = 1 - t;
      const a = u * u * u;
      const b = 3 * u * u * t;
      const c = 3 * u * t * t;
      const d = t * t * t;
      this.lineTo(a * x0 + b * x1 + c * x2 + d * x, a * y0 + b * y1 + c * y2 + d * y);
    }
    this.lineTo(x, y);
  }

  /** Back to the subpath's start: a fill closes every subpath, written or not. */
  close() {
    if (this.x !== this.startX || this.y !== this.startY) this.lineTo(this.startX, this.startY);
  }

  /** Fills what was drawn since the last fill in one colour, over the pixels already there. */
  fill(color: Rgb) {
    this.close();
    const [r, g, b] = color;
    const { cells, scanlines, width } = this;
    const row = 1 + 3 * width;
    const left = Math.max(0, this.left);
    const right = Math.min(width + 1, this.right);
    for (let y = Math.max(0, this.top); y < Math.min(this.height, this.bottom); y++) {
      let sum = 0;
      let cell = y * this.cellRow + left;
      let at = y * row + 1 + 3 * left;
      for (let x = left; x <= right; x++, cell++, at += 3) {
        sum += cells[cell];
        cells[cell] = 0;
        if (x >= width) continue;
        const coverage = sum < 0 ? -sum : sum;
        const alpha = coverage >= 1 ? 255 : Math.round(coverage * 255);
        if (alpha === 0) continue;
        if (alpha === 255) {
          scanlines[at] = r;
          scanlines[at + 1] = g;
          scanlines[at + 2] = b;
        } else {
          scanlines[at] = blend(r, scanlines[at], alpha);
          scanlines[at + 1] = blend(g, scanlines[at + 1], alpha);
          scanlines[at + 2] = blend(b, scanlines[at + 2], alpha);
        }
      }
    }
    this.top = this.left = Infinity;
    this.bottom = this.right = -Infinity;
  }

  /** A rectangle in one colour, over the pixels already there. */
  fillRect(x: number, y: number, width: number, height: number, color: Rgb) {
    this.moveTo(x, y);
    this.lineTo(x + width, y);
    this.lineTo(x + width, y + height);
    this.lineTo(x, y + height);
    this.fill(color);
  }

  /** One line's signed areas, row by row (font-rs's draw_line, clipped to the raster). */
  private line(x0: number, y0: number, x1: number, y1: number) {
    if (y0 === y1) return;
    let dir = 1;
    if (y0 > y1) {
      dir = -1;
      [x0, y0, x1, y1] = [x1, y1, x0, y0];
    }
    const top = Math.max(0, Math.floor(y0));
    const bottom = Math.min(this.height, Math.ceil(y1));
    if (top >= bottom) return;
    const { cells, width } = this;
    const dxdy = (x1 - x0) / (y1 - y0);
    let x = x0 + (Math.max(y0, top) - y0) * dxdy;
    const low = Math.floor(Math.max(0, Math.min(width, Math.min(x0, x1))));
    const high = Math.ceil(Math.max(0, Math.min(width, Math.max(x0, x1)))) + 1;
    if (top < this.top) this.top = top;
    if (bottom > this.bottom) this.bottom = bottom;
    if (low < this.left) this.left = low;
    if (high > this.right) this.right = high;
    for (let y = top; y < bottom; y++) {
      const dy = Math.min(y + 1, y1) - Math.max(y, y0);
      const next = x + dxdy * dy;
      const d = dy * dir;
      // Left of the raster, a line still turns the winding of the row's every pixel: pressed against the edge.
      const a = Math.max(0, Math.min(width, x < next ? x : next));
      const b = Math.max(0, Math.min(width, x < next ? next : x));
      const start = y * this.cellRow;
      const aFloor = Math.floor(a);
      const ai = start + aFloor;
      const bCeil = Math.ceil(b);
      const span = bCeil - aFloor;
      if (span <= 1) {
        const mid = 0.5 * (a + b) - aFloor;
        cells[ai] += d - d * mid;
        cells[ai + 1] += d * mid;
      } else {
        const s = 1 / (b - a);
        const af = a - aFloor;
        const a0 = 0.5 * s * (1 - af) * (1 - af);
        const bf = b - bCeil + 1;
        const am = 0.5 * s * bf * bf;
        cells[ai] += d * a0;
        if (span === 2) cells[ai + 1] += d * (1 - a0 - am);
        else {
          const a1 = s * (1.5 - af);
          cells[ai + 1] += d * (a1 - a0);
          for (let i = ai + 2; i < ai + span - 1; i++) cells[i] += d * s;
          const a2 = a1 + (span - 3) * s;
          cells[ai + span - 1] += d * (1 - a2 - am);
        }
        cells[ai + span] += d * am;
      }
      x = next;
    }
  }
}

/** `color` over `ground` by `alpha` (0-255), rounded as cairo's pixman rounds: (t + 128 + ((t + 128) >> 8)) >> 8 is t / 255. */
function blend(color: number, ground: number, alpha: number) {
  const t = color * alpha + ground * (255 - alpha) + 128;
  return (t + (t >> 8)) >> 8;
}
