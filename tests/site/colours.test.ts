/**
 * A page's style sends a colour twice only when the second tells a screen something: the build
 * writes each oklch colour as a hex for sRGB screens and again as lab() for wide-gamut ones, and
 * where the colour lies inside sRGB the lab() is the hex again, 150-210 bytes of every page for
 * nothing (app/globals.css states those as hex; issue 19's first window). So every lab() value in
 * every built page's style must lie outside sRGB. The conversion is CSS Color 4's: lab() is CIE Lab
 * with a D50 white, adapted to D65 (Bradford) and then to sRGB.
 */
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builtPages, fileFor } from './out';

const D50_WHITE = [0.3457 / 0.3585, 1, (1 - 0.3457 - 0.3585) / 0.3585];
const D50_TO_D65 = [
  [0.955473421488075, -0.02309845494876471, 0.06325924320057072],
  [-0.0283697093338637, 1.0099953980813041, 0.021041441191917323],
  [0.012314014864481998, -0.020507649298898964, 1.330365926242124],
];
const XYZ_TO_LINEAR_SRGB = [
  [3.2409699419045226, -1.537383177570094, -0.4986107602930034],
  [-0.9692436362808796, 1.8759675015077202, 0.04155505740717559],
  [0.05563007969699366, -0.20397695888897652, 1.0569715142428786],
];
const times = (m: number[][], v: number[]) => m.map((row) => row.reduce((sum, x, i) => sum + x * v[i], 0));

/** lab(L% a b) as sRGB channels from 0 to 255, unclipped. */
function labToSrgb(l: number, a: number, b: number): number[] {
  const fy = (l + 16) / 116;
  const f = [fy + a / 500, fy, fy - b / 200];
  const inverse = (t: number) => (t ** 3 > 216 / 24389 ? t ** 3 : (116 * t - 16) / (24389 / 27));
  const xyz = f.map((t, i) => inverse(t) * D50_WHITE[i]);
  const encode = (x: number) => (Math.abs(x) <= 0.0031308 ? 12.92 * x : Math.sign(x) * (1.055 * Math.abs(x) ** (1 / 2.4) - 0.055));
  return times(XYZ_TO_LINEAR_SRGB, times(D50_TO_D65, xyz)).map((x) => encode(x) * 255);
}

/** Inside sRGB: each channel rounds to a step from 0 to 255. */
const insideSrgb = (channels: number[]) => channels.every((c) => c > -0.5 && c < 255.5);

describe('wide-gamut colours in the pages’ style', () => {
  test('the conversion: a grey lies inside sRGB at its hex, a vivid red outside', () => {
    // Tailwind's gray-900 (#101828) and red-700 (#bf000f when clipped to sRGB), as the build wrote them.
    const grey = labToSrgb(8.11897, 0.811279, -12.254);
    expect(grey.map(Math.round)).toEqual([0x10, 0x18, 0x28]);
    expect(insideSrgb(grey)).toBe(true);
    expect(insideSrgb(labToSrgb(40.4273, 67.2623, 53.7441))).toBe(false);
  });

  test('no page sends a lab() colour that its hex already gives', () => {
    const inside = new Map<string, string>(); // declaration -> the first page that sends it
    let seen = 0;
    for (const page of builtPages()) {
      const html = fs.readFileSync(fileFor(page)!, 'utf8');
      for (const style of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
        for (const [decl, l, a, b] of style[1].matchAll(/(?<=[{;])[\w-]+:\s*lab\(([-\d.]+)% ([-\d.]+) ([-\d.]+)\)/g)) {
          seen++;
          if (insideSrgb(labToSrgb(Number(l), Number(a), Number(b))) && !inside.has(decl)) inside.set(decl, page);
        }
      }
    }
    expect(seen, 'the pages still send wide-gamut colours (the reds)').toBeGreaterThan(0);
    expect([...inside].map(([decl, page]) => `${decl}, first on ${page}`)).toEqual([]);
  });
});
