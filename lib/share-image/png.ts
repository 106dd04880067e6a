/**
 * A PNG from scanlines already laid out as PNG wants them (each row a filter byte, then RGB), so
 * encoding is one zlib call: no copy of the pixels, no library between.
 */
import zlib from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(zlib.crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * An 8-bit RGB PNG, no alpha (the cards are opaque), no filtering: on these cards, mostly flat
 * colour, filters cost time and made larger files (cards21 measured sharp's adaptive filtering).
 */
export function encodePng(width: number, height: number, scanlines: Uint8Array, level: number): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const data = zlib.deflateSync(scanlines, { level });
  return new Uint8Array(Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', new Uint8Array(0))]));
}
