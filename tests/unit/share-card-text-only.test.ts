/**
 * Cards without a picture (every story's, and the site's) are drawn by our own code, not Satori
 * (lib/share-image/svg-card.ts places the outlines, raster.ts fills them). Their outlines must be
 * exactly next/og's, their pixels those librsvg draws from them but for the anti-aliasing, every part
 * in its box, and any text an editor writes drawn as outlines only: nothing of it reaches the SVG.
 */
import fs from 'node:fs';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { CARD, COLORS, cardLayout, cardRegions, type Box, type Part } from '@/lib/share-image/card-layout';
import { editionCards } from '@/lib/share-image/cards';
import { cardElement, drawCard, drawTextCard, shareImageResponse, type CardInput } from '@/lib/share-image/render';
import { textCardSvg } from '@/lib/share-image/svg-card';
import { drawnBounds, inside, pixel, readPng, show, type Image } from '../png';

type Fixture = Omit<CardInput, 'chart'> & { name: string; chart?: string };
const fixtures: Fixture[] = JSON.parse(fs.readFileSync('tests/fixtures/share-cards/cards.json', 'utf8'));

/** The fixture site's text-only cards in both editions and the card fixtures without a chart, each with and without a host. */
const CARDS: [string, CardInput][] = [
  ...(['en', 'fr'] as const).flatMap((lang) => editionCards(lang).filter((c) => !c.input.chart).map((c) => [`${lang}/og/${c.path}`, c.input] as [string, CardInput])),
  ...fixtures.filter((f) => !f.chart).map(({ name, kicker, title, dek, footer }) => [name, { kicker, title, dek, footer, lang: 'en' }] as [string, CardInput]),
].flatMap(([name, input]) => [
  [`${name}, no host`, { ...input, footer: '' }],
  [`${name}, with a host`, { ...input, footer: 'n95.example.org' }],
]);

/** What an editor may type that is markup, or that the card's fonts cannot draw. */
const AWKWARD: CardInput[] = [
  { lang: 'en', kicker: '<b>Trade</b>', title: 'Masks & "quotes" <b>bold</b> </svg><script>alert(1)</script>', dek: "A dek with 'single' quotes, ]]> and <!-- a comment --> &amp; &#60;", footer: 'n95.example.org' },
  { lang: 'fr', kicker: 'Commerce', title: 'Des glyphes absents : 漢字, 😀, ℵ, \u0007 et l’espace\u202ffine', dek: 'Un\ttab, un\nretour et\u00a0un\u2011trait, « guillemets »', footer: '' },
  { lang: 'en', kicker: '"/><rect fill="red"', title: '" onload="alert(1)', footer: '<evil>' },
];

const rgbaOf = async (svg: string): Promise<Image> => {
  const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
};

/** The layout drawTextCard draws: the words as render.tsx hands them over (a plain hyphen for U+2011). */
const layoutOf = ({ kicker, title, dek, footer, lang }: CardInput) =>
  cardLayout({ kicker: kicker.replaceAll('\u2011', '-'), title: title.replaceAll('\u2011', '-'), dek: dek?.replaceAll('\u2011', '-'), footer, lang, chart: false });

describe('a card without a picture has the outlines next/og drew: its SVG rasterised by sharp is next/og’s card exactly', () => {
  test.each(CARDS)('%s', { timeout: 30_000 }, async (_, input) => {
    const svg = await rgbaOf(textCardSvg(layoutOf(input)));
    const satori = readPng(await drawCard(cardElement(input)));
    expect([svg.width, svg.height]).toEqual([CARD.width, CARD.height]);
    const { differing, most } = difference(svg, satori);
    expect({ differing, most }).toEqual({ differing: 0, most: 0 });
  });
});

/**
 * How two pictures of a card differ, channel by channel: how many values, by how much at most and
 * on average (over those that differ), and how many pixels differ where every pixel around them in
 * `reference` (3 × 3) is the same colour: inside a shape or on the ground, away from any edge.
 */
function difference(image: Image, reference: Image) {
  const { width, height } = reference;
  let differing = 0;
  let most = 0;
  let sum = 0;
  let flat = 0;
  const at = (x: number, y: number) => reference.data.readUInt32BE((y * width + x) * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      let pixelDiffers = false;
      for (let k = 0; k < 4; k++) {
        const d = Math.abs(image.data[i + k] - reference.data[i + k]);
        if (!d) continue;
        pixelDiffers = true;
        differing++;
        sum += d;
        most = Math.max(most, d);
      }
      if (!pixelDiffers) continue;
      let uniform = true;
      for (let dy = -1; dy <= 1 && uniform; dy++)
        for (let dx = -1; dx <= 1 && uniform; dx++) {
          const nx = Math.min(width - 1, Math.max(0, x + dx));
          const ny = Math.min(height - 1, Math.max(0, y + dy));
          uniform = at(nx, ny) === at(x, y);
        }
      if (uniform) flat++;
    }
  return { differing, most, mean: differing ? sum / differing : 0, flat };
}

/**
 * Since raster22 the PNG is not librsvg's: our own rasteriser (raster.ts) fills the same outlines
 * (the shapes textCardSvg writes). Its coverage is each pixel's exact area; librsvg's (cairo's) is
 * sampled, so the anti-aliased pixels along the edges differ by a few levels, and nowhere else.
 * The bounds are from the data (the fixtures and 40 random cards: at most 18 levels, 2.9-3.3 on
 * average where a value differs, no pixel away from an edge) with a little room; an outline half
 * a pixel off, a curve drawn as a straight line or the even-odd rule each break them many times over.
 */
const NEAR = { most: 32, mean: 4.5 };

describe('a card without a picture is drawn as librsvg draws its SVG, but for the anti-aliasing along the edges', () => {
  const cases: [string, CardInput][] = [...CARDS, ...randomCards(40, 22).map((input, i) => [`random card ${i}: ${input.title}`, input] as [string, CardInput])];
  test.each(cases)('%s', { timeout: 30_000 }, async (_, input) => {
    const ours = readPng(await drawTextCard(input));
    const librsvg = await rgbaOf(textCardSvg(layoutOf(input)));
    expect([ours.width, ours.height]).toEqual([CARD.width, CARD.height]);
    const found = difference(ours, librsvg);
    expect(found.flat, 'pixels differing away from any edge').toBe(0);
    expect(found.most).toBeLessThanOrEqual(NEAR.most);
    expect(found.mean).toBeLessThanOrEqual(NEAR.mean);
    expect(found.differing, 'some edge pixels differ: not compared with itself').toBeGreaterThan(0);
  });
});

/** Words that test where Satori starts each run of glyphs: its line-breaking rules around spaces, hyphens, dashes, slashes, quotes and brackets, kerning pairs, ligatures, no-break spaces. */
const WORDS = ['masks', 'États-Unis', 'N95', '3M’s', '« contre-mesures »', 'Quoi ?', 'Yes!', 'deal:', 'exports;', 'cross-border', '35\u00a0million', '—', '–', '2020–2021', 'x—y', '—Ottawa', 'AVATAR', 'Tokyo', 'WAVE', '(April', '2020)', '[note]', '{x}', '¿Qué?', '¡Sí!', 'and/or', '24/7', 'A/B', '“quoted”', '"q"', "it's", '1,234.5', '%', '-5', 'V.A.', 'Jaws', 'Wy', 'office', 'fi', '…', '<b>bold</b>', '&amp;', 'straße', 'Ça', 'œuvre', 'va-t-il', 'p.\u00a012)', '$5', '€5', '@3M', 'A+B'];

/** Cards of seeded random words: the same every run. */
function randomCards(count: number, seed: number): CardInput[] {
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
  return Array.from({ length: count }, () => ({
    kicker: words(1 + Math.floor(next() * 3)),
    title: words(2 + Math.floor(next() * 14)),
    dek: next() < 0.8 ? words(4 + Math.floor(next() * 30)) : undefined,
    footer: next() < 0.5 ? 'n95.example.org' : '',
    lang: next() < 0.5 ? 'en' : 'fr',
  }));
}

describe('its outlines are the ones next/og writes, to the tenth of a pixel, whatever the words', () => {
  /** The outlines of Satori's SVG, as next/og hands it to sharp. */
  async function satoriPaths(input: CardInput): Promise<string[]> {
    const proto = (sharp as unknown as { prototype: { toBuffer: (...args: unknown[]) => unknown } }).prototype;
    const toBuffer = proto.toBuffer;
    let svg = '';
    proto.toBuffer = function (this: { options: { input: { buffer?: Uint8Array } } }, ...args: unknown[]) {
      if (this.options.input.buffer) svg = Buffer.from(this.options.input.buffer).toString();
      return toBuffer.apply(this, args);
    };
    try {
      await drawCard(cardElement(input));
    } finally {
      proto.toBuffer = toBuffer;
    }
    return paths(svg).map(([fill, d]) => `${fill} ${commands(withoutStandingLines(d))}`);
  }
  const paths = (svg: string) => [...svg.matchAll(/<path fill="(#[0-9a-f]{6})" d="([^"]*)"/g)].map((m) => [m[1], m[2]] as const);
  /** Path data as a list of commands, each its letter and its numbers as written, whatever the spaces between them. */
  const parse = (d: string) => [...d.matchAll(/([MLQCZ])([^MLQCZ]*)/g)].map((m) => [m[1], ...(m[2].match(/-?[0-9.]+/g) ?? [])]);
  const commands = (list: string[][]) => list.map((c) => c.join(' ')).join(' ');
  /**
   * Satori's outlines less each line to the point the pen already stands on (the fonts have one at
   * the start of most contours): such a line covers no pixel, and ours leave them out (the pixels
   * are compared with Satori's above). Every other command must match to the tenth of a pixel.
   */
  function withoutStandingLines(d: string): string[][] {
    const out: string[][] = [];
    let at = '';
    let start = '';
    for (const c of parse(d)) {
      if (c[0] === 'Z') at = start;
      else {
        const end = c.slice(-2).join(' ');
        if (c[0] === 'L' && end === at) continue;
        if (c[0] === 'M') start = end;
        at = end;
      }
      out.push(c);
    }
    return out;
  }

  test('on 40 cards of awkward words', { timeout: 60_000 }, async () => {
    const differ: string[] = [];
    for (const input of randomCards(40, 19)) {
      const theirs = await satoriPaths(input);
      expect(theirs.length, 'Satori’s SVG was seen').toBeGreaterThanOrEqual(3);
      const ours = paths(textCardSvg(cardLayout({ ...input, chart: false }))).map(([fill, d]) => `${fill} ${commands(parse(d))}`);
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) differ.push(input.title);
    }
    expect(differ).toEqual([]);
  });
});

/** Where the card may draw at all, with no help from the layout under test: clear of every edge, below the red band. */
const SAFE: Box = { x: 40, y: 40, width: CARD.width - 80, height: CARD.height - 40 - 24 };

describe('each part of a card without a picture inks only inside its own box', () => {
  const cases: [string, CardInput][] = [...CARDS.filter((_, i) => i % 2 === 1), ...AWKWARD.map((input) => [`awkward: ${input.title}`, input] as [string, CardInput])];
  test.each(cases)('%s', { timeout: 30_000 }, async (_, input) => {
    const layout = cardLayout({ ...input, title: input.title.replaceAll('\u2011', '-'), dek: input.dek?.replaceAll('\u2011', '-'), chart: false });
    const boxes: [Part, Box | undefined][] = [
      ['band', layout.band],
      ['kicker', layout.kicker.box],
      ['title', layout.title.box],
      ['dek', layout.dek?.box],
      ['site', layout.site.box],
      ['address', layout.address?.box],
    ];
    const problems: string[] = [];
    const images: [Part, Image][] = [];
    for (const [part, box] of boxes) {
      if (!box) continue;
      const img = await rgbaOf(textCardSvg(layout, part));
      images.push([part, img]);
      const ink = drawnBounds(img, (p) => p[3] > 0);
      if (!ink) problems.push(`${part}: nothing drawn`);
      else if (!inside(ink, box)) problems.push(`${part}: drawn at ${show(ink)}, outside its box ${show(box)}`);
      if (ink && part !== 'band' && !inside(ink, SAFE)) problems.push(`${part}: drawn at ${show(ink)}, too near the card's edge`);
    }
    for (const [i, [a, A]] of images.entries())
      for (const [b, B] of images.slice(i + 1)) {
        let shared = 0;
        for (let p = 3; p < A.data.length; p += 4) if (A.data[p] > 0 && B.data[p] > 0) shared++;
        if (shared) problems.push(`${a} and ${b} both draw on ${shared} pixels`);
      }
    expect(problems).toEqual([]);
  });
});

describe('what an editor types is drawn, never written into the SVG', () => {
  /** The whole grammar of a text card's SVG: rectangles of numbers and colours, paths of numbers. */
  const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
  const ELEMENT = new RegExp(String.raw`^(?:<rect x="${NUMBER}" y="${NUMBER}" width="${NUMBER}" height="${NUMBER}" fill="#[0-9a-f]{6}"/>|<path fill="#[0-9a-f]{6}" d="[MLQCZ0-9. -]*"/>)`);

  test.each(AWKWARD.map((input) => [input.title, input] as const))('%s', { timeout: 30_000 }, async (_, input) => {
    let svg = textCardSvg(cardLayout({ ...input, chart: false }));
    const open = `<svg width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" xmlns="http://www.w3.org/2000/svg">`;
    expect(svg.startsWith(open) && svg.endsWith('</svg>')).toBe(true);
    svg = svg.slice(open.length, -'</svg>'.length);
    let elements = 0;
    for (let m = ELEMENT.exec(svg); m; m = ELEMENT.exec(svg)) {
      svg = svg.slice(m[0].length);
      elements++;
    }
    expect(svg, 'left over after the rectangles and paths').toBe('');
    expect(elements).toBeGreaterThanOrEqual(6);

    // And the card is drawn: a whole PNG, the words inked in the text column and nowhere else.
    const img = readPng(new Uint8Array(await (await shareImageResponse(input)).arrayBuffer()));
    expect([img.width, img.height]).toEqual([CARD.width, CARD.height]);
    const regions = cardRegions(false);
    const allowed = [regions.band, regions.column, regions.footer];
    const within = (x: number, y: number, b: Box) => x >= Math.floor(b.x) && x < Math.ceil(b.x + b.width) && y >= Math.floor(b.y) && y < Math.ceil(b.y + b.height);
    let inked = 0;
    let strays = 0;
    const bg = [1, 3, 5].map((i) => parseInt(COLORS.background.slice(i, i + 2), 16));
    for (let y = 0; y < img.height; y++)
      for (let x = 0; x < img.width; x++) {
        const p = pixel(img, x, y);
        if (bg.every((c, i) => p[i] === c)) continue;
        if (allowed.some((b) => within(x, y, b))) inked++;
        else strays++;
      }
    expect(strays).toBe(0);
    expect(inked).toBeGreaterThan(10_000);
  });
});

describe('a card without a picture is compressed at a fast zlib level', () => {
  // Our own encoder (png.ts) at a cheaper level than next/og's default, level 6.
  // zlib writes its class of level in each stream's header: FLEVEL, the top two bits of the
  // second byte, is 1 for levels 2-5 and 2 for the default (RFC 1950).
  test('the first IDAT chunk opens a zlib stream marked "fast"', async () => {
    const [, input] = CARDS[0];
    const png = Buffer.from(await (await shareImageResponse(input)).arrayBuffer());
    const idat = png.indexOf('IDAT');
    expect(idat).toBeGreaterThan(0);
    expect(png[idat + 4] & 0x0f, 'deflate').toBe(8);
    expect(png[idat + 5] >> 6).toBe(1);
  });
});
